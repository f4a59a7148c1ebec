// The contract, part 5: the interface an API folder implements.
import type { BehaviourContext } from './context.js';
import type { InboundInjection } from './control-inputs.js';
import type { ErrorMapper } from './errors.js';
import type { OperationHandler } from './requests.js';

export interface ApiBehaviour {
  /** The redocly.yaml name, e.g. "bandwidth-messaging-v2". */
  readonly api: string;
  /** Handlers by operationId. An operation without one is answered by Prism's examples. */
  readonly operations: Readonly<Record<string, OperationHandler>>;
  /** The API's error shape, naming the actual violation. */
  readonly errorResponse: ErrorMapper;
  /** Default state-transition delays in ms (see BehaviourSettings.delays), documented per key. */
  readonly defaultDelays: Readonly<Record<string, number>>;
  /**
   * Stores an injected inbound message and schedules its callback(s). Returns the stored record
   * as the API would return it from a get (the control API answers with it). Throws a
   * `TypeError` with a safe message when a required field is missing.
   */
  injectInbound(message: InboundInjection, context: BehaviourContext): unknown;
}
