// @ts-check
// JSON pointers (RFC 6901): the one place their `~0`/`~1` escapes are written and read.

/** One reference token, escaped: `~` -> `~0`, then `/` -> `~1`. @param {string} token */
export const escapeToken = (token) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** One reference token, unescaped: `~1` -> `/`, then `~0` -> `~` (in that order, so `~01` stays `~1`). @param {string} token */
export const unescapeToken = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The unescaped tokens of a pointer: [] for "", ["a", "b/c"] for "/a/b~1c".
 * @param {string} pointer
 * @returns {string[]}
 */
export function parsePointer(pointer) {
  if (pointer === '') return [];
  if (typeof pointer !== 'string' || !pointer.startsWith('/'))
    throw new Error(`${JSON.stringify(pointer)} is not a JSON pointer ("" or "/name/...")`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** The pointer of these tokens: ["a", "b/c"] -> "/a/b~1c". @param {readonly string[]} tokens */
export const formatPointer = (tokens) => tokens.map((token) => `/${escapeToken(token)}`).join('');
