/**
 * Generated from specs/bandwidth-messaging-v2/ (the `x-pagination` of its list operations) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import { paginateByBodyCursor, paginateByHeader, type ApiClient, type PageOptions } from '@messaging-contracts/runtime';
import type { components, operations, paths } from './openapi.js';

/** The query parameters of `listMessages` that paginateMessages takes (not `pageToken`: it pages by itself). */
export type ListMessagesQuery = Omit<NonNullable<operations['listMessages']['parameters']['query']>, 'pageToken'>;

/**
 * Every item of `listMessages` (GET /users/{accountId}/messages), page after page:
 * following the body's `/pageInfo/nextPageToken` cursor of each page (sent back as `pageToken`; where only `/pageInfo/nextPage` is given, its `pageToken`).
 * Each page is fetched only when the previous one has been consumed; a repeated cursor throws PaginationError.
 */
export function paginateMessages(
  client: ApiClient<paths>,
  params: { path: operations['listMessages']['parameters']['path']; query?: ListMessagesQuery },
  options: PageOptions = {},
): AsyncGenerator<components['schemas']['ListMessageItem'], void, undefined> {
  return paginateByBodyCursor({
    ...options,
    parameter: 'pageToken',
    fetchPage: (cursor: string | undefined) => client.GET('/users/{accountId}/messages', { params: { path: params.path, query: cursor === undefined ? params.query : { ...params.query, pageToken: cursor } } }),
    items: (data) => data.messages,
    nextCursor: (data) => data.pageInfo?.nextPageToken,
    nextLink: (data) => data.pageInfo?.nextPage,
  });
}

/**
 * Every item of `listMedia` (GET /users/{accountId}/media), page after page:
 * following the `Continuation-Token` response header (sent back as a request header) until a response has none or an empty page comes.
 * Each page is fetched only when the previous one has been consumed; a repeated cursor throws PaginationError.
 */
export function paginateMedia(
  client: ApiClient<paths>,
  params: { path: operations['listMedia']['parameters']['path'] },
  options: PageOptions = {},
): AsyncGenerator<components['schemas']['Media'], void, undefined> {
  return paginateByHeader({
    ...options,
    header: 'Continuation-Token',
    fetchPage: (cursor: string | undefined) => client.GET('/users/{accountId}/media', { params: { path: params.path, ...(cursor === undefined ? {} : { header: { 'Continuation-Token': cursor } }) } }),
    items: (data) => data,
  });
}
