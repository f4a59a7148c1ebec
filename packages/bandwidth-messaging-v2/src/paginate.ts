import { paginate } from '@messaging-contracts/runtime';
import type { BandwidthMessagingClient, ListMessageItem, Media, MessagesList } from './client.js';
import type { operations } from './generated/openapi.js';

type ListMessagesParameters = NonNullable<operations['listMessages']['parameters']['query']>;
export type ListMessagesQuery = Omit<ListMessagesParameters, 'pageToken'>;

/**
 * Every message a search matches, following `pageInfo.nextPageToken` page by page (each page is
 * fetched only when the previous one has been consumed).
 */
export function paginateMessages(
  client: BandwidthMessagingClient,
  params: { path: { accountId: string }; query: ListMessagesQuery },
  options: { maxPages?: number } = {},
): AsyncGenerator<ListMessageItem, void, undefined> {
  return paginate<MessagesList, ListMessageItem, string>({
    ...options,
    fetchPage: async (pageToken) => {
      // Typed, so that a spec without `pageToken` fails to compile here (a spread in a call is not checked).
      const query: ListMessagesParameters = pageToken === undefined ? params.query : { ...params.query, pageToken };
      const { data } = await client.GET('/users/{accountId}/messages', { params: { path: params.path, query } });
      return data;
    },
    items: (page) => page.messages,
    next: (page) => page.pageInfo?.nextPageToken ?? pageTokenOf(page.pageInfo?.nextPage),
  });
}

/** Older responses give only the `nextPage` link; its `pageToken` parameter is the cursor. */
function pageTokenOf(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link).searchParams.get('pageToken') ?? undefined;
  } catch {
    return undefined;
  }
}

type ContinuationTokenHeader = NonNullable<operations['listMedia']['parameters']['header']>;

interface MediaPage {
  files: Media[];
  continuationToken: string | undefined;
}

/**
 * Every media file of the account, up to 1000 per request, following the `Continuation-Token`
 * response header (sent back as a request header) until a response has none. An empty page also
 * ends the listing: the documents do not say how the last page is marked.
 */
export function paginateMedia(
  client: BandwidthMessagingClient,
  params: { path: { accountId: string } },
  options: { maxPages?: number } = {},
): AsyncGenerator<Media, void, undefined> {
  return paginate<MediaPage, Media, string>({
    ...options,
    fetchPage: async (continuationToken) => {
      // Typed, so that a spec without the header parameter fails to compile here.
      const header: ContinuationTokenHeader | undefined = continuationToken === undefined ? undefined : { 'Continuation-Token': continuationToken };
      const { data, response } = await client.GET('/users/{accountId}/media', { params: { path: params.path, ...(header ? { header } : {}) } });
      return { files: data, continuationToken: response.headers.get('Continuation-Token') || undefined };
    },
    items: (page) => page.files,
    next: (page) => (page.files.length === 0 ? undefined : page.continuationToken),
  });
}
