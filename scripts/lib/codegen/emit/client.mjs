// @ts-check
// client.ts: PRODUCTION_BASE_URL (`servers[0]`), createClient, one type alias per component
// schema, and the re-exports that make up the package's main entry (checked in ../checks/client.mjs).
import { banner } from '../banner.mjs';
import { doc, quote } from '../source.mjs';

/**
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 * @param {import('../checks/client.mjs').ClientPlan} plan
 * @param {boolean} hasPaginate
 */
export function emitClient(api, spec, plan, hasPaginate) {
  const { server, slashed, aliased, skipped, compatible, auth } = plan;
  const lines = [
    banner(api),
    `import { clientFactory${slashed.length ? ', pathSerializerFor' : ''} } from '@messaging-contracts/runtime';`,
    `import type { ${aliased.length ? 'components, ' : ''}paths } from './openapi.js';`,
    "import { parameterRules } from './parameters.js';",
    '',
    "export type { components, operations, paths } from './openapi.js';",
    "export { parameterRules } from './parameters.js';",
    ...(hasPaginate ? ["export * from './paginate.js';"] : []),
    '// Errors, options and helpers every client shares (ApiError, isApiError, RetryOptions, …).',
    "export * from '@messaging-contracts/runtime';",
    '',
    `/** The production server, the spec's \`servers[0]\`${server.description ? `: ${doc(server.description)}` : ''}. */`,
    `export const PRODUCTION_BASE_URL = ${quote(server.url)};`,
    '',
  ];
  if (slashed.length) {
    lines.push(
      '/** Path parameters the spec marks `x-allowSlashes`: their `/` separates path segments and is sent as is. */',
      `const SLASHED_PATH_PARAMETERS = [${slashed.map(quote).join(', ')}] as const;`,
      '',
    );
  }
  lines.push(
    '/**',
    ` * A typed client of ${doc(spec.document.info?.title ?? api.name)}${auth.length ? `. Authenticate with ${auth.join(' or ')}` : ''}.`,
    ' * `baseUrl` defaults to PRODUCTION_BASE_URL; point it at a mock or the sandbox to test.',
    ...(slashed.length
      ? [
          ` * The slashes of ${slashed.map((name) => `\`${name}\``).join(', ')} are sent as they are (see \`serializePath\`).`,
        ]
      : []),
    ' */',
    `export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules${slashed.length ? ', slashedPathParameters: SLASHED_PATH_PARAMETERS' : ''} });`,
    '',
  );
  if (slashed.length) {
    lines.push(
      '/**',
      ' * Builds the request path: each parameter is percent-encoded once, except that the `/` of an',
      ' * `x-allowSlashes` parameter is kept (each part between slashes is encoded on its own). Pass it as',
      ' * `pathSerializer` to calls made through `client.raw`, which otherwise sends `/` as `%2F`.',
      ' */',
      'export const serializePath = pathSerializerFor(SLASHED_PATH_PARAMETERS);',
      '',
    );
  }
  if (aliased.length) {
    lines.push(
      `// The spec's component schemas, by name${skipped.length ? ` (not ${skipped.join(', ')}: the name is taken; use components['schemas'][…])` : ''}.`,
      ...(aliased.some((alias) => alias.name !== alias.schema)
        ? [
            `// ${aliased
              .filter((alias) => alias.name !== alias.schema)
              .map((alias) => alias.schema)
              .join(', ')}: named <schema>Schema, as a global type has the schema's name.`,
          ]
        : []),
      "type Schemas = components['schemas'];",
      ...aliased.map((alias) => `export type ${alias.name} = Schemas[${quote(alias.schema)}];`),
      ...compatible.flatMap((schema) => [
        `/** @deprecated ${schema} is also a global type, which this name shadows: use ${schema}Schema. */`,
        `export type ${schema} = ${schema}Schema;`,
      ]),
      '',
    );
  }
  return lines.join('\n');
}
