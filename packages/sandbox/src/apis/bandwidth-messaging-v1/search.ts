// The message list (`GET /users/{userId}/messages`): a bare JSON array paged by `size` and the
// `Link: <...sortKeyLT=...>; rel="next"` header (Bandwidth/ap-docs methods/messages/getMessages.md;
// seed 002 documents `page`/`size`). Prism has validated each parameter's type and range.
import type { SandboxResponse, Violation } from '../../core/api-behaviour.js';
import { encodePath, encodeQuery, queryInteger, queryString, type Query } from '../shared/query.js';
import { badRequest } from './errors.js';
import { renderMessage, type StoredMessage } from './messages.js';

/** getMessages.md: size "default value is 25" (maximum 1000, checked by the spec). */
const DEFAULT_SIZE = 25;
const SORT_KEY = /^\d{19}$/;

export interface ListInput {
  readonly userId: string;
  readonly query: Query;
  readonly path: string;
  readonly baseUrl: string;
  readonly now: number;
}

export function listMessages(all: Iterable<StoredMessage>, input: ListInput): SandboxResponse {
  const { query } = input;
  const violations: Violation[] = [];
  const filters: ((message: StoredMessage) => boolean)[] = [(message) => message.userId === input.userId];
  for (const field of ['from', 'to', 'direction', 'state', 'deliveryState'] as const) {
    const value = queryString(query, field);
    if (value !== undefined) filters.push((message) => message[field] === value);
  }
  // The spec: fromDateTime "at or after", toDateTime "at or before" (both inclusive).
  for (const [name, keep] of [
    ['fromDateTime', (time: number, bound: number) => time >= bound],
    ['toDateTime', (time: number, bound: number) => time <= bound],
  ] as const) {
    const value = queryString(query, name);
    if (value === undefined) continue;
    const bound = Date.parse(value);
    if (Number.isNaN(bound)) violations.push({ location: 'query', field: name, message: 'must be a date-time' });
    else filters.push((message) => keep(message.createdAt, bound));
  }
  // getMessages.md says both "Messages are returned newest first" and that sortOrder's default is
  // `asc`; the sandbox returns newest first by default, which is what the `sortKeyLT` ("less
  // than") paging key implies. With sortOrder=asc, the key marks where the next page starts going up.
  const ascending = queryString(query, 'sortOrder') === 'asc';
  const sortKeyLT = queryString(query, 'sortKeyLT');
  if (sortKeyLT !== undefined) {
    if (!SORT_KEY.test(sortKeyLT))
      violations.push({
        location: 'query',
        field: 'sortKeyLT',
        message: 'is not a paging key from a Link header of this sandbox',
      });
    else filters.push((message) => (ascending ? message.sortKey > sortKeyLT : message.sortKey < sortKeyLT));
  }
  if (violations.length > 0) return badRequest(violations, 'listMessages');

  const matches = [...all].filter((message) => filters.every((filter) => filter(message)));
  matches.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0) * (ascending ? 1 : -1));
  const size = queryInteger(query, 'size') ?? DEFAULT_SIZE;
  // `page` (seed 002, default 0) counts pages from the start; after a Link it is not used.
  const offset = sortKeyLT === undefined ? (queryInteger(query, 'page') ?? 0) * size : 0;
  const page = matches.slice(offset, offset + size);
  const last = page[page.length - 1];
  const headers: Record<string, string> = {};
  if (last && offset + size < matches.length) {
    const rest = encodeQuery(query, ['page', 'sortKeyLT']);
    headers.Link = `<${input.baseUrl}${encodePath(input.path)}?${rest ? `${rest}&` : ''}sortKeyLT=${last.sortKey}>; rel="next"`;
  }
  return { status: 200, headers, body: page.map((message) => renderMessage(message, input.now)) };
}
