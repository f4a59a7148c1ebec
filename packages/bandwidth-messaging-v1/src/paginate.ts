import { paginate, parseLinkHeader, type ApiResult } from '@messaging-contracts/runtime';
import type { CatapultMessagingClient, Message } from './client.js';
import type { operations } from './generated/openapi.js';

export type ListMessagesQuery = Omit<NonNullable<operations['listMessages']['parameters']['query']>, 'sortKeyLT' | 'page'>;

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
    fetchPage: (sortKeyLT) =>
      client.GET('/users/{userId}/messages', {
        params: { path: params.path, query: sortKeyLT === undefined ? params.query : { ...params.query, sortKeyLT } },
      }),
    items: (page) => page.data,
    next: (page) => {
      const next = parseLinkHeader(page.response.headers.get('link')).next;
      return next ? (new URL(next).searchParams.get('sortKeyLT') ?? undefined) : undefined;
    },
  });
}
