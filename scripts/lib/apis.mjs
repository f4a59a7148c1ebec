// @ts-check
// The list of APIs, read from redocly.yaml: the one place an API is registered.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const redoclyConfigPath = join(repoRoot, 'redocly.yaml');
export const docsDir = join(repoRoot, 'docs', 'dist');

/**
 * @typedef {object} Api
 * @property {string} name          e.g. "bandwidth-messaging-v2"
 * @property {string} root          absolute path of the spec's entry file
 * @property {string} specDir       absolute path of specs/<name>
 * @property {string} packageDir    absolute path of the client package
 * @property {string} typesFile     absolute path of the generated types
 * @property {string} rulesFile     absolute path of the generated parameter rules
 * @property {string} docsFile      absolute path of the built docs page
 * @property {number} mockPort      fixed port of the mock started by `npm run mock` / `npm start`
 */

/** @returns {Api[]} */
export function loadApis() {
  const config = parse(readFileSync(redoclyConfigPath, 'utf8'));
  const entries = Object.entries(config?.apis ?? {});
  if (entries.length === 0) throw new Error(`${redoclyConfigPath} lists no apis`);
  const ports = new Set();
  return entries.map(([name, entry]) => {
    const where = `${relative(process.cwd(), redoclyConfigPath)} apis.${name}`;
    const output = entry?.['x-openapi-ts']?.output;
    const port = entry?.['x-mock']?.port;
    if (typeof entry?.root !== 'string') throw new Error(`${where}: root is missing`);
    if (typeof output !== 'string') throw new Error(`${where}: x-openapi-ts.output is missing`);
    if (!Number.isInteger(port) || port < 1024 || port > 65535)
      throw new Error(`${where}: x-mock.port must be a port number from 1024 to 65535`);
    if (ports.has(port)) throw new Error(`${where}: x-mock.port ${port} is already taken by another API`);
    ports.add(port);
    const root = join(repoRoot, entry.root);
    const typesFile = join(repoRoot, output);
    return {
      name,
      root,
      specDir: dirname(root),
      packageDir: dirname(dirname(dirname(typesFile))),
      typesFile,
      rulesFile: join(dirname(typesFile), 'parameters.ts'),
      docsFile: join(docsDir, `${name}.html`),
      mockPort: port,
    };
  });
}

/**
 * The APIs named on the command line, or all of them.
 * @param {string[]} names
 */
export function selectApis(names) {
  const apis = loadApis();
  if (names.length === 0) return apis;
  const unknown = names.filter((name) => !apis.some((api) => api.name === name));
  if (unknown.length)
    throw new Error(`Unknown API ${unknown.join(', ')}; redocly.yaml lists ${apis.map((api) => api.name).join(', ')}`);
  return apis.filter((api) => names.includes(api.name));
}
