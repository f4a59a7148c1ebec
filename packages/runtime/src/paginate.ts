import { PaginationError } from './errors.js';

export interface PaginateOptions<TPage, TItem, TCursor extends string | number> {
  /** Fetch one page; `cursor` is undefined for the first. */
  fetchPage: (cursor: TCursor | undefined) => Promise<TPage>;
  /** The items of a page. */
  items: (page: TPage) => Iterable<TItem> | undefined;
  /** The cursor of the page after `page`, or undefined at the end. */
  next: (page: TPage, cursor: TCursor | undefined) => TCursor | undefined;
  /** Stop after this many pages (a safety net). Default: no limit. */
  maxPages?: number;
}

/**
 * Every page of a listing, fetched lazily one at a time. Throws PaginationError if the server
 * hands back a cursor it already gave, which would otherwise loop forever.
 */
export async function* paginatePages<TPage, TCursor extends string | number>(
  options: Omit<PaginateOptions<TPage, never, TCursor>, 'items'>,
): AsyncGenerator<TPage, void, undefined> {
  const seen = new Set<TCursor>();
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;
  let cursor: TCursor | undefined;
  for (let count = 0; count < maxPages; count++) {
    const page = await options.fetchPage(cursor);
    yield page;
    const next = options.next(page, cursor);
    if (next === undefined) return;
    if (seen.has(next)) throw new PaginationError(`The server returned cursor ${JSON.stringify(next)} a second time; stopping to avoid an endless loop`);
    seen.add(next);
    cursor = next;
  }
}

/** Every item of every page, in order, fetching the next page only when needed. */
export async function* paginate<TPage, TItem, TCursor extends string | number>(
  options: PaginateOptions<TPage, TItem, TCursor>,
): AsyncGenerator<TItem, void, undefined> {
  for await (const page of paginatePages(options)) {
    yield* options.items(page) ?? [];
  }
}
