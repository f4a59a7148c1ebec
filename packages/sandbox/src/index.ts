// @messaging-contracts/sandbox: a stateful, contract-checked sandbox of the messaging APIs.
export {
  startSandbox,
  CONTROL_PREFIX,
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_JSON_DEPTH,
} from './core/sandbox.js';
export type { Sandbox, SandboxControl, SandboxOptions, ForcedAnswer } from './core/sandbox.js';
export { SandboxStartError, ControlError } from './core/errors.js';
export { DEFAULT_DELIVERY_OPTIONS } from './core/callback-delivery.js';
export type { DeliveryOptions, DeliveryRecord, DeliveryAttempt } from './core/callback-delivery.js';
export { DEFAULT_STORE_CAPACITY } from './core/store.js';
export { startSandboxes, sandboxApis } from './core/many.js';
export type { SandboxApi } from './core/many.js';
export type * from './core/api-behaviour.js';
export { startProxy, CALLBACK_PREFIX, VIOLATIONS_HEADER } from './proxy/proxy.js';
export type { ContractProxy, ProxyOptions } from './proxy/proxy.js';
export type { ContractViolation, ExchangeSummary, OperationSummary } from './proxy/report.js';
export { formatSummary, summarizeReport } from './proxy/report.js';
export { readRecordings } from './proxy/record.js';
export type { Recording, RecordedCallback, RecordedExchange } from './proxy/record.js';
