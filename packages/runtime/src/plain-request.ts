/** An AbortSignal that never aborts, shared by every request that was given none (never listened to). */
export const NEVER_ABORTED = new AbortController().signal;

/**
 * The request openapi-fetch builds for each call, kept as a URL and an init instead of a WHATWG
 * Request: fetch copies any Request it is given (and pipes a POST body through a stream), so the
 * transport passes `url` and `init` to the global fetch directly, and hands an injected fetch a
 * real Request (`toRequest`). Its prototype chain includes Request.prototype so that openapi-fetch
 * and middleware accept it; everything a Request offers is an own property or method here.
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** A string (JSON), FormData or null: unlike a stream, it can be sent again as is. */
  readonly body: BodyInit | null;
  readonly signal: AbortSignal;
  readonly #init: RequestInit;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? NEVER_ABORTED;
    this.#init = init;
  }

  /** What to pass to fetch with the URL, with the signal that should govern this attempt. */
  toInit(signal: AbortSignal | undefined = this.signal === NEVER_ABORTED ? undefined : this.signal): RequestInit {
    return {
      ...this.#init,
      method: this.method,
      headers: this.headers,
      body: this.body,
      ...(signal ? { signal } : { signal: null }),
    };
  }

  toRequest(signal?: AbortSignal): Request {
    return new Request(this.url, this.toInit(signal));
  }

  clone(): PlainRequest {
    return new PlainRequest(this.url, { ...this.#init, headers: new Headers(this.headers) });
  }

  text(): Promise<string> {
    return this.toRequest().text();
  }

  json(): Promise<unknown> {
    return this.toRequest().json();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toRequest().arrayBuffer();
  }
}
Object.setPrototypeOf(PlainRequest.prototype, Request.prototype);
