// Message search (`GET /users/{accountId}/messages`): every filter of seed 000 and seed 001, sort,
// and pageToken paging with `pageInfo`. Prism has validated each parameter's type and pattern.
import type { SandboxResponse, Violation } from '../../core/api-behaviour.js';
import { decodePageToken, encodePageToken } from '../shared/paging.js';
import {
  encodePath,
  encodeQuery,
  queryBoolean,
  queryInteger,
  queryString,
  searchFingerprint,
  type Query,
} from '../shared/query.js';
import { badRequest } from './errors.js';
import { LIST_ITEM_FIELDS, renderListItem, type RecipientState, type StoredMessage } from './messages.js';

interface Row {
  readonly message: StoredMessage;
  readonly recipient: RecipientState;
}

/** One field of a row, as the search row (ListMessageItem) shows it. */
function fieldValue(row: Row, field: string): unknown {
  return LIST_ITEM_FIELDS[field]?.(row.message, row.recipient);
}

/** Seed 001: `limit` defaults to 100, at most 10000; `limitTotalCount` caps totalCount at 10,000. */
const DEFAULT_LIMIT = 100;
const TOTAL_COUNT_CAP = 10_000;
/** Paging parameters: not part of what a page token is bound to. */
const PAGING = ['pageToken', 'limit', 'limitTotalCount'];

/**
 * A phone number filter (spec: one full number, up to 10 comma-separated full numbers, or one
 * partial number of at least 5 characters such as `+1919`). A list matches exactly; a single
 * value matches as a prefix, which covers both a full and a partial number (the sandbox's reading
 * of "partial"). A leading `+` is optional on both sides.
 */
function numberMatches(value: unknown, filter: string): boolean {
  if (typeof value !== 'string') return false;
  const digits = (number: string) => number.replace(/^\+/, '');
  if (filter.includes(',')) return filter.split(',').some((entry) => digits(entry) === digits(value));
  return digits(value).startsWith(digits(filter));
}

type Filter = (row: Row) => boolean;

function equals(field: string, expected: unknown, caseInsensitive = false): Filter {
  return (row) => {
    const actual = fieldValue(row, field);
    if (caseInsensitive && typeof actual === 'string' && typeof expected === 'string')
      return actual.toUpperCase() === expected.toUpperCase();
    return actual === expected;
  };
}

function atLeast(field: string, minimum: number): Filter {
  return (row) => {
    const value = fieldValue(row, field);
    return typeof value === 'number' && value >= minimum;
  };
}

function atMost(field: string, maximum: number): Filter {
  return (row) => {
    const value = fieldValue(row, field);
    return typeof value === 'number' && value <= maximum;
  };
}

/** The filters a query asks for (each documented filter; a bad value is a violation). */
function filtersOf(query: Query, violations: Violation[]): Filter[] {
  const filters: Filter[] = [];
  for (const field of [
    'messageId',
    'messageStatus',
    'messageDirection',
    'messageType',
    'carrierName',
    'campaignId',
    'product',
    'location',
  ]) {
    const value = queryString(query, field);
    if (value !== undefined) filters.push(equals(field, value));
  }
  for (const field of ['callingNumberCountryA3', 'calledNumberCountryA3']) {
    const value = queryString(query, field);
    if (value !== undefined) filters.push(equals(field, value, true));
  }
  for (const field of ['sourceTn', 'destinationTn']) {
    const value = queryString(query, field);
    if (value !== undefined) filters.push((row) => numberMatches(fieldValue(row, field), value));
  }
  const errorCode = queryInteger(query, 'errorCode');
  if (errorCode !== undefined) filters.push(equals('errorCode', errorCode));

  // Seed 000: the date range "uses the message receive time". Both ends are inclusive (the sandbox's
  // choice). Its "The date range to search in is currently 14 days" is not enforced: the document
  // does not say whether it limits the range asked for or how far back messages are kept.
  for (const [name, compare] of [
    ['fromDateTime', (time: number, bound: number) => time >= bound],
    ['toDateTime', (time: number, bound: number) => time <= bound],
  ] as const) {
    const value = queryString(query, name);
    if (value === undefined) continue;
    const bound = Date.parse(value);
    if (Number.isNaN(bound))
      violations.push({ location: 'query', field: name, message: 'must be an ISO 8601 date-time' });
    else filters.push(({ message }) => compare(message.receivedAt, bound));
  }

  // Latency metrics are null in the sandbox (no Advanced Quality Metrics), so these match nothing.
  const ranges: [string, string, (field: string, bound: number) => Filter][] = [
    ['fromBwLatency', 'bwLatency', atLeast],
    ['fromCarrierLatency', 'carrierLatency', atLeast],
    ['fromSegmentCount', 'segmentCount', atLeast],
    ['toSegmentCount', 'segmentCount', atMost],
    ['fromMessageSize', 'messageSize', atLeast],
    ['toMessageSize', 'messageSize', atMost],
  ];
  for (const [parameter, field, make] of ranges) {
    const value = queryInteger(query, parameter);
    if (value !== undefined) filters.push(make(field, value));
  }

  // "Queued in the Bandwidth network" / "in the carrier network": the sandbox's reading is a
  // message not yet handed to the carrier (RECEIVED, QUEUED) and an outbound one sent but not
  // yet final (SENT).
  const bwQueued = queryBoolean(query, 'bwQueued');
  if (bwQueued !== undefined)
    filters.push(({ recipient }) => (recipient.status === 'RECEIVED' || recipient.status === 'QUEUED') === bwQueued);
  const carrierQueued = queryBoolean(query, 'carrierQueued');
  if (carrierQueued !== undefined)
    filters.push(
      ({ message, recipient }) => (message.direction === 'out' && recipient.status === 'SENT') === carrierQueued,
    );
  return filters;
}

