import { InvalidParameterError, type CallOptions } from '@messaging-contracts/runtime';
import type { CatapultMessagingClient } from './index.js';

/** What `uploadMedia` can send: bytes of a known size (a stream's size is not known up front, and the API needs Content-Length). */
export type MediaBody = Blob | ArrayBuffer | ArrayBufferView | string;

function byteLength(body: MediaBody): number | undefined {
  if (typeof body === 'string') return new TextEncoder().encode(body).byteLength;
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  if (typeof Blob !== 'undefined' && body instanceof Blob) return body.size;
  return undefined;
}

/**
 * Uploads (or replaces) a media file: `PUT /users/{userId}/media/{mediaName}` with the bytes as the
 * body. Sets the mandatory `Content-Length` from the body, which the generated rules check against
 * the documented 65MB before anything is sent; `contentType` defaults to `application/octet-stream`
 * (as Bandwidth's own v1 clients do). Resolves once the API answered `200`.
 */
export async function uploadMedia(
  client: CatapultMessagingClient,
  params: {
    userId: string;
    mediaName: string;
    body: MediaBody;
    contentType?: string;
    cacheControl?: string;
  } & CallOptions,
): Promise<{ response: Response }> {
  const { userId, mediaName, body, contentType = 'application/octet-stream', cacheControl, ...options } = params;
  const length = byteLength(body);
  if (length === undefined) {
    throw new InvalidParameterError({
      parameter: 'body',
      location: 'body',
      operation: 'uploadMedia',
      reason: 'must be a Blob, ArrayBuffer, typed array or string',
      hidden: 'file contents are not shown',
    });
  }
  const header = { 'Content-Length': length, ...(cacheControl === undefined ? {} : { 'Cache-Control': cacheControl }) };
  const { response } = await client.PUT('/users/{userId}/media/{mediaName}', {
    ...options,
    params: { path: { userId, mediaName }, header },
    headers: { 'Content-Type': contentType },
    body: body as BodyInit,
    // The bytes go as they are, not as JSON; the documented answer is 200 without a body.
    bodySerializer: (raw: unknown) => raw as BodyInit,
    parseAs: 'text',
  });
  return { response };
}

/**
 * Downloads a media file: `GET /users/{userId}/media/{mediaName}`. Resolves with its bytes as a
 * Blob and its media type (the response's `Content-Type`).
 */
export async function downloadMedia(
  client: CatapultMessagingClient,
  params: { userId: string; mediaName: string } & CallOptions,
): Promise<{ data: Blob; contentType: string | null; response: Response }> {
  const { userId, mediaName, ...options } = params;
  const { data, response } = await client.GET('/users/{userId}/media/{mediaName}', {
    ...options,
    params: { path: { userId, mediaName } },
    // Any type for the file; JSON for an error.
    headers: { Accept: '*/*' },
    parseAs: 'blob',
  });
  return { data: data as Blob, contentType: response.headers.get('content-type'), response };
}

/** Deletes a media file: `DELETE /users/{userId}/media/{mediaName}`. Resolves once the API answered `200`. */
export async function deleteMedia(
  client: CatapultMessagingClient,
  params: { userId: string; mediaName: string } & CallOptions,
): Promise<{ response: Response }> {
  const { userId, mediaName, ...options } = params;
  const { response } = await client.DELETE('/users/{userId}/media/{mediaName}', {
    ...options,
    params: { path: { userId, mediaName } },
    parseAs: 'text',
  });
  return { response };
}
