// Stage 7, check the response: every answer the sandbox gives is validated against the spec;
// each problem is one line for the log and the x-sandbox-violations header.
import type { SandboxResponse } from '../api-behaviour.js';
import { lowerCaseHeaders } from '../http.js';
import * as prism from '../prism.js';

export function responseViolations(operation: prism.PrismOperation, response: SandboxResponse): string[] {
  const headers = lowerCaseHeaders(response.headers);
  if (response.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  // A binary body (a file) is checked as the text Prism itself reads a request body as; a
  // `type: string` schema would otherwise reject its bytes.
  const body = response.body instanceof Uint8Array ? Buffer.from(response.body).toString('utf8') : response.body;
  return prism
    .outputViolations(operation, { statusCode: response.status, headers, body })
    .map((diagnostic) => prism.describeDiagnostic('response', diagnostic));
}
