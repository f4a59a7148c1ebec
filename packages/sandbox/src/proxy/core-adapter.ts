// The one door from the proxy and check-receiver into the sandbox core. Everything they reuse of
// the sandbox (Prism's validation, spec loading, HTTP input parsing, the callback schema validator,
// the API folders' error shapes) comes through here, so a restructuring of src/core/ re-points
// these lines only.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ApiBehaviour, SandboxError, SandboxErrorKind, SandboxResponse } from '../core/api-behaviour.js';
import { SandboxStartError, STATUS_OF } from '../core/errors.js';
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

/**
 * The spec of `api`: the bundled one of @messaging-contracts/specs, a file path (multi-file $refs
 * resolved), or a document. The same rules as startSandbox's `spec` option.
 */
export async function loadSpec(api: string, spec?: string | object): Promise<object> {
  if (typeof spec === 'object') return spec;
  if (typeof spec === 'string') {
    const { default: RefParser } = await import('@stoplight/json-schema-ref-parser');
    return (await new RefParser().bundle(spec)) as object;
  }
  const specs = (await import('@messaging-contracts/specs')) as {
    apis: ReadonlyArray<{ name: string }>;
    specPath(api: string, format: 'json'): string;
  };
  if (!specs.apis.some((entry) => entry.name === api))
    throw new SandboxStartError(
      `Unknown API "${api}"; known: ${specs.apis.map((entry) => entry.name).join(', ')}.`,
      'UNKNOWN_API',
    );
  return JSON.parse(await readFile(specs.specPath(api, 'json'), 'utf8')) as object;
}

/** The API folder's behaviour (src/apis/<api>/), whose error mapper gives the API's error shape. */
export async function loadBehaviour(api: string): Promise<ApiBehaviour | undefined> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(api)) return undefined;
  const url = new URL(`../apis/${api}/index.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  return ((await import(url.href)) as { default?: ApiBehaviour }).default;
}

/** A sandbox error as the core builds it, before the API folder shapes it. */
export function sandboxError(
  kind: SandboxErrorKind,
  message: string,
  extra: Partial<Pick<SandboxError, 'violations' | 'operationId' | 'status'>> = {},
): SandboxError {
  return {
    kind,
    status: extra.status ?? STATUS_OF[kind],
    operationId: extra.operationId,
    violations: extra.violations ?? [],
    message,
    at: Date.now(),
  };
}

/** The API's error answer for `error` (the API folder's mapper), or a plain JSON one without a folder. */
export function errorAnswer(behaviour: ApiBehaviour | undefined, error: SandboxError): SandboxResponse {
  try {
    if (behaviour) return behaviour.errorResponse(error);
  } catch {
    // A mapper must not throw; fall through to the plain shape.
  }
  return { status: error.status, body: { error: error.kind, message: error.message } };
}
