import { InvalidParameterError, type ApiResult, type CallOptions } from '@messaging-contracts/runtime';
import type { BandwidthMessagingClient } from './index.js';

/**
 * The largest file `uploadMedia` sends: 3.75 MB (mediaManagement.mdx). The page does not say
 * whether MB is 10^6 or 2^20 bytes; the larger reading is used so that no file the server
 * accepts is refused here.
 */
export const MAX_MEDIA_BYTES = 3.75 * 1024 * 1024;

/** The bytes of a media file. Streams are not accepted: a retried upload must be able to send the body again. */
export type MediaBody = Blob | ArrayBuffer | ArrayBufferView | string;

export interface MediaPath {
  accountId: string;
  /** The file's name, or an incoming media ID such as `14762070468292kw2fuqty55yp2b2/0/bw.png` (slashes allowed). */
  mediaId: string;
}

export interface UploadMediaParams {
  path: MediaPath;
  body: MediaBody;
  /** The file's media type, e.g. `image/png`. Default: a Blob's own type, else `application/octet-stream`. */
  contentType?: string;
  /** Sent as the `Cache-Control` request header, e.g. `no-cache`. */
  cacheControl?: string;
}

type MediaCallOptions = CallOptions & { signal?: AbortSignal };

// RFC 9110 media type: type "/" subtype, then optional parameters.
const MEDIA_TYPE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*;.*)?$/;

/**
 * Uploads a media file (PUT, `204 No Content`); a file of the same name is replaced. Refuses,
 * before sending, a body over MAX_MEDIA_BYTES, a body of another type, or a malformed media type.
 */
export async function uploadMedia(
  client: BandwidthMessagingClient,
  params: UploadMediaParams,
  options: MediaCallOptions = {},
): Promise<ApiResult<undefined>> {
  const size = byteLength(params.body);
  if (size === undefined) {
    throw new InvalidParameterError({
      parameter: 'body',
      location: 'body',
      value: typeof params.body,
      reason: 'must be a Blob, ArrayBuffer, typed array or string',
      operation: 'uploadMedia',
    });
  }
  if (size > MAX_MEDIA_BYTES) {
    // The value reported is the size, never the content.
    throw new InvalidParameterError({
      parameter: 'body',
      location: 'body',
      value: `${size} bytes`,
      reason: `must be at most ${MAX_MEDIA_BYTES} bytes (3.75 MB)`,
      operation: 'uploadMedia',
    });
  }
  const contentType =
    params.contentType ?? ((params.body instanceof Blob && params.body.type) || 'application/octet-stream');
  if (!MEDIA_TYPE.test(contentType)) {
    throw new InvalidParameterError({
      parameter: 'Content-Type',
      location: 'header',
      value: contentType,
      reason: 'must be a media type such as image/png',
      operation: 'uploadMedia',
    });
  }
  return client.PUT('/users/{accountId}/media/{mediaId}', {
    ...options,
    params: {
      path: params.path,
      ...(params.cacheControl === undefined ? {} : { header: { 'Cache-Control': params.cacheControl } }),
    },
    headers: { 'Content-Type': contentType },
    // The generated type of a binary body is `string`; the bytes are handed to fetch untouched.
    body: params.body as unknown as string,
    bodySerializer: (body: unknown) => body,
  });
}

/** Downloads a media file as a Blob (the server answers `application/octet-stream`). */
export async function downloadMedia(
  client: BandwidthMessagingClient,
  params: { path: MediaPath },
  options: MediaCallOptions = {},
): Promise<ApiResult<Blob>> {
  return client.GET('/users/{accountId}/media/{mediaId}', {
    ...options,
    params: { path: params.path },
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
}

function byteLength(body: unknown): number | undefined {
  if (body instanceof Blob) return body.size;
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  if (typeof body === 'string') return new TextEncoder().encode(body).byteLength;
  return undefined;
}
