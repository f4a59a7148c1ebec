// The contract between the sandbox core and one API's folder (src/apis/<api>/).
//
// The core owns everything generic: the HTTP server, Prism's validation of every request and
// response, credentials, the control API, the virtual clock, the bounded store, the callback
// delivery engine (retries, duplicates, out-of-order, timeouts, webhook-schema validation).
// An API folder owns only what its documents describe: how each operation changes and reads
// state, what its error bodies look like, and what its callbacks carry.
//
// An API folder is found by name: src/apis/<api>/index.ts must `export default` an ApiBehaviour
// whose `api` equals the redocly.yaml name. Adding an API adds a folder, nothing here.
//
// The contract is split by its sections (contract/*.ts); this module gathers them, so an API
// folder imports every name from one place.

export type {
  Credentials,
  JsonValue,
  OperationHandler,
  SandboxResponse,
  ValidatedRequest,
} from './contract/requests.js';
export type {
  ErrorMapper,
  SandboxError,
  SandboxErrorKind,
  Violation,
  ViolationLocation,
} from './contract/errors.js';
export type {
  ApplicationCallbacks,
  BehaviourContext,
  BehaviourSettings,
  BoundedStore,
  CallbackScheduler,
  OutgoingCallback,
  CallbackDelivery,
  SandboxClock,
} from './contract/context.js';
export type { ForcedCarrierFailure, InboundInjection } from './contract/control-inputs.js';
export type { ApiBehaviour, TenantRequest } from './contract/behaviour.js';
