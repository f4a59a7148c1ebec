// Walking a bundled spec by its local references: following a `#/...` $ref chain, and escaping a
// JSON-pointer segment (RFC 6901). Shared by the callback validators, the proxy and check-receiver.

/** How many local $refs in a row are followed before giving up (a cycle guard). */
const MAX_REF_HOPS = 10;

/** A JSON-pointer segment, `~` and `/` escaped. */
export const escapePointerSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

const unescapePointerSegment = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `value`, or what its chain of local `#/...` $refs points to in `document` (undefined if nowhere). */
// biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
export function followLocalRef(document: unknown, value: any): any {
  let current = value;
  for (let hops = 0; typeof current?.$ref === 'string' && current.$ref.startsWith('#/') && hops < MAX_REF_HOPS; hops++)
    current = current.$ref
      .slice(2)
      .split('/')
      .map(unescapePointerSegment)
      // biome-ignore lint/suspicious/noExplicitAny: as above
      .reduce((node: any, part: string) => node?.[part], document);
  return current;
}

/**
 * A copy of `schema` whose local `#/...` $refs point into the document registered (with ajv) as
 * `documentId`: a schema taken out of the spec, such as a query parameter's, can then be compiled
 * on its own and still reach the spec's components.
 */
export function absoluteRefs(documentId: string, schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item) => absoluteRefs(documentId, item));
  if (schema === null || typeof schema !== 'object') return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema))
    result[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? `${documentId}${value}`
        : absoluteRefs(documentId, value);
  return result;
}
