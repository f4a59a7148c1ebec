// Bandwidth v1 error bodies: `{category, code, message, details: [{name, value}]}`. Categories
// and codes are those of Bandwidth/ap-docs errors.md and the spec's responses; messages follow
// errors.md's "The `${0}` resource property `${1}` ..." wording, naming the actual violation.
import type { SandboxError, SandboxResponse, Violation } from '../../core/api-behaviour.js';
import { violationText } from '../shared/violations.js';

export function apiError(
  status: number,
  category: string,
  code: string,
  message: string,
  details: { name: string; value: string }[] = [],
  headers?: Record<string, string>,
): SandboxResponse {
  return { status, ...(headers ? { headers } : {}), body: { category, code, message, details } };
}

function describe(violation: Violation, operationId: string | undefined): string {
  if (violation.location === 'body') {
    const resource = operationId === 'sendMessage' ? 'message' : 'request';
    return violation.field === ''
      ? `The ${resource} body ${violationText(violation)}`
      : `The '${resource}' resource property '${violation.field}' ${violationText(violation)}`;
  }
  return `The ${violation.location} parameter '${violation.field}' ${violationText(violation)}`;
}

/** postMessages.md's example: code `blank-property` for a property that is missing or blank; errors.md's `validation-error` otherwise. */
function codeOf(violations: readonly Violation[]): string {
  const blank = violations.every((violation) =>
    /required property|fewer than 1 character|must not be blank|non-whitespace/i.test(violation.message),
  );
  return blank ? 'blank-property' : 'validation-error';
}

export function badRequest(violations: readonly Violation[], operationId: string | undefined): SandboxResponse {
  return apiError(
    400,
    'bad-request',
    codeOf(violations),
    violations.map((violation) => describe(violation, operationId)).join('; '),
    // Each detail names the field and says what is wrong with it (never echoing a value).
    violations.map((violation) => ({
      name: violation.field === '' ? violation.location : violation.field,
      value: violationText(violation),
    })),
  );
}

export function messageNotFound(messageId: string): SandboxResponse {
  return apiError(404, 'not-found', 'message-not-found', `The message '${messageId}' could not be found`, [
    { name: 'messageId', value: messageId },
  ]);
}

/** errors.md `media-not-found`: "The media resource named `${0}` could not be found". */
export function mediaNotFound(mediaName: string): SandboxResponse {
  return apiError(404, 'not-found', 'media-not-found', `The media resource named ${mediaName} could not be found`, [
    { name: 'mediaName', value: mediaName },
  ]);
}

export function errorResponse(error: SandboxError): SandboxResponse {
  const violations =
    error.violations.length > 0 ? error.violations : [{ location: 'body' as const, field: '', message: error.message }];
  const send = error.operationId === 'sendMessage';
  switch (error.kind) {
    case 'bad-request':
      return badRequest(violations, error.operationId);
    case 'payload-too-large':
      // An upload over the sandbox's body cap: errors.md's `media-size-overflow` (403), naming the cap.
      if (error.operationId === 'uploadMedia') return apiError(403, 'forbidden', 'media-size-overflow', error.message);
      return apiError(400, 'bad-request', 'validation-error', error.message);
    case 'unauthorized':
      // The spec's 401: category `authorization`, code `user-access-denied` (errors.md "401 – AUTHORIZATION").
      return apiError(401, 'authorization', 'user-access-denied', error.message);
    case 'not-found':
      // errors.md "404 – NOT_FOUND" codes.
      return apiError(
        404,
        'not-found',
        error.operationId === 'getMessage' || error.operationId === 'redactMessageText'
          ? 'message-not-found'
          : error.operationId === 'getMedia' || error.operationId === 'deleteMedia'
            ? 'media-not-found'
            : 'resource-not-found',
        error.message,
      );
    // The documents list no 405, 406 or 415: the HTTP status stays, in the documented category and
    // code for a request the API does not accept (errors.md `validation-error`, "Bad parameters").
    case 'method-not-allowed':
    case 'not-acceptable':
    case 'unsupported-media-type':
      return apiError(error.status, 'bad-request', 'validation-error', error.message);
    case 'rate-limited': {
      // Sending is limited with 403, category `limit` (ap-docs rateLimits.md, errors.md "403 – LIMIT");
      // other requests with 429 and X-RateLimit-Reset in ms since the epoch (rateLimits/resourceRateLimits.md).
      if (send) return apiError(403, 'limit', 'message-rate-limit', error.message);
      const reset = (error.at ?? Date.now()) + (error.retryAfterSeconds ?? 1) * 1000;
      return apiError(429, 'too-many-requests', 'rate-limit-reached', error.message, [], {
        'X-RateLimit-Reset': String(reset),
      });
    }
    // Sending documents 503 `unavailable` / `message-gateway-unavailable`; the other operations
    // document no 5xx, so they keep the status and take errors.md's 503 code `internal-error`
    // ("An error occurred handling the message").
    case 'server-error':
    case 'internal':
      if (send) return apiError(503, 'unavailable', 'message-gateway-unavailable', error.message);
      return apiError(
        error.status >= 500 && error.status <= 599 ? error.status : 500,
        'unavailable',
        'internal-error',
        error.message,
      );
  }
}
