// Media files (`/users/{accountId}/media[/{mediaId}]`, Bandwidth/api-docs mediaManagement.mdx):
// upload (204), download (the bytes, as `application/octet-stream` as the spec says), delete
// (204), and list (`{mediaName, contentLength, content}`, at most 1000 per page, the next page's
// token in the `Continuation-Token` header). IDs may contain `/` (x-allowSlashes; the core folds
// them into the parameter). Files are not expired after 48 hours: the sandbox's clock is often
// frozen or moved by tests, and files vanishing under them would surprise more than help.
import type { OperationHandler } from '../../core/api-behaviour.js';
import { deleteMedia as remove, findMedia, listMedia as list, putMedia } from '../shared/media.js';
import { decodePageToken, encodePageToken } from '../shared/paging.js';
import { badRequest, notFound } from './errors.js';

/** mediaManagement.mdx: "3.75MB" without saying 10^6 or 2^20; the larger reading, so no file the API takes is refused. */
export const MAX_MEDIA_BYTES = 3.75 * 1024 * 1024;
/** mediaManagement.mdx: list answers at most 1000 files. */
const PAGE_SIZE = 1000;

/** The file's URL, each `/`-separated part of the ID encoded on its own (x-allowSlashes). */
function mediaUrl(baseUrl: string, accountId: string, name: string): string {
  return `${baseUrl}/users/${encodeURIComponent(accountId)}/media/${name.split('/').map(encodeURIComponent).join('/')}`;
}

const absent = (accountId: string, mediaId: string) => notFound(`No media file '${mediaId}' on account '${accountId}'`);

export const uploadMedia: OperationHandler = (request, context) => {
  const size = request.rawBody?.length ?? 0;
  if (size > MAX_MEDIA_BYTES)
    return badRequest([
      {
        location: 'body',
        field: '',
        message: `is ${size} bytes; a media file is at most ${MAX_MEDIA_BYTES} bytes (3.75 MB)`,
      },
    ]);
  putMedia(context, request, request.pathParams.accountId!, request.pathParams.mediaId!);
  return { status: 204 };
};

export const getMedia: OperationHandler = (request, context) => {
  const accountId = request.pathParams.accountId!;
  const mediaId = request.pathParams.mediaId!;
  const media = findMedia(context, accountId, mediaId);
  if (!media) return absent(accountId, mediaId);
  return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: media.bytes };
};

export const deleteMedia: OperationHandler = (request, context) => {
  const accountId = request.pathParams.accountId!;
  const mediaId = request.pathParams.mediaId!;
  return remove(context, accountId, mediaId) ? { status: 204 } : absent(accountId, mediaId);
};

export const listMedia: OperationHandler = (request, context) => {
  const accountId = request.pathParams.accountId!;
  const files = list(context, accountId);
  // Tokens are bound to the account they page through (shared/paging.ts).
  const search = `media:${accountId}`;
  let offset = 0;
  const token = request.headers['continuation-token'];
  if (token !== undefined) {
    const decoded = decodePageToken(token, search);
    if ('problem' in decoded)
      return badRequest([{ location: 'header', field: 'Continuation-Token', message: decoded.problem }]);
    offset = decoded.offset;
  }
  const page = files.slice(offset, offset + PAGE_SIZE);
  const next = offset + PAGE_SIZE < files.length ? encodePageToken({ offset: offset + PAGE_SIZE, search }) : undefined;
  return {
    status: 200,
    ...(next ? { headers: { 'Continuation-Token': next } } : {}),
    body: page.map((media) => ({
      mediaName: media.name,
      contentLength: media.bytes.length,
      content: mediaUrl(request.baseUrl, accountId, media.name),
    })),
  };
};
