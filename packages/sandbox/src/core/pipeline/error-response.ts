// Stage 8, the error response: the API folder's mapper shapes every error the core detects;
// until an API has a folder, Prism's documented example of that status is used, so the body is
// at least in the documented shape.
import type { ApiBehaviour, SandboxError, SandboxResponse } from '../api-behaviour.js';
import { hasHeader } from '../http.js';
import * as prism from '../prism.js';

/** The realm of the challenge the sandbox sends with a 401 (when the mapper sets none). */
const BASIC_CHALLENGE = 'Basic realm="messaging-sandbox"';

export interface ErrorShaper {
  readonly api: string;
  readonly behaviour: ApiBehaviour | undefined;
  readonly operations: readonly prism.PrismOperation[];
  readonly log: (line: string) => void;
}

export function errorResponse(
  shaper: ErrorShaper,
  error: SandboxError,
  operation: prism.PrismOperation | undefined,
): SandboxResponse {
  const response = shaped(shaper, error, operation) ?? {
    status: error.status,
    headers: { 'content-type': 'application/json' },
    body: { error: error.kind, message: error.message, violations: error.violations },
  };
  const headers: Record<string, string> = { ...response.headers };
  if (error.kind === 'rate-limited' && error.retryAfterSeconds !== undefined && !hasHeader(headers, 'retry-after'))
    headers['retry-after'] = String(error.retryAfterSeconds);
  if (error.kind === 'unauthorized' && !hasHeader(headers, 'www-authenticate'))
    headers['www-authenticate'] = BASIC_CHALLENGE;
  return { ...response, headers };
}

function shaped(
  shaper: ErrorShaper,
  error: SandboxError,
  operation: prism.PrismOperation | undefined,
): SandboxResponse | undefined {
  if (!shaper.behaviour) return documentedExample(shaper.operations, error, operation);
  try {
    return shaper.behaviour.errorResponse(error);
  } catch (mapperError) {
    shaper.log(`${shaper.api}: the error mapper threw: ${(mapperError as Error)?.message}`);
    return undefined;
  }
}

/**
 * The default error shape, for an API without a folder: Prism's documented example of the
 * status (or of the nearest documented 4xx/5xx of the operation, or of any operation), with the
 * actual violation in the x-sandbox-violations header only. An API folder does better.
 */
function documentedExample(
  operations: readonly prism.PrismOperation[],
  error: SandboxError,
  operation: prism.PrismOperation | undefined,
): SandboxResponse | undefined {
  const candidates = operation ? [operation, ...operations] : operations;
  const wanted = [String(error.status), error.status >= 500 ? '500' : '400'];
  for (const code of wanted) {
    for (const candidate of candidates) {
      if (!candidate.responses.some((response) => response.code === code)) continue;
      const request = { method: candidate.method, url: { path: candidate.path, query: {} }, headers: {} };
      const example = prism.mock(candidate, request, { code: Number(code) });
      if (example.ok) return { status: error.status, headers: example.output.headers, body: example.output.body };
    }
  }
  return undefined;
}
