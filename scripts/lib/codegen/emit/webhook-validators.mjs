// @ts-check
// webhook-validators.ts and webhook-form-validators.ts: ajv 8 standalone code (ESM, no runtime
// imports: ajv's two helper functions are inlined, formats are regular expressions), compiled from
// the schemas ../checks/webhooks.mjs collected.
//
// Two ajv instances, two modules: JSON bodies are validated as they are; query strings and form
// bodies arrive as strings, so their validator coerces ("7" -> 7 where the schema says integer,
// "a" -> ["a"] where it says array), as OpenAPI's form style means.
import AjvModule from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import equal from 'ajv/dist/runtime/equal.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { banner } from '../banner.mjs';

const AjvDraft7 = /** @type {typeof import('ajv').default} */ (/** @type {any} */ (AjvModule).default ?? AjvModule);
const standaloneCode = /** @type {typeof import('ajv/dist/standalone/index.js').default} */ (
  /** @type {any} */ (standaloneCodeModule).default ?? standaloneCodeModule
);
/**
 * Keywords only JSON Schema 2020-12 has. Without them, ajv's draft-07 class compiles the same
 * checks (ajv applies `$ref` siblings in both) without the 2020 class's bookkeeping of evaluated
 * properties for `unevaluated*`, which costs time on every call.
 */
const ONLY_2020 = new Set([
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'minContains',
  'maxContains',
]);
const ROOT_ID = 'https://messaging-contracts.invalid/webhooks';

/**
 * Formats checked, as regular expressions (ajv inlines them into the code). RFC 3339 for the
 * date/time ones; the others are deliberately loose shape checks.
 * @type {Record<string, RegExp | true>}
 */
export const FORMATS = {
  'date-time':
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
  date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  time: /^(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/,
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uuid: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
  // OpenAPI's numeric formats describe storage, not a constraint a receiver should enforce.
  int32: true,
  int64: true,
  float: true,
  double: true,
};

/**
 * ajv standalone code for the given exports, as a module of its own with no imports.
 * @param {Record<string, any>} defs  every schema by $defs name
 * @param {string[]} exportNames
 * @param {boolean} coerce
 */
function compile(defs, exportNames, coerce) {
  // Any object key counts (a property named like one too): a false alarm only costs speed.
  /** @type {(node: unknown) => boolean} */
  const uses2020 = (node) =>
    node !== null &&
    typeof node === 'object' &&
    Object.entries(node).some(([name, value]) => ONLY_2020.has(name) || uses2020(value));
  const Ajv = uses2020(defs) ? Ajv2020 : AjvDraft7;
  const ajv = new Ajv({
    strict: false,
    allErrors: false,
    messages: false,
    logger: false,
    coerceTypes: coerce ? 'array' : false,
    formats: FORMATS,
    inlineRefs: false,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema({ $id: ROOT_ID, $defs: defs });
  const code = standaloneCode(ajv, Object.fromEntries(exportNames.map((name) => [name, `${ROOT_ID}#/$defs/${name}`])));
  // ajv's ESM output still require()s two runtime helpers; inline them so the package needs no ajv.
  const helpers = /** @type {Record<string, Function>} */ ({
    ucs2length: /** @type {any} */ (ucs2length).default ?? ucs2length,
    equal: /** @type {any} */ (equal).default ?? equal,
  });
  const inlined = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9]+)"\)\.default/gi, (_match, name) => {
    const helper = helpers[name];
    if (!helper) throw new Error(`ajv's code needs runtime helper ${name}, which the generator does not inline yet`);
    return `(${helper.toString()})`;
  });
  if (/\brequire\(/.test(inlined))
    throw new Error(`ajv's code still has a require(): ${/.{0,60}require\(.{0,60}/.exec(inlined)?.[0]}`);
  return inlined
    .replace(/^"use strict";\n?/, '')
    .replace(/^export const (\w+) = (\w+);$/gm, 'export const $1: CompiledValidator = $2;');
}

/**
 * One validators module (JSON or form), or undefined when no input is parsed that way.
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../checks/webhooks.mjs').WebhooksPlan} plan
 * @param {'json' | 'form'} parse
 */
export function emitWebhookValidators(api, plan, parse) {
  const { defs, names } = plan.validators[parse];
  if (names.length === 0) return undefined;
  const what =
    parse === 'json'
      ? 'Validators of JSON bodies.'
      : 'Validators of query strings and form bodies: values arrive as strings and are coerced as the schema says.';
  return [
    banner(api, ' (its `webhooks`)').trimEnd(),
    '// @ts-nocheck -- ajv 8 standalone output, compiled from the spec; the typed wrapper is ./webhooks.ts.',
    `// ${what}`,
    "import type { CompiledValidator } from '@messaging-contracts/runtime/webhooks';",
    compile(defs, names, parse === 'form'),
  ].join('\n');
}
