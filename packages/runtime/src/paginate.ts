import { PaginationError } from './errors.js';

export interface PaginateOptions<TPage, TItem, TCursor extends string | number> {
  /** Fetch one page; `cursor` is undefined for the first. */
  fetchPage: (cursor: TCursor | undefined) => Promise<TPage>;
  /** The items of a page. */
  items: (page: TPage) => Iterable<TItem> | undefined;
  /** The cursor of the page after `page`, or undefined at the end. */
  next: (page: TPage, cursor: TCursor | undefined) => TCursor | undefined;
  /**
   * Stop quietly after this many pages. Without it, a listing that is still going after
   * DEFAULT_MAX_PAGES (1 000) pages throws PaginationError rather than run on forever or stop
   * silently short; pass `maxPages: Infinity` to lift the cap.
   */
  maxPages?: number;
}

/** The page cap of a listing that sets no `maxPages`. */
export const DEFAULT_MAX_PAGES = 1000;

/**
 * Every page of a listing, fetched lazily one at a time. Throws PaginationError if the server
 * hands back a cursor it already gave, which would otherwise loop forever, or (without `maxPages`)
 * if it still has more after DEFAULT_MAX_PAGES pages.
 */
export async function* paginatePages<TPage, TCursor extends string | number>(
  options: Omit<PaginateOptions<TPage, never, TCursor>, 'items'>,
): AsyncGenerator<TPage, void, undefined> {
  const seen = new Set<TCursor>();
  const explicit = options.maxPages !== undefined;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (typeof maxPages !== 'number' || Number.isNaN(maxPages) || maxPages < 1)
    throw new RangeError(`maxPages must be a number of at least 1, got ${String(maxPages)}`);
  let cursor: TCursor | undefined;
  for (let count = 1; ; count++) {
    const page = await options.fetchPage(cursor);
    yield page;
    const next = options.next(page, cursor);
    if (next === undefined) return;
    if (count >= maxPages) {
      if (explicit) return;
      throw new PaginationError(
        `The listing still had more after ${DEFAULT_MAX_PAGES} pages, the default cap; pass maxPages (e.g. Infinity) to read further`,
      );
    }
    // The cursor itself is not shown: it is the server's, and may be long.
    if (seen.has(next))
      throw new PaginationError(
        `The server returned a cursor it had already given (after ${count} pages); stopping to avoid an endless loop`,
      );
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
