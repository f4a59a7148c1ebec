// Building a valid callback request for users' own tests (like Stripe's generateTestHeaderString):
// the body or query string the provider would send, its headers and the Basic credentials.
import { basicAuthorization, type BasicAuth } from '../auth.js';
import { InvalidParameterError } from '../errors.js';
import type { CallbackApiDefinition } from './receiver.js';
import type { WebhookInput, WebhookOperation } from './types.js';

export interface TestCallbackOptions {
  /** The credentials to send (those your receiver is configured with), or false to send none. */
  credentials: BasicAuth | false;
  /** Where the request goes. Default `http://localhost/callbacks`; point it at your server to send it with `fetch`. */
  url?: string | URL;
  /** `POST` (default, where the webhook has it) or `GET` (query-string callbacks). */
  method?: string;
  /** The body's media type, where the webhook accepts several. Default: the first the spec lists. */
  mediaType?: string;
  /** The webhook to send, when the events' type does not already tell (spec name, e.g. `statusCallback`). */
  webhook?: string;
  /** More headers, or overrides. */
  headers?: Record<string, string>;
}

function formParams(event: unknown): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(event as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value])
      params.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  return params;
}

/**
 * A `Request` carrying `events` the way the API delivers them: the array envelope, one event per
 * request, or a query string, with the provider's headers and your credentials.
 */
export function buildCallbackRequest<TEvent>(
  definition: CallbackApiDefinition<TEvent>,
  events: readonly TEvent[],
  options: TestCallbackOptions,
): Request {
  if (events.length === 0)
    throw new InvalidParameterError({
      parameter: 'events',
      location: 'option',
      reason: 'must hold at least one event',
      value: events,
    });
  const method = (
    options.method ?? (definition.operations.some((operation) => operation.method === 'POST') ? 'POST' : 'GET')
  ).toUpperCase();
  const type = (events[0] as Record<string, unknown>)[definition.eventTypeField];
  const matches = (input: WebhookInput) =>
    input.events.some((branch) => branch.constants[definition.eventTypeField]?.includes(type as string));
  const candidates: { operation: WebhookOperation; input: WebhookInput }[] = definition.operations
    .filter(
      (operation) =>
        operation.method === method && (options.webhook === undefined || operation.webhook === options.webhook),
    )
    .flatMap((operation) => operation.inputs.map((input) => ({ operation, input })))
    .filter(({ input }) =>
      options.mediaType === undefined ? true : input.mediaType.toLowerCase() === options.mediaType.toLowerCase(),
    );
  const chosen =
    candidates.find(({ input }) => matches(input)) ?? (options.webhook !== undefined ? candidates[0] : undefined);
  if (!chosen) {
    throw new InvalidParameterError({
      parameter: 'events',
      location: 'option',
      reason: `no ${method} webhook${options.mediaType ? ` taking ${options.mediaType}` : ''} has event type ${JSON.stringify(type)}`,
      value: undefined,
    });
  }
  const { input } = chosen;
  if (input.envelope === 'object' && events.length !== 1) {
    throw new InvalidParameterError({
      parameter: 'events',
      location: 'option',
      reason: `${chosen.operation.operationId} carries one event per request`,
      value: events.length,
    });
  }
  const url = new URL(options.url ?? 'http://localhost/callbacks');
  const headers = new Headers(definition.testHeaders);
  if (options.credentials) headers.set('authorization', basicAuthorization(options.credentials));
  let body: string | undefined;
  if (input.in === 'query') {
    for (const [name, value] of formParams(events[0])) url.searchParams.append(name, value);
  } else if (input.parse === 'form') {
    body = formParams(events[0]).toString();
    headers.set('content-type', input.mediaType);
  } else {
    body = JSON.stringify(input.envelope === 'array' ? events : events[0]);
    // As the providers send it (Bandwidth: `application/json; charset=utf-8`).
    if (!headers.has('content-type')) headers.set('content-type', `${input.mediaType}; charset=utf-8`);
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body }) });
}
