// @ts-check
// callbacks.ts: the event types of the spec's `webhooks` and `defineCallbacks`, for a package's
// `./webhooks` entry (checked in ../checks/webhooks.mjs).
import { banner } from '../banner.mjs';
import { key, quote } from '../source.mjs';

/**
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 * @param {import('../checks/webhooks.mjs').WebhooksPlan} webhooks
 * @param {import('../checks/webhooks.mjs').CallbacksPlan} plan
 */
export function emitCallbacks(api, spec, webhooks, plan) {
  const webhookNames = Object.keys(spec.document.webhooks ?? {});
  const inputs = webhooks.operations.flatMap((operation) => operation.inputs);
  const field = plan.eventTypeField;
  const many = plan.many;
  // A value of the type field, for the example: the first event that pins one.
  const example = inputs.flatMap((input) => input.events).find((event) => event.constants[field]?.length)?.constants[
    field
  ]?.[0];
  return [
    banner(api, ' (its `webhooks`)'),
    "import { bindCallbackApi, type BoundCallbackApi, type CallbackApiDefinition, type WebhookEvents } from '@messaging-contracts/runtime/webhooks';",
    "import type { webhooks } from './openapi.js';",
    "import { webhookOperations } from './webhooks.js';",
    '',
    "export { CallbackAuthError, CallbackValidationError, type CallbackDelivery, type CallbackReceiver, type CallbackReceiverOptions, type ReceivedEvent } from '@messaging-contracts/runtime/webhooks';",
    '',
    `/** Every callback event of the spec's webhooks (${webhookNames.join(', ')}), a union narrowed by \`${field}\`. */`,
    'export type CallbackEvent = WebhookEvents<webhooks>;',
    `export type CallbackEventType = CallbackEvent[${quote(field)}];`,
    `/** One event type's shape${example === undefined ? `, by its \`${field}\`` : `, e.g. \`CallbackEventOf<${JSON.stringify(example)}>\``}. */`,
    `export type CallbackEventOf<Type extends CallbackEventType> = Extract<CallbackEvent, { ${key(field)}: Type }>;`,
    '',
    "/** What an API sets by hand about its callbacks: its name in errors, a dedupe key where the spec has no `x-dedupe-key`, the test helper's headers. */",
    "export type CallbackSettings = Omit<CallbackApiDefinition<CallbackEvent>, 'operations' | 'eventTypeField'>;",
    '',
    `/** The receiver of this API's callbacks and its test helper (${many ? 'which takes a list of events: the provider sends them as a JSON array' : 'which takes one event: the provider sends one per request'}). */`,
    `export function defineCallbacks(settings: CallbackSettings): BoundCallbackApi<CallbackEvent, ${many ? 'readonly CallbackEvent[]' : 'CallbackEvent'}> {`,
    `  return bindCallbackApi({ ...settings, operations: webhookOperations, eventTypeField: ${quote(field)} });`,
    '}',
    '',
  ].join('\n');
}