type Comparator = (a: Row, b: Row) => number;

/** Every field of a search row (ListMessageItem) can be sorted by. */
const SORTABLE: ReadonlySet<string> = new Set(Object.keys(LIST_ITEM_FIELDS));

function compareValues(a: unknown, b: unknown): number {
  // Nulls sort last in either direction.
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** `sort=field:asc|desc` (the spec's pattern); by default most recent first by receive time (seed 000). */
function comparatorOf(query: Query, sortable: ReadonlySet<string>, violations: Violation[]): Comparator {
  const sort = queryString(query, 'sort') ?? 'receiveTime:desc';
  const [field = '', direction = 'desc'] = sort.split(':');
  if (!sortable.has(field)) {
    violations.push({
      location: 'query',
      field: 'sort',
      message: `cannot sort by '${field}'; sortable fields are ${[...sortable].join(', ')}`,
    });
  }
  const sign = direction === 'asc' ? 1 : -1;
  const byTime = (a: Row, b: Row) =>
    a.message.receivedAt - b.message.receivedAt ||
    a.message.sequence - b.message.sequence ||
    a.message.recipients.indexOf(a.recipient) - b.message.recipients.indexOf(b.recipient);
  if (field === 'receiveTime') return (a, b) => sign * byTime(a, b);
  return (a, b) => {
    const left = fieldValue(a, field);
    const right = fieldValue(b, field);
    const primary = compareValues(left, right);
    if (primary === 0) return -byTime(a, b); // ties keep the default order, most recent first
    const nullInvolved = left === null || left === undefined || right === null || right === undefined;
    return nullInvolved ? primary : sign * primary;
  };
}

export interface SearchInput {
  readonly accountId: string;
  readonly query: Query;
  /** The request's path, so paging links repeat it. */
  readonly path: string;
  readonly baseUrl: string;
}

export function searchMessages(all: Iterable<StoredMessage>, input: SearchInput): SandboxResponse {
  const { query } = input;
  const violations: Violation[] = [];
  // The search page: "Include at least one query parameter".
  if (Object.keys(query).length === 0) {
    return badRequest([
      { location: 'query', field: '', message: 'must include at least one query parameter (for example limit)' },
    ]);
  }
  const filters = filtersOf(query, violations);
  const rows: Row[] = [];
  for (const message of all) {
    if (message.accountId !== input.accountId) continue;
    for (const recipient of message.recipients) {
      const row = { message, recipient };
      if (filters.every((filter) => filter(row))) rows.push(row);
    }
  }
  const comparator = comparatorOf(query, SORTABLE, violations);

  const search = searchFingerprint(query, PAGING);
  let offset = 0;
  const pageToken = queryString(query, 'pageToken');
  if (pageToken !== undefined) {
    const token = decodePageToken(pageToken, search);
    if ('problem' in token) violations.push({ location: 'query', field: 'pageToken', message: token.problem });
    else offset = token.offset;
  }
  if (violations.length > 0) return badRequest(violations);

  rows.sort(comparator);
  const limit = queryInteger(query, 'limit') ?? DEFAULT_LIMIT;
  const page = rows.slice(offset, offset + limit);
  const link = (pageOffset: number) => {
    const token = encodePageToken({ offset: pageOffset, search });
    const rest = encodeQuery(query, ['pageToken']);
    return { token, url: `${input.baseUrl}${encodePath(input.path)}?${rest ? `${rest}&` : ''}pageToken=${token}` };
  };
  const pageInfo: Record<string, string> = {};
  const links: string[] = [];
  if (offset + limit < rows.length) {
    const next = link(offset + limit);
    Object.assign(pageInfo, { nextPage: next.url, nextPageToken: next.token });
    links.push(`<${next.url}>; rel="next"`);
  }
  if (offset > 0) {
    const previous = link(Math.max(0, offset - limit));
    Object.assign(pageInfo, { prevPage: previous.url, prevPageToken: previous.token });
    links.push(`<${previous.url}>; rel="prev"`);
  }
  const totalCount =
    queryBoolean(query, 'limitTotalCount') === true ? Math.min(rows.length, TOTAL_COUNT_CAP) : rows.length;
  return {
    status: 200,
    ...(links.length > 0 ? { headers: { Link: links.join(', ') } } : {}),
    body: { totalCount, pageInfo, messages: page.map((row) => renderListItem(row.message, row.recipient)) },
  };
}
