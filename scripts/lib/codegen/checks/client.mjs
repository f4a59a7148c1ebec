// @ts-check
// What client.ts needs from the spec, checked: the production server (`servers[0]`), the path
// parameters whose slashes are sent as is (`x-allowSlashes`), the schema aliases that can be
// exported without clashing, and how a client authenticates.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from '../../apis.mjs';
import { globalNames, runtimeExports } from '../runtime-names.mjs';
import { IDENTIFIER } from '../source.mjs';

/** What client.ts itself declares or re-exports besides the runtime and the paginators. */
const CLIENT_NAMES = [
  'PRODUCTION_BASE_URL',
  'createClient',
  'serializePath',
  'parameterRules',
  'components',
  'operations',
  'paths',
  'Schemas',
];

/**
 * @typedef {object} ClientPlan
 * @property {any} server                 servers[0]
 * @property {string[]} slashed           path parameter names marked `x-allowSlashes`, sorted
 * @property {{ schema: string, name: string }[]} aliased   component schemas exported as `export type <name>`
 * @property {string[]} skipped           component schemas whose name is taken
 * @property {string[]} compatible        old alias names kept, deprecated, for the renamed aliases the package exported before
 * @property {string[]} auth              how a client authenticates, for createClient's comment
 */

/**
 * How the spec says a client authenticates.
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 */
function authenticationOf(spec) {
  const ways = new Set();
  for (const scheme of Object.values(spec.document.components?.securitySchemes ?? {}).map(spec.resolve)) {
    if (scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic')
      ways.add('HTTP Basic (`username`, `password`)');
    else if (
      (scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') ||
      scheme?.type === 'oauth2' ||
      scheme?.type === 'openIdConnect'
    )
      ways.add('a bearer `accessToken` (a string, or a function returning a fresh one)');
  }
  return [...ways];
}

/**
 * The schema aliases the package's committed client.ts exports: its public API, which a renamed
 * alias keeps (deprecated) so that no user's import breaks.
 * @param {import('../../apis.mjs').Api} api
 */
function previousAliases(api) {
  const file = join(dirname(api.typesFile), 'client.ts');
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return new Set();
  }
  return new Set([...source.matchAll(/^export type (\w+) =/gm)].map((match) => /** @type {string} */ (match[1])));
}

/**
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 * @param {string[]} paginateNames the names paginate.ts exports
 * @returns {ClientPlan}
 */
export function checkClient(api, spec, paginateNames) {
  const server = spec.document.servers?.[0];
  if (typeof server?.url !== 'string' || !/^https?:\/\//.test(server.url))
    throw new Error(`${relative(repoRoot, api.root)}: servers[0].url must be the production server's absolute URL`);
  const slashed = [
    ...new Set(
      spec.operations
        .flatMap((entry) => entry.parameters)
        .filter((parameter) => parameter.in === 'path' && parameter['x-allowSlashes'] === true)
        .map((parameter) => parameter.name),
    ),
  ].sort();
  const taken = new Set([...runtimeExports(), ...paginateNames, ...CLIENT_NAMES]);
  const globals = globalNames();
  const schemaNames = Object.keys(spec.document.components?.schemas ?? {});
  /** @type {{ schema: string, name: string }[]} */
  const aliased = [];
  for (const schema of schemaNames) {
    if (!IDENTIFIER.test(schema)) continue;
    // A schema named like a global type (Error, Date, …) is aliased as <name>Schema: `Error` would shadow the global.
    const name = globals.has(schema) ? `${schema}Schema` : schema;
    if (taken.has(name) || (name !== schema && schemaNames.includes(name))) continue;
    aliased.push({ schema, name });
  }
  const skipped = schemaNames.filter((schema) => !aliased.some((alias) => alias.schema === schema));
  const exported = previousAliases(api);
  const compatible = aliased
    .filter((alias) => alias.name !== alias.schema && exported.has(alias.schema) && !taken.has(alias.schema))
    .map((alias) => alias.schema);
  return { server, slashed, aliased, skipped, compatible, auth: authenticationOf(spec) };
}
