/**
 * Generated from specs/bandwidth-messaging-v1/ (the `x-pagination` of its list operations) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import { paginateByLinkHeader, type ApiClient, type PageOptions } from '@messaging-contracts/runtime';
import type { components, operations, paths } from './openapi.js';

/** The query parameters of `listMessages` that paginateMessages takes (not `page`, `sortKeyLT`: it pages by itself). */
export type ListMessagesQuery = Omit<NonNullable<operations['listMessages']['parameters']['query']>, 'page' | 'sortKeyLT'>;

/**
 * Every item of `listMessages` (GET /users/{userId}/messages), page after page:
 * following the `Link: <…>; rel="next"` header's `sortKeyLT` from the client's own base URL; no link is the last page.
 * Each page is fetched only when the previous one has been consumed; a repeated cursor throws PaginationError.
 */
export function paginateMessages(
  client: ApiClient<paths>,
  params: { path: operations['listMessages']['parameters']['path']; query?: ListMessagesQuery },
  options: PageOptions = {},
): AsyncGenerator<components['schemas']['Message'], void, undefined> {
  return paginateByLinkHeader({
    ...options,
    parameter: 'sortKeyLT',
    fetchPage: (cursor: string | undefined) => client.GET('/users/{userId}/messages', { params: { path: params.path, query: cursor === undefined ? params.query : { ...params.query, sortKeyLT: cursor } } }),
    items: (data) => data,
  });
}
