// Media files (`/users/{userId}/media[/{mediaName}]`, Bandwidth/ap-docs methods/media/*.md):
// upload or replace (200, no body), download (the bytes with the file's own Content-Type),
// delete (200), and list: a bare array of `{mediaName, contentLength, content}`, every file, no
// paging (getMedia.md documents none). Files up to 65MB (media.md; 68157440 bytes, the spec's
// reading), but the sandbox's request body cap (1 MiB by default, `maxBodyBytes`) comes first:
// a larger upload answers 403 `media-size-overflow` naming that cap (errors.ts).
import type { OperationHandler } from '../../core/api-behaviour.js';
import { deleteMedia as remove, findMedia, listMedia as list, putMedia } from '../shared/media.js';
import { apiError, mediaNotFound } from './errors.js';

/** media.md: "65MB"; the spec's Content-Length maximum (the larger, 2^20 reading). */
export const MAX_MEDIA_BYTES = 65 * 1024 * 1024;

/** The file's URL, as the list's `content` (the form of Bandwidth's media URLs: `/v1/users/{userId}/media/{mediaName}`). */
function mediaUrl(baseUrl: string, userId: string, name: string): string {
  return `${baseUrl}/v1/users/${encodeURIComponent(userId)}/media/${encodeURIComponent(name)}`;
}

export const uploadMedia: OperationHandler = (request, context) => {
  const size = request.rawBody?.length ?? 0;
  if (size > MAX_MEDIA_BYTES)
    return apiError(
      403,
      'forbidden',
      'media-size-overflow',
      `The media size ${size} bytes is larger than the maximum ${MAX_MEDIA_BYTES} bytes`,
    );
  putMedia(context, request, request.pathParams.userId!, request.pathParams.mediaName!);
  return { status: 200 };
};

export const getMedia: OperationHandler = (request, context) => {
  const media = findMedia(context, request.pathParams.userId!, request.pathParams.mediaName!);
  if (!media) return mediaNotFound(request.pathParams.mediaName!);
  return { status: 200, headers: { 'content-type': media.contentType }, body: media.bytes };
};

export const deleteMedia: OperationHandler = (request, context) => {
  const name = request.pathParams.mediaName!;
  return remove(context, request.pathParams.userId!, name) ? { status: 200 } : mediaNotFound(name);
};

export const listMedia: OperationHandler = (request, context) => {
  const userId = request.pathParams.userId!;
  return {
    status: 200,
    body: list(context, userId).map((media) => ({
      mediaName: media.name,
      contentLength: media.bytes.length,
      content: mediaUrl(request.baseUrl, userId, media.name),
    })),
  };
};
