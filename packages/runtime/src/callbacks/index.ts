// @messaging-contracts/runtime/webhooks: receiving callbacks, a subpath of its own so that a program
// that only sends never loads it (and the main entry's size stays the clients').
export {
  CallbackAuthError,
  CallbackValidationError,
  type CallbackAuthFailure,
  type CallbackValidationFailure,
} from './errors.js';
export {
  createCallbackReceiver,
  type CallbackApiDefinition,
  type CallbackReceiver,
  type CallbackReceiverOptions,
} from './receiver.js';
export type { CallbackReply } from './answer.js';
export { dedupeKeyFromPointers } from './dedupe-key.js';
export type { NodeCallbackRequest, NodeCallbackResponse } from './node.js';
export type {
  CallbackContractViolation,
  CallbackDelivery,
  RawCallback,
  ReceivedEvent,
  UnknownReceivedEvent,
} from './verify.js';
export { buildCallbackRequest, type TestCallbackOptions } from './test-request.js';
export { bindCallbackApi, type BoundCallbackApi } from './bind.js';
export type {
  CompiledValidator,
  OperationEvents,
  ValidatorError,
  WebhookEvents,
  WebhookInput,
  WebhookOperation,
} from './types.js';
export type { BasicAuth } from '../auth.js';
