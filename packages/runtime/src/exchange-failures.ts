// What the transport and both variants of node-http (Node's, and the browser stub) share: the
// failures of one exchange, told apart by class, and which bodies node:http sends as they are.
import type { ResponseHead } from './buffered-response.js';

/** The status and headers arrived, then the body failed (`cause`). */
export class BodyFailed extends Error {
  constructor(
    readonly head: ResponseHead,
    override readonly cause: unknown,
  ) {
    super('the response body failed');
  }
}

/** The attempt failed (`cause`) before its connection was established: nothing was sent. */
export class NotSent extends Error {
  constructor(override readonly cause: unknown) {
    super('the request was not sent');
  }
}

/** The body grew past the limit (announced or counted after decompression). */
export class BodyTooLarge extends Error {
  constructor(readonly head: ResponseHead) {
    super('the response body is over the limit');
  }
}

/** A body node:http can send as is. */
export function sendableByNode(body: unknown): body is string | Uint8Array | null {
  return body === null || typeof body === 'string' || body instanceof Uint8Array;
}
