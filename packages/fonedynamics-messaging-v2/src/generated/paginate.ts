/**
 * Generated from specs/fonedynamics-messaging-v2/ (the `x-pagination` of its list operations) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import { paginateByOffset, type ApiClient, type PageOptions } from '@messaging-contracts/runtime';
import type { components, operations, paths } from './openapi.js';

/** The query parameters of `searchMessages` that paginateMessages takes (not `Results_Skip`: it pages by itself). */
export type SearchMessagesQuery = Omit<NonNullable<operations['searchMessages']['parameters']['query']>, 'Results_Skip'>;

/**
 * Every item of `searchMessages` (GET /v2/Properties/{PropertySid}/Messages), page after page:
 * advancing `Results_Skip` by the items received; a page shorter than `Results_Count` (default 200) is the last.
 * Each page is fetched only when the previous one has been consumed; a repeated cursor throws PaginationError.
 */
export function paginateMessages(
  client: ApiClient<paths>,
  params: { path: operations['searchMessages']['parameters']['path']; query: SearchMessagesQuery },
  options: PageOptions = {},
): AsyncGenerator<components['schemas']['MessageResource'], void, undefined> {
  return paginateByOffset({
    ...options,
    pageSize: params.query?.Results_Count ?? 200,
    fetchPage: (offset: number) => client.GET('/v2/Properties/{PropertySid}/Messages', { params: { path: params.path, query: { ...params.query, Results_Skip: offset } } }),
    items: (data) => data.Messages,
  });
}
