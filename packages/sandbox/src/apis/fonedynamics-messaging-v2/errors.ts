// Fone Dynamics error bodies: `{"ResponseStatus": {"ErrorCode": string, "Message": string}}`
// (fonedynamics-csharp Errors/ResponseStatus). The API's own list of codes is on a page the
// documents refer to but do not reproduce, so the codes are the spec examples' names.
import type { SandboxError, SandboxResponse, Violation } from '../../core/api-behaviour.js';
import { violationText } from '../shared/violations.js';

export function responseStatus(status: number, errorCode: string, message: string): SandboxResponse {
  return { status, body: { ResponseStatus: { ErrorCode: errorCode, Message: message } } };
}

export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) =>
      violation.field === ''
        ? `The ${violation.location === 'body' ? 'body' : violation.location} ${violationText(violation)}`
        : `${violation.field} ${violationText(violation)}`,
    )
    .join('; ');
}

export function invalidParameter(violations: readonly Violation[]): SandboxResponse {
  return responseStatus(400, 'InvalidParameter', describeViolations(violations));
}

export function errorResponse(error: SandboxError): SandboxResponse {
  const violations =
    error.violations.length > 0 ? error.violations : [{ location: 'body' as const, field: '', message: error.message }];
  switch (error.kind) {
    case 'bad-request':
      return invalidParameter(violations);
    case 'payload-too-large':
      return responseStatus(400, 'InvalidParameter', error.message);
    case 'unauthorized':
      return responseStatus(401, 'Unauthorized', error.message);
    case 'not-found':
      return responseStatus(
        404,
        'NotFound',
        error.violations.length > 0 ? describeViolations(violations) : error.message,
      );
    case 'method-not-allowed':
      return responseStatus(405, 'MethodNotAllowed', error.message);
    case 'not-acceptable':
      return responseStatus(406, 'NotAcceptable', error.message);
    case 'unsupported-media-type':
      return responseStatus(415, 'UnsupportedMediaType', error.message);
    case 'rate-limited':
      return responseStatus(429, 'TooManyRequests', error.message);
    case 'server-error':
    case 'internal':
      return responseStatus(
        error.status >= 500 && error.status <= 599 ? error.status : 500,
        'InternalError',
        error.message,
      );
  }
}
