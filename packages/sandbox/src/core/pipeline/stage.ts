// What every stage of the request pipeline returns: the value the next stage needs, or the
// error that answers the request (shaped later by the error-response stage).
import type { SandboxError, SandboxErrorKind } from '../api-behaviour.js';
import { STATUS_OF } from '../errors.js';

export type StageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: SandboxError };

export const next = <T>(value: T): StageResult<T> => ({ ok: true, value });
export const refuse = (error: SandboxError): StageResult<never> => ({ ok: false, error });

type ErrorDetails = Partial<Pick<SandboxError, 'violations' | 'operationId' | 'status' | 'retryAfterSeconds'>>;

/** A SandboxError of `kind`, with the kind's status unless `details` names another. */
export function sandboxError(kind: SandboxErrorKind, message: string, details: ErrorDetails = {}): SandboxError {
  return {
    kind,
    status: details.status ?? STATUS_OF[kind],
    operationId: details.operationId,
    violations: details.violations ?? [],
    message,
    ...(details.retryAfterSeconds !== undefined ? { retryAfterSeconds: details.retryAfterSeconds } : {}),
  };
}
