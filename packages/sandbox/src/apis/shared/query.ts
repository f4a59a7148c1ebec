// Reading validated query parameters. Prism has already checked types and ranges, so these only
// pick the value and convert it; a repeated key takes its last value (the sandbox's choice).

export type Query = Readonly<Record<string, string | readonly string[]>>;

export function queryString(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[value.length - 1];
}

export function queryInteger(query: Query, name: string): number | undefined {
  const value = queryString(query, name);
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

export function queryBoolean(query: Query, name: string): boolean | undefined {
  const value = queryString(query, name);
  if (value === undefined) return undefined;
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** The query again, minus some keys, as an encoded query string (each value encoded once). */
export function encodeQuery(query: Query, without: readonly string[] = []): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (without.includes(name)) continue;
    for (const item of typeof value === 'string' ? [value] : value) search.append(name, item);
  }
  return search.toString().replace(/\+/g, '%20');
}

/** A stable fingerprint of a search (its filters and sort), so a page token cannot be replayed on another search. */
export function searchFingerprint(query: Query, without: readonly string[]): string {
  const canonical = Object.keys(query)
    .filter((name) => !without.includes(name))
    .sort()
    .map((name) => `${name}=${JSON.stringify(query[name])}`)
    .join('&');
  // FNV-1a, 32 bit: short and good enough to tell two searches apart.
  let hash = 0x811c9dc5;
  for (let index = 0; index < canonical.length; index += 1) {
    hash ^= canonical.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A decoded path again as a URL path, each segment encoded once (`+` -> `%2B`). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
