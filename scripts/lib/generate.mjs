// @ts-check
// What `npm run generate` writes for each API: the openapi-typescript types, the parameter
// rules the runtime checks arguments against, the callback validators of its webhooks, and the
// client code that follows from the spec (client.ts, paginate.ts, callbacks.ts; see client-code.mjs). All
// are committed; tests regenerate them in memory and fail when the committed files differ.
import openapiTS, { astToString } from 'openapi-typescript';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './apis.mjs';
import { bundleSpec } from './spec.mjs';
import { renderClientCode } from './client-code.mjs';
import { renderWebhookValidators } from './webhook-validators.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const RULE_KEYS = ['type', 'enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum'];

/** @param {import('./apis.mjs').Api} api */
function banner(api) {
  return [
    '/**',
    ` * Generated from ${relative(repoRoot, api.specDir)}/ by \`npm run generate\`. Do not edit:`,
    ' * change the spec and regenerate; `npm test` fails when this file is stale.',
    ' */',
    '',
  ].join('\n');
}

/**
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<string>}
 */
export async function renderTypes(api) {
  const ast = await openapiTS(pathToFileURL(api.root), { alphabetize: false, exportType: false });
  return `${banner(api)}${astToString(ast)}`;
}

/**
 * Parameter constraints per operation, from the dereferenced spec.
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<string>}
 */
export async function renderParameterRules(api) {
  const spec = await bundleSpec(api.root, { dereference: true });
  /** @type {Record<string, any>} */
  const operations = {};
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      /** @type {Record<string, any>} */
      const rules = { operationId: operation.operationId };
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        if (parameter.in === 'cookie') continue;
        const schema = parameter.schema ?? {};
        /** @type {Record<string, unknown>} */
        const rule = {};
        if (parameter.required) rule.required = true;
        for (const key of RULE_KEYS) if (schema[key] !== undefined) rule[key] = schema[key];
        (rules[parameter.in] ??= {})[parameter.name] = rule;
      }
      operations[`${method.toUpperCase()} ${path}`] = rules;
    }
  }
  return [
    banner(api),
    "import type { ParameterRules } from '@messaging-contracts/runtime';",
    '',
    `export const parameterRules = ${JSON.stringify(operations, null, 2)} as const satisfies ParameterRules;`,
    '',
  ].join('\n');
}

/**
 * Every generated file of an API, by absolute path.
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<Map<string, string>>}
 */
export async function renderGenerated(api) {
  const [types, rules, webhooks, clientCode] = await Promise.all([
    renderTypes(api),
    renderParameterRules(api),
    renderWebhookValidators(api),
    renderClientCode(api),
  ]);
  return new Map([
    [api.typesFile, types],
    [api.rulesFile, rules],
    // The callback validators and their typed description, when the spec has webhooks (see webhook-validators.mjs).
    ...webhooks,
    // createClient and the schema aliases, the x-pagination paginators, the callback event types (see client-code.mjs).
    ...clientCode,
  ]);
}
