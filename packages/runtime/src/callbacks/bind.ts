// One API's receiver and test helper, bound to its definition: what each client package's
// `./webhooks` entry exports (its generated callbacks.ts supplies the spec's part of the definition).
import type { BasicAuth } from '../auth.js';
import {
  createCallbackReceiver,
  type CallbackApiDefinition,
  type CallbackReceiver,
  type CallbackReceiverOptions,
} from './receiver.js';
import { buildCallbackRequest, type TestCallbackOptions } from './test-request.js';

/**
 * The callbacks of one API. `TTestInput` is what its test helper takes: a list of events where the
 * API sends them as a JSON array, one event where it sends one per request.
 */
export interface BoundCallbackApi<TEvent, TTestInput extends TEvent | readonly TEvent[]> {
  readonly callbackApi: CallbackApiDefinition<TEvent>;
  /**
   * A receiver of the callbacks: it validates each against the spec, checks the Basic credentials
   * given (`credentials: false` for none: an explicit choice) and hands over typed events with their
   * dedupe keys.
   */
  readonly createCallbackReceiver: (options: CallbackReceiverOptions) => CallbackReceiver<TEvent>;
  /** A callback `Request` as the provider would send it (its envelope, headers and your credentials), for your own tests. */
  readonly createTestCallbackRequest: (
    events: TTestInput,
    options: TestCallbackOptions & { credentials: BasicAuth | false },
  ) => Request;
}

export function bindCallbackApi<TEvent, TTestInput extends TEvent | readonly TEvent[]>(
  callbackApi: CallbackApiDefinition<TEvent>,
): BoundCallbackApi<TEvent, TTestInput> {
  return {
    callbackApi,
    createCallbackReceiver: (options) => createCallbackReceiver(callbackApi, options),
    // An event is a JSON object, never an array: a list is the array envelope's events.
    createTestCallbackRequest: (events, options) =>
      buildCallbackRequest(
        callbackApi,
        Array.isArray(events) ? (events as readonly TEvent[]) : [events as TEvent],
        options,
      ),
  };
}
