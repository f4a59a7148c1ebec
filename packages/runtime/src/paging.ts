// One paginator per paging style an API may use. Generated code picks the style from the spec's
// `x-pagination` extension on a list operation and supplies typed accessors; these functions hold
// the logic every API of that style shares (where the next cursor comes from, when a listing ends).
import type { ApiResult } from './client.js';
import { parseLinkHeader, resolveLink } from './link-header.js';
import { paginate } from './paginate.js';

/** What a caller may set on any listing. */
export interface PageOptions {
  /**
   * Stop quietly after this many pages. Without it, a listing still going after DEFAULT_MAX_PAGES
   * pages throws PaginationError; pass `Infinity` to lift the cap.
   */
  maxPages?: number;
}

interface Listing<TData, TItem, TCursor> extends PageOptions {
  /** One request; `cursor` is undefined for the first page. */
  fetchPage: (cursor: TCursor | undefined) => Promise<ApiResult<TData>>;
  /** The items of a page's body. */
  items: (data: TData) => readonly TItem[] | null | undefined;
}

type Cursor = string | null | undefined;

/** A cursor the server left out, or sent as null or "", means there is no next page. */
function present(cursor: Cursor): string | undefined {
  return cursor === null || cursor === undefined || cursor === '' ? undefined : cursor;
}

/** The value of query parameter `name` in a URL, absolute or relative to `base` (the page's URL). */
function queryValue(link: string, name: string, base: string): string | undefined {
  return present(resolveLink(link, base).searchParams.get(name));
}

/** A next-page URL in a body is a fallback for the cursor: one that is not a URL names no page. */
function cursorOfLink(link: Cursor, name: string, base: string): string | undefined {
  const target = present(link);
  if (target === undefined) return undefined;
  try {
    return queryValue(target, name, base);
  } catch {
    return undefined;
  }
}

/**
 * A listing whose body names the next page's cursor (e.g. `pageInfo.nextPageToken`), sent back as
 * the query parameter `parameter`. Where the body gives only a next-page URL (`nextLink`), its
 * `parameter` query value is the cursor.
 */
export function paginateByBodyCursor<TData, TItem>(
  options: Listing<TData, TItem, string> & {
    parameter: string;
    nextCursor: (data: TData) => Cursor;
    nextLink?: (data: TData) => Cursor;
  },
): AsyncGenerator<TItem, void, undefined> {
  const { fetchPage, items, parameter, nextCursor, nextLink, ...pageOptions } = options;
  return paginate<ApiResult<TData>, TItem, string>({
    ...pageOptions,
    fetchPage,
    items: (page) => items(page.data) ?? undefined,
    next: (page) =>
      present(nextCursor(page.data)) ??
      (nextLink ? cursorOfLink(nextLink(page.data), parameter, page.response.url) : undefined),
  });
}

/**
 * A listing whose response names the next page in a `Link: <…>; rel="next"` header (RFC 8288); the
 * cursor is that URL's `parameter` query value, so the next request goes to the client's own base
 * URL (a mock or proxy keeps working) with the caller's other parameters. No link: the last page.
 */
export function paginateByLinkHeader<TData, TItem>(
  options: Listing<TData, TItem, string> & { parameter: string },
): AsyncGenerator<TItem, void, undefined> {
  const { fetchPage, items, parameter, ...pageOptions } = options;
  return paginate<ApiResult<TData>, TItem, string>({
    ...pageOptions,
    fetchPage,
    items: (page) => items(page.data) ?? undefined,
    next: (page) => {
      const next = parseLinkHeader(page.response.headers.get('link')).next;
      // A relative target is resolved against the URL of the page that named it (RFC 8288); one
      // that is no URL at all throws PaginationError rather than end the listing silently short.
      return next ? queryValue(next, parameter, page.response.url) : undefined;
    },
  });
}

/**
 * A listing paged by an offset: the first page is at offset 0, each next one advances by the items
 * received, and a page shorter than `pageSize` (the limit the caller asked for, or the API's
 * default) is the last.
 */
export function paginateByOffset<TData, TItem>(
  options: Omit<Listing<TData, TItem, number>, 'fetchPage'> & {
    fetchPage: (offset: number) => Promise<ApiResult<TData>>;
    pageSize: number;
  },
): AsyncGenerator<TItem, void, undefined> {
  const { fetchPage, items, pageSize, ...pageOptions } = options;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${String(pageSize)}`);
  return paginate<{ offset: number; items: readonly TItem[] }, TItem, number>({
    ...pageOptions,
    fetchPage: async (offset = 0) => ({ offset, items: items((await fetchPage(offset)).data) ?? [] }),
    items: (page) => page.items,
    next: (page) => (page.items.length < pageSize ? undefined : page.offset + page.items.length),
  });
}

/**
 * A listing whose response carries the next page's cursor in the header `header`, sent back as a
 * request header of the same name, until a response has none. An empty page also ends it (a server
 * may name a cursor for a page with nothing in it).
 */
export function paginateByHeader<TData, TItem>(
  options: Listing<TData, TItem, string> & { header: string },
): AsyncGenerator<TItem, void, undefined> {
  const { fetchPage, items, header, ...pageOptions } = options;
  return paginate<{ items: readonly TItem[]; cursor: string | undefined }, TItem, string>({
    ...pageOptions,
    fetchPage: async (cursor) => {
      const { data, response } = await fetchPage(cursor);
      return { items: items(data) ?? [], cursor: present(response.headers.get(header)) };
    },
    items: (page) => page.items,
    next: (page) => (page.items.length === 0 ? undefined : page.cursor),
  });
}
