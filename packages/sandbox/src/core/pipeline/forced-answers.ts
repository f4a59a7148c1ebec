// Stage 4, forced answers: a 429, a 5xx or a carrier failure forced through the control API
// replaces the next answer(s) of an operation.
import type { ForcedCarrierFailure } from '../api-behaviour.js';
import { ControlError } from '../errors.js';
import { type StageResult, next, refuse, sandboxError } from './stage.js';

/** A forced next answer of an operation (control API). */
export type ForcedAnswer =
  | { operationId: string; status: 429; retryAfterSeconds?: number; times?: number }
  | { operationId: string; status: 500 | 502 | 503 | 504; times?: number }
  | { operationId: string; carrierFailure: ForcedCarrierFailure; times?: number };

const FORCEABLE_STATUSES: readonly number[] = [429, 500, 502, 503, 504];
/** Retry-After of a forced 429 that names none. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

interface ForcedEntry {
  readonly answer: ForcedAnswer;
  remaining: number;
}

/** The forced answers not yet used, in the order they were forced. */
export class ForcedAnswers {
  #entries: ForcedEntry[] = [];

  /** Checks `answer` against the spec's operations (ControlError naming the problem) and queues it. */
  add(answer: ForcedAnswer, spec: { api: string; operationIds: readonly string[] }): void {
    checkForcedAnswer(answer, spec.api, spec.operationIds);
    this.#entries.push({ answer, remaining: answer.times ?? 1 });
  }

  clear(): void {
    this.#entries = [];
  }

  /** Uses up one answer forced for `operationId`, if any. */
  take(operationId: string): ForcedAnswer | undefined {
    const entry = this.#entries.find((candidate) => candidate.answer.operationId === operationId);
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.#entries = this.#entries.filter((candidate) => candidate !== entry);
    return entry.answer;
  }
}

/**
 * The stage: an error for a forced 429 or 5xx; for a forced carrier failure, the failure the
 * handler is to apply (the send itself is accepted).
 */
export function applyForcedAnswer(
  answer: ForcedAnswer | undefined,
  operationId: string,
): StageResult<ForcedCarrierFailure | undefined> {
  if (!answer) return next(undefined);
  if ('carrierFailure' in answer) return next(answer.carrierFailure);
  if (answer.status === 429)
    return refuse(
      sandboxError('rate-limited', 'Rate limit exceeded (forced through the sandbox control API).', {
        operationId,
        retryAfterSeconds: answer.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
      }),
    );
  return refuse(
    sandboxError('server-error', `A ${answer.status} forced through the sandbox control API.`, {
      operationId,
      status: answer.status,
    }),
  );
}

function checkForcedAnswer(answer: ForcedAnswer, api: string, operationIds: readonly string[]): void {
  if (!answer || typeof answer !== 'object' || typeof answer.operationId !== 'string')
    throw new ControlError('force needs an operationId');
  if (!operationIds.includes(answer.operationId))
    throw new ControlError(`${api} has no operation ${answer.operationId}; it has ${operationIds.join(', ')}`);
  const times = answer.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new ControlError('times must be a positive integer');
  if ('carrierFailure' in answer) {
    const code = answer.carrierFailure?.errorCode;
    if (typeof code !== 'number' && typeof code !== 'string')
      throw new ControlError('carrierFailure needs an errorCode');
    return;
  }
  if (!FORCEABLE_STATUSES.includes((answer as { status?: number }).status ?? 0))
    throw new ControlError('status must be 429, 500, 502, 503 or 504 (or give carrierFailure)');
  const retryAfter = 'retryAfterSeconds' in answer ? answer.retryAfterSeconds : undefined;
  if (retryAfter !== undefined && !(Number.isInteger(retryAfter) && retryAfter >= 0))
    throw new ControlError('retryAfterSeconds must be a non-negative integer');
}
