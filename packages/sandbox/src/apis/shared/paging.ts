// Offset page tokens bound to the search they came from. Opaque to users (base64url JSON), as the
// providers' tokens are; a token replayed on another search, or not made by the sandbox, is
// refused instead of silently answering the wrong page.

export interface PageToken {
  /** Index of the first item of the page. */
  readonly offset: number;
  /** `searchFingerprint` of the search that made the token. */
  readonly search: string;
}

export function encodePageToken(token: PageToken): string {
  return Buffer.from(JSON.stringify({ o: token.offset, s: token.search }), 'utf8').toString('base64url');
}

/** The token, or a reason it is not one of this search's tokens. */
export function decodePageToken(value: string, search: string): PageToken | { readonly problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return { problem: 'is not a page token this sandbox issued' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { problem: 'is not a page token this sandbox issued' };
  const { o: offset, s: tokenSearch } = parsed as { o?: unknown; s?: unknown };
  if (!Number.isSafeInteger(offset) || (offset as number) < 0 || typeof tokenSearch !== 'string') {
    return { problem: 'is not a page token this sandbox issued' };
  }
  if (tokenSearch !== search) return { problem: 'belongs to a search with other filters or sort' };
  return { offset: offset as number, search };
}
