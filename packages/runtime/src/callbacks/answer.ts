// What the adapters send back, in one shape for both: a refusal's 4xx, the acknowledgement, or a
// reply the application's handler returns.
import { InvalidParameterError } from '../errors.js';
import { CallbackAuthError, CallbackValidationError } from './errors.js';

/**
 * What a handler (`fetchHandler`/`nodeHandler`'s `onDelivery`) may return to answer with a body,
 * e.g. an XML reply to an inbound message. Anything else it returns is answered with an empty 200.
 */
export interface CallbackReply {
  /** A 2xx status. Default 200. */
  readonly status?: number;
  readonly body: string;
  /** E.g. `application/xml; charset=utf-8`. */
  readonly contentType: string;
}

export interface CallbackAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Empty for none. */
  readonly body: string;
}

/** The errors the core refuses a callback with, which the adapters answer (anything else is the application's). */
export const isRefusal = (error: unknown): error is CallbackAuthError | CallbackValidationError =>
  error instanceof CallbackAuthError || error instanceof CallbackValidationError;

/** The 401 (with the challenge) or the 4xx whose body is the message, which never quotes the payload. */
export function refusalAnswer(error: CallbackAuthError | CallbackValidationError): CallbackAnswer {
  const body = error instanceof CallbackValidationError ? error.message : '';
  return {
    status: error.status,
    headers: body ? { 'content-type': 'text/plain; charset=utf-8', ...error.headers } : { ...error.headers },
    body,
  };
}

export const ACKNOWLEDGED: CallbackAnswer = { status: 200, headers: {}, body: '' };

export function webResponseOf(answer: CallbackAnswer): Response {
  return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
}

const isReply = (value: unknown): value is CallbackReply =>
  value !== null && typeof value === 'object' && 'body' in value && 'contentType' in value;

/** The answer to a delivery the handler took: its reply, or the empty 200. */
export function acknowledgement(result: unknown): CallbackAnswer {
  if (!isReply(result)) return ACKNOWLEDGED;
  const { status = 200, body, contentType } = result;
  if (!Number.isInteger(status) || status < 200 || status > 299)
    throw new InvalidParameterError({
      parameter: 'status',
      location: 'option',
      reason: 'must be a 2xx status: a reply acknowledges the callback (throw to make the provider retry)',
      value: status,
    });
  if (typeof body !== 'string')
    throw new InvalidParameterError({
      parameter: 'body',
      location: 'option',
      reason: 'must be a string',
      hidden: 'it may hold message text',
    });
  if (typeof contentType !== 'string' || contentType === '' || /[\r\n]/.test(contentType))
    throw new InvalidParameterError({
      parameter: 'contentType',
      location: 'option',
      reason: 'must be a media type on one line, e.g. "application/xml; charset=utf-8"',
      value: contentType,
    });
  return { status, headers: { 'content-type': contentType }, body };
}
