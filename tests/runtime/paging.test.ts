// The runtime's paginators per paging style (the generated `paginate*` functions call them; the
// client tests cover them end to end against each API's pages).
import { describe, expect, it } from 'vitest';
import {
  paginateByBodyCursor,
  paginateByHeader,
  paginateByLinkHeader,
  paginateByOffset,
  PaginationError,
  pathSerializerFor,
  type ApiResult,
} from '@messaging-contracts/runtime';

/** A response as a page's fetch returns it: only its headers and URL are read. */
function result<T>(
  data: T,
  headers: Record<string, string> = {},
  url = 'https://api.example.test/v1/items',
): ApiResult<T> {
  return { data, response: { headers: new Headers(headers), url } as Response };
}

/** A listing the test controls: the answer to each cursor ("first" for none), and the cursors asked for, in order. */
function book<T>(answers: Record<string, ApiResult<T>>) {
  const asked: Array<string | number | undefined> = [];
  const fetchPage = async (cursor: string | number | undefined) => {
    asked.push(cursor);
    const answer = answers[cursor === undefined ? 'first' : String(cursor)];
    if (!answer) throw new Error(`no page for ${String(cursor)}`);
    return answer;
  };
  return { asked, fetchPage };
}

async function all<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

type CursorPage = { items?: number[]; info?: { next?: string | null; link?: string } };

describe('paginateByBodyCursor', () => {
  const page = (items: number[], info: CursorPage['info']) => result<CursorPage>({ items, info });
  const options = {
    parameter: 'pageToken',
    items: (data: CursorPage) => data.items,
    nextCursor: (data: CursorPage) => data.info?.next,
    nextLink: (data: CursorPage) => data.info?.link,
  };

  it("follows the cursor in the body, and a next link's parameter where the body has no cursor", async () => {
    const { asked, fetchPage } = book({
      first: page([1, 2], { next: 'p2' }),
      p2: page([3], { link: '/v1/items?pageToken=p3&limit=2' }),
      p3: page([4], { next: '' }),
    });
    expect(await all(paginateByBodyCursor({ ...options, fetchPage }))).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'p2', 'p3']);
  });

  it('ends at a null cursor, and at a next link that is no URL or has no cursor', async () => {
    for (const info of [{ next: null }, { link: 'http://[' }, { link: 'https://api.example.test/v1/items?limit=2' }]) {
      const { asked, fetchPage } = book({ first: page([1], info) });
      expect(await all(paginateByBodyCursor({ ...options, fetchPage }))).toEqual([1]);
      expect(asked).toEqual([undefined]);
    }
  });

  it('stops with PaginationError when the body repeats a cursor, and quietly at maxPages', async () => {
    const { fetchPage } = book({ first: page([1], { next: 'p2' }), p2: page([2], { next: 'p2' }) });
    await expect(all(paginateByBodyCursor({ ...options, fetchPage }))).rejects.toBeInstanceOf(PaginationError);
    expect(await all(paginateByBodyCursor({ ...options, fetchPage, maxPages: 1 }))).toEqual([1]);
  });
});

describe('paginateByLinkHeader', () => {
  const options = { parameter: 'sortKeyLT', items: (data: number[]) => data };

  it('takes the rel="next" link\'s parameter, resolving a relative link against the page\'s URL, until no link comes', async () => {
    const { asked, fetchPage } = book({
      first: result([1, 2], { link: '<https://api.example.test/v1/items?sortKeyLT=k2&size=2>; rel="next"' }),
      k2: result([3], { link: '<?sortKeyLT=k3>; rel="next", <https://api.example.test/v1/items>; rel="first"' }),
      k3: result([4], { link: '<https://api.example.test/v1/items>; rel="first"' }),
    });
    expect(await all(paginateByLinkHeader({ ...options, fetchPage }))).toEqual([1, 2, 3, 4]);
    expect(asked).toEqual([undefined, 'k2', 'k3']);
  });

  it('throws PaginationError for a next link that is no URL, rather than end short', async () => {
    const { fetchPage } = book({ first: result([1], { link: '<http://[>; rel="next"' }) });
    await expect(all(paginateByLinkHeader({ ...options, fetchPage }))).rejects.toBeInstanceOf(PaginationError);
  });
});

describe('paginateByOffset', () => {
  const options = { items: (data: { list: number[] }) => data.list };

  it('starts at offset 0, advances by the items received and ends at a short page', async () => {
    const { asked, fetchPage } = book({
      0: result({ list: [1, 2] }),
      2: result({ list: [3, 4] }),
      4: result({ list: [5] }),
    });
    expect(await all(paginateByOffset({ ...options, pageSize: 2, fetchPage }))).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([0, 2, 4]);
  });

  it('ends at an empty page after full ones', async () => {
    const { asked, fetchPage } = book({ 0: result({ list: [1, 2] }), 2: result({ list: [] as number[] }) });
    expect(await all(paginateByOffset({ ...options, pageSize: 2, fetchPage }))).toEqual([1, 2]);
    expect(asked).toEqual([0, 2]);
  });

  it('refuses a page size that is not a positive integer', () => {
    for (const pageSize of [0, -1, 1.5, Number.NaN]) {
      expect(() => paginateByOffset({ ...options, pageSize, fetchPage: async () => result({ list: [] }) })).toThrow(
        RangeError,
      );
    }
  });
});

describe('paginateByHeader', () => {
  const options = { header: 'Continuation-Token', items: (data: string[]) => data };

  it("sends back the response header's cursor until a response has none", async () => {
    const { asked, fetchPage } = book({
      first: result(['a', 'b'], { 'continuation-token': 't2' }),
      t2: result(['c'], { 'continuation-token': '' }),
    });
    expect(await all(paginateByHeader({ ...options, fetchPage }))).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual([undefined, 't2']);
  });

  it('ends at an empty page even when it names a cursor', async () => {
    const { asked, fetchPage } = book({
      first: result(['a'], { 'continuation-token': 't2' }),
      t2: result([] as string[], { 'continuation-token': 't3' }),
    });
    expect(await all(paginateByHeader({ ...options, fetchPage }))).toEqual(['a']);
    expect(asked).toEqual([undefined, 't2']);
  });
});

describe('pathSerializerFor', () => {
  it('keeps the slashes of the named parameters only, encoding each part once', () => {
    const serialize = pathSerializerFor(['mediaId']);
    expect(serialize('/users/{accountId}/media/{mediaId}', { accountId: 'a/b c', mediaId: 'x y/0/ü.png' })).toBe(
      '/users/a%2Fb%20c/media/x%20y/0/%C3%BC.png',
    );
    expect(serialize('/users/{accountId}', {})).toBe('/users/{accountId}');
  });
});
