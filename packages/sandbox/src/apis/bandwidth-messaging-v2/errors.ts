// Bandwidth Messaging v2 error bodies: `{type, description}` (MessagingRequestError), and for
// createMessage's 400 the same plus `fieldErrors: [{fieldName, description}]`
// (CreateMessageRequestError). `type` values are those of Bandwidth/api-docs
// site/docs/messaging/errors.mdx where it shows one, else the spec's examples.
import type { SandboxError, SandboxResponse, Violation } from '../../core/api-behaviour.js';
import { refineSendViolations } from '../shared/numbers.js';
import { violationText } from '../shared/violations.js';

/** errors.mdx's 400 body says "Your request could not be accepted"; the sandbox adds what was wrong. */
const REQUEST_NOT_ACCEPTED = 'Your request could not be accepted';

function violationLine(violation: Violation): string {
  const where =
    violation.field === ''
      ? violation.location === 'body'
        ? 'the body'
        : `the ${violation.location}`
      : `'${violation.field}'`;
  return `${where} ${violationText(violation)}`;
}

/** A FieldError per violation, named as the request names the field (`to`, `media.0`). */
export function fieldErrors(violations: readonly Violation[]): { fieldName: string; description: string }[] {
  return violations.map((violation) => ({
    fieldName: violation.field === '' ? 'body' : violation.field,
    description: violationText(violation),
  }));
}

/**
 * bandwidth.yml's `fieldError` example: "'+invalid' must be replaced with a valid E164 formatted
 * telephone number" (the sandbox does not echo the number back).
 */
const E164_RULE = 'must be replaced with a valid E164 formatted telephone number';
const FROM_RULE = `${E164_RULE} or an alphanumeric sender ID of 1 to 11 characters with a letter`;

export function createMessageRejected(sent: readonly Violation[]): SandboxResponse {
  const violations = refineSendViolations(sent, {
    numberFields: /^(to(\.\d+)?|from)$/,
    numberRule: (field) => (field === 'from' ? FROM_RULE : E164_RULE),
    emptyMessage: 'has no text and no media: a message needs a non-empty text, at least one media URL, or both',
  });
  return {
    status: 400,
    body: {
      type: 'request-validation',
      description: `${REQUEST_NOT_ACCEPTED}: ${violations.map(violationLine).join('; ')}`,
      fieldErrors: fieldErrors(violations),
    },
  };
}

export function badRequest(violations: readonly Violation[]): SandboxResponse {
  return { status: 400, body: { type: 'request-validation', description: violations.map(violationLine).join('; ') } };
}

export function notFound(description: string): SandboxResponse {
  return { status: 404, body: { type: 'not-found', description } };
}

export function errorResponse(error: SandboxError): SandboxResponse {
  const violations =
    error.violations.length > 0 ? error.violations : [{ location: 'body' as const, field: '', message: error.message }];
  switch (error.kind) {
    case 'bad-request':
      return error.operationId === 'createMessage' ? createMessageRejected(violations) : badRequest(violations);
    case 'payload-too-large':
      // The spec documents no 413; a body over the sandbox's cap is a request Bandwidth would not
      // accept, so it is answered as the documented 400.
      return error.operationId === 'createMessage'
        ? createMessageRejected([{ location: 'body', field: '', message: error.message }])
        : badRequest([{ location: 'body', field: '', message: error.message }]);
    case 'unauthorized':
      // errors.mdx 401: `"type": "unauthorized"`, `"description": "Authentication Failed"`.
      return { status: 401, body: { type: 'unauthorized', description: `Authentication Failed: ${error.message}` } };
    case 'not-found':
      return notFound(error.violations.length > 0 ? violations.map(violationLine).join('; ') : error.message);
    case 'method-not-allowed':
      return { status: 405, body: { type: 'method-not-allowed', description: error.message } };
    case 'not-acceptable':
      return { status: 406, body: { type: 'not-acceptable', description: error.message } };
    case 'unsupported-media-type':
      // errors.mdx 415: type `unsupported-content-type`, "... Please use 'application/json'".
      return {
        status: 415,
        body: { type: 'unsupported-content-type', description: `${error.message}. Please use 'application/json'` },
      };
    case 'rate-limited':
      // errors.mdx 429 (message creation): `max-message-queue-size-exceeded`; bandwidth.yml's
      // listMessages 429: `rate_limit_exceeded`.
      return {
        status: 429,
        body: {
          type: error.operationId === 'createMessage' ? 'max-message-queue-size-exceeded' : 'rate_limit_exceeded',
          description: error.message,
        },
      };
    case 'server-error':
    case 'internal':
      return {
        status: error.status >= 500 && error.status <= 599 ? error.status : 500,
        body: { type: 'internal-server-error', description: error.message },
      };
  }
}
