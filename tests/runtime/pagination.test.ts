import { describe, expect, it } from 'vitest';
import {
  paginate,
  paginatePages,
  PaginationError,
  parseLinkHeader,
  retryDelayFromHeaders,
  validateParameters,
} from '@messaging-contracts/runtime';

type Page = { items: number[]; next?: string };

function pages(book: Record<string, Page>) {
  const asked: Array<string | undefined> = [];
  const fetchPage = async (cursor: string | undefined) => {
    asked.push(cursor);
    const page = book[cursor ?? 'first'];
    if (!page) throw new Error(`no page ${cursor}`);
    return page;
  };
  return { asked, fetchPage };
}

describe('paginate', () => {
  it('yields every item of every page in order, fetching each page only when needed', async () => {
    const { asked, fetchPage } = pages({
      first: { items: [1, 2], next: 'p2' },
      p2: { items: [3], next: 'p3' },
      p3: { items: [] },
    });
    const iterator = paginate({ fetchPage, items: (page) => page.items, next: (page) => page.next });
    expect((await iterator.next()).value).toBe(1);
    expect(asked).toEqual([undefined]);
    const rest: number[] = [];
    for await (const item of iterator) rest.push(item);
    expect(rest).toEqual([2, 3]);
    expect(asked).toEqual([undefined, 'p2', 'p3']);
  });

  it('stops with PaginationError when the server repeats a cursor', async () => {
    const { fetchPage } = pages({ first: { items: [1], next: 'p2' }, p2: { items: [2], next: 'p2' } });
    const seen: number[] = [];
    const drain = async () => {
      for await (const item of paginate({ fetchPage, items: (page) => page.items, next: (page) => page.next }))
        seen.push(item);
    };
    await expect(drain()).rejects.toBeInstanceOf(PaginationError);
    expect(seen).toEqual([1, 2]);
  });

  it('stops after maxPages', async () => {
    const { asked, fetchPage } = pages({
      first: { items: [1], next: 'p2' },
      p2: { items: [2], next: 'p3' },
      p3: { items: [3] },
    });
    const all: Page[] = [];
    for await (const page of paginatePages({ fetchPage, next: (page) => page.next, maxPages: 2 })) all.push(page);
    expect(all).toHaveLength(2);
    expect(asked).toEqual([undefined, 'p2']);
  });
});

describe('parseLinkHeader', () => {
  it('reads several links, quoted and unquoted relations, and several relations in one', () => {
    const header =
      '<https://api.test/m?sortKeyLT=abc&size=25>; rel="next", <https://api.test/m?page=0>; rel=first, <https://api.test/m?x=1>; rel="prev previous"';
    expect(parseLinkHeader(header)).toEqual({
      next: 'https://api.test/m?sortKeyLT=abc&size=25',
      first: 'https://api.test/m?page=0',
      prev: 'https://api.test/m?x=1',
      previous: 'https://api.test/m?x=1',
    });
  });

  it('is empty for no header', () => {
    expect(parseLinkHeader(null)).toEqual({});
  });
});

describe('retryDelayFromHeaders', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [{ 'Retry-After': '30' }, 30_000],
    [{ 'Retry-After': 'Thu, 01 Jan 2026 00:01:00 GMT' }, 60_000],
    [{ 'X-RateLimit-Reset': String(now + 1500) }, 1_500],
    [{ 'X-RateLimit-Reset': String(now / 1000 + 2) }, 2_000],
    [{ 'X-RateLimit-Reset': String(now - 5000) }, 0],
    [{ 'Retry-After': 'soon' }, undefined],
    [{}, undefined],
  ])('%o → %s ms', (headers, expected) => {
    expect(retryDelayFromHeaders(new Headers(headers), now)).toBe(expected);
  });
});

describe('validateParameters', () => {
  const rules = {
    'GET /m': {
      operationId: 'list',
      query: {
        limit: { type: 'integer', minimum: 1, maximum: 10 },
        when: { type: 'string', format: 'date-time' },
        tn: { type: 'string', pattern: '^\\+?\\d{5,15}$' },
        flag: { type: 'boolean' },
      },
    },
  } as const;
  it.each([
    [{ limit: 0 }, 'limit', 'must be at least 1'],
    [{ limit: 11 }, 'limit', 'must be at most 10'],
    [{ limit: 1.5 }, 'limit', 'must be an integer'],
    [{ when: '14/09/2016' }, 'when', 'must be an RFC 3339 date-time'],
    [{ tn: '%2B15554443333' }, 'tn', 'must match'],
    [{ flag: 'yes' }, 'flag', 'must be true or false'],
  ])('%o is rejected, naming %s', (query, parameter, reason) => {
    expect(() => validateParameters(rules, 'GET', '/m', { query })).toThrow(
      expect.objectContaining({
        parameter,
        location: 'query',
        operation: 'list',
        message: expect.stringContaining(reason),
      }),
    );
  });

  it('accepts what the contract allows', () => {
    expect(() =>
      validateParameters(rules, 'GET', '/m', {
        query: { limit: 10, when: '2016-09-14T18:20:16.000Z', tn: '+15554443333', flag: false },
      }),
    ).not.toThrow();
  });
});
