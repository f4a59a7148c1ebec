import { PaginationError } from './errors.js';
import { safeUrl } from './request-checks.js';

/**
 * The links of an RFC 8288 `Link` header by relation, e.g. `{ next: 'https://…' }`.
 * Several headers arrive joined by ", " (as `Headers.get` joins them); each is parsed.
 */
export function parseLinkHeader(value: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  // <url> followed by its parameters: ; name, ; name=token or ; name="quoted, maybe with commas"
  const linkPattern = /<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,]*))?)*)/g;
  for (const [, url, rawParams] of value.matchAll(linkPattern)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(rawParams ?? '');
    const relations = (rel?.[1] ?? rel?.[2] ?? '').split(/\s+/).filter(Boolean);
    for (const relation of relations) links[relation.toLowerCase()] ??= url ?? '';
  }
  return links;
}

/**
 * A Link target as a URL: RFC 8288 allows a relative reference, resolved against the URL of the
 * response that carried it (`base`). Throws PaginationError when it is not a URL even so.
 */
export function resolveLink(target: string, base: string): URL {
  try {
    return new URL(target, base || undefined);
  } catch {
    throw new PaginationError(
      `The server's Link header names a next page that is not a URL, even relative to ${safeUrl(base) || 'the request URL'}`,
    );
  }
}
