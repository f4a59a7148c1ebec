// Stage 5, validate: Prism's request validator, its diagnostics as violations naming the field.
import type { PrismInput, PrismOperation } from '../prism.js';
import * as prism from '../prism.js';
import type { SandboxError } from '../api-behaviour.js';
import { sandboxError } from './stage.js';

/** The request's problems against the operation, as one error; undefined when it is valid. */
export function validateRequest(operation: PrismOperation, input: PrismInput): SandboxError | undefined {
  const operationId = prism.operationIdOf(operation);
  let diagnostics: prism.Diagnostic[];
  try {
    diagnostics = prism.inputViolations(operation, input);
  } catch (error) {
    // Prism's own decoders can still throw on hostile input (e.g. URIError in a form body).
    if (!(error instanceof URIError)) throw error;
    diagnostics = [{ path: ['body'], message: 'contains a malformed percent-escape', severity: 0 }];
  }
  const unsupported = diagnostics.find((diagnostic) => diagnostic.code === 415);
  if (unsupported)
    return sandboxError('unsupported-media-type', unsupported.message, {
      operationId,
      violations: [{ location: 'header', field: 'Content-Type', message: unsupported.message }],
    });
  if (diagnostics.length === 0) return undefined;
  const violations = diagnostics.map((diagnostic) => prism.toViolation(operation, diagnostic));
  const message = violations.map((violation) => `${violation.field || violation.location} ${violation.message}`);
  return sandboxError('bad-request', message.join('; '), { operationId, violations });
}
