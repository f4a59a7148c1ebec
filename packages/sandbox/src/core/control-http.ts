// The control API over HTTP, under /__sandbox/: JSON in and out, a 400 { error } for a request
// it cannot carry out, a 404 { error } for an unknown endpoint.
import type { IncomingMessage } from 'node:http';
import type { InboundInjection } from './api-behaviour.js';
import type { DeliveryOptions } from './callback-delivery.js';
import type { SandboxControl } from './control.js';
import { ControlError } from './errors.js';
import { drain, parseJsonBody, readBody } from './http.js';
import { DEFAULT_MAX_JSON_DEPTH } from './options.js';
import type { ForcedAnswer } from './pipeline/forced-answers.js';
import type { SandboxServices } from './services.js';
import { CONTROL_PREFIX } from './spec-loading.js';

/** The largest control request body read. */
const CONTROL_BODY_LIMIT_BYTES = 256 * 1024;
/** The largest body drained from a control request that should have none. */
const CONTROL_DRAIN_LIMIT_BYTES = 64 * 1024;
/** The longest `settleMs` honoured. */
const MAX_SETTLE_MS = 60_000;

export interface ControlAnswer {
  readonly status: number;
  readonly body?: unknown;
}

export async function answerControlRequest(
  services: SandboxServices,
  control: SandboxControl,
  request: IncomingMessage,
  path: string,
  search: string,
): Promise<ControlAnswer> {
  try {
    return await route(services, control, request, path, search);
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    return { status: 400, body: { error: error.message } };
  }
}

async function route(
  services: SandboxServices,
  control: SandboxControl,
  request: IncomingMessage,
  path: string,
  search: string,
): Promise<ControlAnswer> {
  const method = request.method ?? 'GET';
  const input = await readControlBody(request, method);
  const endpoint = `${method} ${path.replace(/\/+$/, '')}`;
  switch (endpoint) {
    case `GET ${CONTROL_PREFIX}`:
    case `GET ${CONTROL_PREFIX}/health`:
      return { status: 200, body: health(services) };
    case `POST ${CONTROL_PREFIX}/reset`:
      control.reset();
      return { status: 204 };
    case `POST ${CONTROL_PREFIX}/inbound`:
      return { status: 201, body: control.injectInbound(input as InboundInjection) };
    case `POST ${CONTROL_PREFIX}/force`:
      control.force(input as ForcedAnswer);
      return { status: 204 };
    case `DELETE ${CONTROL_PREFIX}/force`:
      control.clearForced();
      return { status: 204 };
    case `GET ${CONTROL_PREFIX}/clock`:
      return { status: 200, body: clockState(services) };
    case `POST ${CONTROL_PREFIX}/clock`: {
      const change = (input ?? {}) as { freeze?: unknown; advanceMs?: unknown };
      if (change.freeze === true) control.clock.freeze();
      if (change.freeze === false) control.clock.unfreeze();
      if (change.advanceMs !== undefined) control.clock.advance(Number(change.advanceMs));
      return { status: 200, body: clockState(services) };
    }
    case `GET ${CONTROL_PREFIX}/deliveries`: {
      const wait = Number(new URLSearchParams(search).get('settleMs') ?? 0);
      const deliveries =
        wait > 0 ? await control.settleDeliveries(Math.min(wait, MAX_SETTLE_MS)) : control.deliveries();
      return { status: 200, body: { deliveries } };
    }
    case `POST ${CONTROL_PREFIX}/delivery`:
      return { status: 200, body: control.configureDelivery((input ?? {}) as Partial<DeliveryOptions>) };
    default:
      return { status: 404, body: { error: `No control endpoint ${endpoint}. See the sandbox README (control API).` } };
  }
}

function health(services: SandboxServices) {
  const { options, state, settings, spec } = services;
  return {
    api: options.api,
    mode: options.stateless ? 'stateless' : 'stateful',
    behaviour: services.behaviour !== undefined,
    now: new Date(state.clock.now()).toISOString(),
    frozen: state.clock.frozen,
    delays: settings.delays,
    delivery: state.callbacks.options,
    storeCapacity: options.storeCapacity,
    stores: state.storeSizes(),
    webhooks: services.schemas.names,
    operations: spec.operationIds,
  };
}

function clockState(services: SandboxServices) {
  const { clock } = services.state;
  return {
    now: new Date(clock.now()).toISOString(),
    epochMs: clock.now(),
    frozen: clock.frozen,
    pendingStateChanges: clock.pending,
  };
}

/** The JSON body of a POST, PATCH or PUT; other methods' bodies are drained. */
async function readControlBody(request: IncomingMessage, method: string): Promise<unknown> {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') {
    await drain(request, CONTROL_DRAIN_LIMIT_BYTES);
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = await readBody(request, CONTROL_BODY_LIMIT_BYTES);
  } catch (error) {
    throw new ControlError((error as Error).message);
  }
  if (bytes.length === 0) return undefined;
  try {
    return parseJsonBody(bytes.toString('utf8'), DEFAULT_MAX_JSON_DEPTH);
  } catch (error) {
    throw new ControlError(`The control request body must be JSON: ${(error as Error).message}`);
  }
}
