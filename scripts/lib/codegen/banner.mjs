// @ts-check
import { relative } from 'node:path';
import { repoRoot } from '../apis.mjs';

/**
 * The comment that opens every generated file, ending in a newline.
 * @param {import('../apis.mjs').Api} api
 * @param {string} [what] what of the spec the file comes from, e.g. " (its `webhooks`)"
 */
export function banner(api, what = '') {
  return [
    '/**',
    ` * Generated from ${relative(repoRoot, api.specDir)}/${what} by \`npm run generate\`. Do not edit:`,
    ' * change the spec and regenerate; `npm test` fails when this file is stale.',
    ' */',
    '',
  ].join('\n');
}
