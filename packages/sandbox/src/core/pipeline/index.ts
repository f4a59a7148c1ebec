// The request pipeline of an API request, stage by stage (one file each): route, authenticate,
// (which picks the request's tenant), read the body, forced answers, validate, answer, check the response; any stage may stop it
// with an error, which the error-response stage shapes in the API's documented error shape.
import type { IncomingMessage } from 'node:http';
import type { SandboxError, SandboxResponse } from '../api-behaviour.js';
import type { PrismOperation } from '../prism.js';
import type { SandboxServices } from '../services.js';
import { answerRequest } from './answer.js';
import { authenticate } from './authenticate.js';
import { responseViolations } from './check-response.js';
import { errorResponse } from './error-response.js';
import { applyForcedAnswer } from './forced-answers.js';
import { prismInput, readRequestBody } from './read-body.js';
import { routeRequest } from './route.js';
import { validateRequest } from './validate.js';

export interface ApiAnswer {
  readonly response: SandboxResponse;
  /** Problems of `response` against the spec (logged and sent in x-sandbox-violations). */
  readonly violations: readonly string[];
}

export async function answerApiRequest(
  services: SandboxServices,
  request: IncomingMessage,
  path: string,
  search: string,
): Promise<ApiAnswer> {
  const { tenants } = services;
  let clock = tenants.clock;
  const failed = (error: SandboxError, operation?: PrismOperation) =>
    checked(errorResponse(services.errors, { ...error, at: clock.now() }, operation), operation);

  const routed = routeRequest(services.spec, request, path, search);
  if (!routed.ok) return failed(routed.error, routed.operation);
  const { operation, operationId } = routed.value;

  const authenticated = authenticate(routed.value, services.options.requiredCredentials);
  if (!authenticated.ok) return failed(authenticated.error, operation);
  const tenant = tenants.forRequest(routed.value, authenticated.value);
  clock = tenant.clock;

  const body = await readRequestBody(request, routed.value, services.options.limits);
  if (!body.ok) return failed(body.error, operation);
  const input = prismInput(routed.value, body.value);

  const forcedAnswer = tenant.forced.take(operationId) ?? tenants.forced.take(operationId);
  const forced = applyForcedAnswer(forcedAnswer, operationId);
  if (!forced.ok) return failed(forced.error, operation);

  const invalid = validateRequest(operation, input);
  if (invalid) return failed(invalid, operation);

  const stateful = !services.options.stateless;
  const answered = await answerRequest(
    { routed: routed.value, body: body.value, input, credentials: authenticated.value, forcedFailure: forced.value },
    {
      handler: stateful ? services.behaviour?.operations[operationId] : undefined,
      context: tenant.context,
      baseUrl: services.baseUrl,
    },
  );
  if (!answered.ok) return failed(answered.error, operation);
  return checked(answered.value, operation);
}

/** Stage 7 for every answer of a matched operation, error answers included. */
function checked(response: SandboxResponse, operation: PrismOperation | undefined): ApiAnswer {
  return { response, violations: operation ? responseViolations(operation, response) : [] };
}
