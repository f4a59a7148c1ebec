// The one door from the proxy and check-receiver into the sandbox core. Everything they reuse of
// the sandbox (Prism's validation, spec loading, HTTP input parsing, the callback schema validator,
// the API folders' error shapes) comes through here, so a restructuring of src/core/ re-points
// these lines only.
import { SandboxStartError } from '../core/errors.js';
import { sandboxApis } from '../core/many.js';

export type {
  ApiBehaviour,
  Credentials,
  JsonValue,
  SandboxError,
  SandboxResponse,
  Violation,
} from '../core/api-behaviour.js';
export {
  BodyError,
  basicCredentials,
  flattenHeaders,
  isJsonMediaType,
  jsonDepth,
  parseFormBody,
  parseMediaType,
  parseJsonBody,
  parseQuery,
  readBody,
  safeDecode,
} from '../core/http.js';
export {
  describeDiagnostic,
  inputViolations,
  loadOperations,
  outputViolations,
  route,
  securityViolations,
  toViolation,
  type Diagnostic,
  type PrismInput,
  type PrismOperation,
} from '../core/prism.js';
export { foldSlashes, slashedTemplates } from '../core/slashed-paths.js';
export { DEFAULT_DELIVERY_OPTIONS } from '../core/callback-delivery.js';
export { SandboxStartError, sandboxApis };
export { errorResponse } from '../core/pipeline/error-response.js';
export { sandboxError } from '../core/pipeline/stage.js';
export { loadBehaviour, loadDocument, loadSpec, type SandboxSpec } from '../core/spec-loading.js';
export { absoluteRefs, escapePointerSegment, followLocalRef } from '../core/local-refs.js';
