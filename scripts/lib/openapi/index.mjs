// @ts-check
// The OpenAPI model the generators share: the bundled document, walked once. Every reader of a
// spec in scripts/lib takes its method list, `$ref` resolver, JSON pointers and operation walk
// from here.
import { relative } from 'node:path';
import { repoRoot } from '../apis.mjs';
import { bundleSpec } from '../spec.mjs';
import { refResolver } from './refs.mjs';
import { operationsIn } from './walk.mjs';

export { HTTP_METHODS } from './methods.mjs';
export { escapeToken, formatPointer, parsePointer, unescapeToken } from './pointer.mjs';
export { refResolver } from './refs.mjs';
export { operationsIn } from './walk.mjs';

/**
 * @typedef {object} SpecModel
 * @property {any} document                                  bundled (local `$ref`s kept)
 * @property {string} file                                   the entry file, relative to the repository
 * @property {(value: any) => any} resolve                   follows local `$ref`s
 * @property {import('./walk.mjs').OperationEntry[]} operations  every operation of `paths`
 * @property {import('./walk.mjs').OperationEntry[]} webhooks    every operation of `webhooks`
 */

/**
 * @param {any} document a bundled document
 * @param {string} file
 * @returns {SpecModel}
 */
export function specModel(document, file) {
  const resolve = refResolver(document, file);
  return {
    document,
    file,
    resolve,
    operations: operationsIn(document, resolve, 'paths'),
    webhooks: operationsIn(document, resolve, 'webhooks'),
  };
}

/**
 * The model of an API's spec, bundled once.
 * @param {import('../apis.mjs').Api} api
 * @returns {Promise<SpecModel>}
 */
export async function loadSpec(api) {
  return specModel(await bundleSpec(api.root), relative(repoRoot, api.root));
}
