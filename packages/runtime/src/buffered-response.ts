/**
 * A response whose body has been read in full (by the transport, within the timeout and the size
 * cap), kept as bytes. Like PlainRequest it has Response.prototype in its prototype chain and
 * offers what a Response does as own fields and methods, without building a WHATWG Response (which
 * would copy the headers and wrap the bytes in a stream again). Unlike a Response, its body can
 * be read more than once.
 */
/** What a response says before its body: a WHATWG Response, or what node:http received. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: Headers;
  url?: string;
  redirected?: boolean;
  type?: ResponseType;
}

export class BufferedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected: boolean;
  readonly type: ResponseType;
  readonly bodyUsed = false;
  /** The body's bytes (decompressed, as fetch hands them over). */
  readonly bodyBytes: Uint8Array;
  /** Attempts the transport made to get this response, the first included. */
  readonly attempts: number;

  constructor(response: ResponseHead, bytes: Uint8Array, init: { url: string; redirected: boolean; attempts: number }) {
    this.status = response.status;
    this.statusText = response.statusText;
    this.ok = response.status >= 200 && response.status <= 299;
    this.headers = response.headers;
    this.url = response.url || init.url;
    this.redirected = init.redirected || response.redirected === true;
    this.type = response.type ?? 'basic';
    this.bodyBytes = bytes;
    this.attempts = init.attempts;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (NULL_BODY_STATUSES.has(this.status)) return null;
    const bytes = this.bodyBytes;
    return new ReadableStream<Uint8Array>({
      start(controller) {
        if (bytes.byteLength) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  text(): Promise<string> {
    return Promise.resolve(decoder.decode(this.bodyBytes));
  }

  async json(): Promise<unknown> {
    return JSON.parse(decoder.decode(this.bodyBytes));
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bodyBytes.slice().buffer as ArrayBuffer);
  }

  bytes(): Promise<Uint8Array> {
    return Promise.resolve(this.bodyBytes.slice());
  }

  blob(): Promise<Blob> {
    return Promise.resolve(new Blob([this.bodyBytes.slice()], { type: this.headers.get('content-type') ?? '' }));
  }

  formData(): Promise<FormData> {
    return this.toResponse().formData();
  }

  clone(): BufferedResponse {
    return this;
  }

  /** A real WHATWG Response with the same status, headers and body. */
  toResponse(): Response {
    return new Response(NULL_BODY_STATUSES.has(this.status) ? null : this.bodyBytes.slice(), {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
  }
}
Object.setPrototypeOf(BufferedResponse.prototype, Response.prototype);

const decoder = new TextDecoder();
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
