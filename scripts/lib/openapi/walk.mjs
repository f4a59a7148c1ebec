// @ts-check
// One walk over a document's operations: every operation of `paths` and of `webhooks`, with its
// path item resolved and its path-level parameters merged in (an operation's own parameter of the
// same name and location wins, as OpenAPI says).
import { HTTP_METHODS } from './methods.mjs';

/**
 * @typedef {object} OperationEntry
 * @property {'path' | 'webhook'} kind
 * @property {string} key             the path ("/messages/{id}") or the webhook's name
 * @property {string} method          lower case, e.g. "post"
 * @property {string} label           e.g. "POST /messages" or "webhooks.messageStatus.post"
 * @property {any} item               the path item, resolved
 * @property {any} operation
 * @property {any[]} parameters       path-level, then operation-level, each resolved
 */

/**
 * @param {any} document
 * @param {(value: any) => any} resolve
 * @param {'paths' | 'webhooks'} section
 * @returns {OperationEntry[]}
 */
export function operationsIn(document, resolve, section) {
  /** @type {OperationEntry[]} */
  const found = [];
  for (const [key, itemRef] of Object.entries(document?.[section] ?? {})) {
    const item = resolve(itemRef);
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map(resolve);
      const inherited = (item.parameters ?? [])
        .map(resolve)
        .filter(
          (/** @type {any} */ parameter) =>
            !own.some((/** @type {any} */ mine) => mine?.name === parameter?.name && mine?.in === parameter?.in),
        );
      found.push({
        kind: section === 'paths' ? 'path' : 'webhook',
        key,
        method,
        label: section === 'paths' ? `${method.toUpperCase()} ${key}` : `webhooks.${key}.${method}`,
        item,
        operation,
        parameters: [...inherited, ...own],
      });
    }
  }
  return found;
}
