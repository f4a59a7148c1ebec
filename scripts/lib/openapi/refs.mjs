// @ts-check
// The one `$ref` resolver of the generators: local refs (`#/...`) of a bundled document.
import { parsePointer } from './pointer.mjs';

/**
 * A resolver of the document's local `$ref`s. It follows a chain of refs to the value they name;
 * a ref to another file (the document should be bundled), to nothing, or in a cycle fails with an
 * error naming the ref and the file.
 * @param {any} document a bundled OpenAPI document
 * @param {string} file  the spec's file, for errors
 * @returns {(value: any) => any}
 */
export function refResolver(document, file) {
  return function resolve(value) {
    const seen = new Set();
    while (value && typeof value === 'object' && typeof value.$ref === 'string') {
      const ref = /** @type {string} */ (value.$ref);
      if (seen.has(ref)) throw new Error(`${file}: $ref ${ref} is circular (${[...seen, ref].join(' -> ')})`);
      seen.add(ref);
      if (!ref.startsWith('#'))
        throw new Error(`${file}: $ref ${ref} points into another file; the generators read the bundled spec`);
      /** @type {any} */
      let target = document;
      for (const token of parsePointer(ref.slice(1))) {
        target =
          target !== null && typeof target === 'object' && Object.hasOwn(target, token) ? target[token] : undefined;
        if (target === undefined) throw new Error(`${file}: $ref ${ref} points nowhere (no ${JSON.stringify(token)})`);
      }
      value = target;
    }
    return value;
  };
}
