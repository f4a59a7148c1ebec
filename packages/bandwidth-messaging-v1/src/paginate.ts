import { paginate, parseLinkHeader, resolveLink, type ApiResult } from '@messaging-contracts/runtime';
import type { CatapultMessagingClient, Message } from './client.js';
import type { operations } from './generated/openapi.js';

type ListMessagesParameters = NonNullable<operations['listMessages']['parameters']['query']>;
export type ListMessagesQuery = Omit<ListMessagesParameters, 'sortKeyLT' | 'page'>;

/**
 * Every message the filters match, page after page. The next page is the `Link: <…>; rel="next"`
 * header's `sortKeyLT`; it is requested from the client's own base URL (so a mock or proxy keeps
 * working), with the caller's filters. No `Link` header means the last page.
 */
export function paginateMessages(
  client: CatapultMessagingClient,
  params: { path: { userId: string }; query?: ListMessagesQuery },
  options: { maxPages?: number } = {},
): AsyncGenerator<Message, void, undefined> {
  return paginate<ApiResult<Message[]>, Message, string>({
    ...options,
    fetchPage: (sortKeyLT) => {
      // Typed, so that a spec without `sortKeyLT` fails to compile here (a spread in a call is not checked).
      const query: ListMessagesParameters = sortKeyLT === undefined ? { ...params.query } : { ...params.query, sortKeyLT };
      return client.GET('/users/{userId}/messages', { params: { path: params.path, query } });
    },
    items: (page) => page.data,
    next: (page) => {
      const next = parseLinkHeader(page.response.headers.get('link')).next;
      // A relative target is resolved against the URL of the page that named it (RFC 8288).
      return next ? (resolveLink(next, page.response.url).searchParams.get('sortKeyLT') ?? undefined) : undefined;
    },
  });
}
