// @ts-check
// Callback validators, compiled from each spec's top-level `webhooks` at generate time: ajv 8
// standalone code (ESM, no runtime imports: ajv's two helper functions are inlined, formats are
// regular expressions), plus a typed description of every webhook operation that the runtime's
// receiver reads (method, content types, envelope, event branches, dedupe fields, auth).
//
// Two ajv instances, two modules: JSON bodies are validated as they are; query strings and form
// bodies arrive as strings, so their validator coerces ("7" -> 7 where the schema says integer,
// "a" -> ["a"] where it says array), as OpenAPI's form style means.
import AjvModule from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import equal from 'ajv/dist/runtime/equal.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './apis.mjs';
import { bundleSpec } from './spec.mjs';

const AjvDraft7 = /** @type {typeof import('ajv').default} */ (/** @type {any} */ (AjvModule).default ?? AjvModule);
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

const standaloneCode = /** @type {typeof import('ajv/dist/standalone/index.js').default} */ (
  /** @type {any} */ (standaloneCodeModule).default ?? standaloneCodeModule
);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const ROOT_ID = 'https://messaging-contracts.invalid/webhooks';

/** JSON Schema keywords that validate; everything else (description, examples, x-*, discriminator…) is dropped before compiling. */
const VALIDATION_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'contains',
  'minContains',
  'maxContains',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'dependentSchemas',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  '$ref',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
/** Keywords whose value is a map of subschemas, or a subschema, or a list of them. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/**
 * Formats checked, as regular expressions (ajv inlines them into the code). RFC 3339 for the
 * date/time ones; the others are deliberately loose shape checks.
 * @type {Record<string, RegExp | true>}
 */
const FORMATS = {
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
 * @typedef {object} WebhookInput
 * @property {'body' | 'query'} in
 * @property {string} mediaType      e.g. application/json; "" for a query string
 * @property {'json' | 'form'} parse
 * @property {'array' | 'object'} envelope
 * @property {boolean} exact         whether per-event validation with the picked alternative equals validating the whole payload
 * @property {string} exportName
 * @property {{ constants: Record<string, string[]>, exportName: string }[]} events
 * @property {string | undefined} discriminator
 * @property {string[] | undefined} dedupeKey
 */

/**
 * @param {import('./apis.mjs').Api} api
 * @returns {{ validators: string, formValidators: string, wrapper: string }}
 */
function fileNames(api) {
  const dir = dirname(api.typesFile);
  return {
    validators: join(dir, 'webhook-validators.ts'),
    formValidators: join(dir, 'webhook-form-validators.ts'),
    wrapper: join(dir, 'webhooks.ts'),
  };
}

/** @param {import('./apis.mjs').Api} api */
function banner(api) {
  return [
    '/**',
    ` * Generated from ${relative(repoRoot, api.specDir)}/ (its \`webhooks\`) by \`npm run generate\`. Do not edit:`,
    ' * change the spec and regenerate; `npm test` fails when this file is stale.',
    ' */',
  ].join('\n');
}

/** @param {string} pointer */
const unescapePointer = (pointer) => pointer.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Follow `$ref`s inside the bundled document (requestBodies, parameters, path items, schemas).
 * @param {any} document
 * @param {any} value
 */
function deref(document, value) {
  const seen = new Set();
  while (value && typeof value === 'object' && typeof value.$ref === 'string') {
    if (seen.has(value.$ref)) throw new Error(`circular $ref ${value.$ref}`);
    seen.add(value.$ref);
    const ref = value.$ref;
    if (!ref.startsWith('#/')) throw new Error(`unresolved external $ref ${ref} in the bundled spec`);
    value = ref
      .slice(2)
      .split('/')
      .map(unescapePointer)
      .reduce((/** @type {any} */ node, /** @type {string} */ key) => node?.[key], document);
    if (value === undefined) throw new Error(`$ref ${ref} points nowhere`);
  }
  return value;
}

/**
 * A copy of a schema with only validation keywords, its `#/components/schemas/X` refs pointing
 * at `#/$defs/X` of the compiled root.
 * @param {any} schema
 * @param {Set<string>} formatsUsed
 * @returns {any}
 */
function strip(schema, formatsUsed) {
  if (typeof schema === 'boolean') return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema))
    throw new Error(`not a schema: ${JSON.stringify(schema)?.slice(0, 80)}`);
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!VALIDATION_KEYWORDS.has(key)) continue;
    if (key === '$ref') {
      const match = /^#\/components\/schemas\/(.+)$/.exec(value);
      if (!match) throw new Error(`a schema $ref must point at #/components/schemas/: ${value}`);
      out.$ref = `#/$defs/${match[1]}`;
    } else if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub, formatsUsed)]));
    } else if (SCHEMA_LISTS.has(key)) {
      out[key] = value.map((/** @type {any} */ sub) => strip(sub, formatsUsed));
    } else if (
      [
        'additionalProperties',
        'propertyNames',
        'items',
        'contains',
        'not',
        'if',
        'then',
        'else',
        'unevaluatedProperties',
        'unevaluatedItems',
      ].includes(key)
    ) {
      out[key] = strip(value, formatsUsed);
    } else {
      if (key === 'format') formatsUsed.add(value);
      out[key] = value;
    }
  }
  return out;
}

/**
 * The string values an event schema pins each top-level property to (enum or const), through
 * `$ref` and `allOf`. Used to route an event to its webhook and branch by its type field.
 * @param {any} document
 * @param {any} schema
 * @returns {Record<string, string[]>}
 */
function constantsOf(document, schema) {
  /** @type {Record<string, string[]>} */
  const constants = {};
  const visit = (/** @type {any} */ node) => {
    node = deref(document, node);
    if (!node || typeof node !== 'object') return;
    for (const part of node.allOf ?? []) visit(part);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const resolved = deref(document, property);
      const values = resolved?.const !== undefined ? [resolved.const] : resolved?.enum;
      if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) continue;
      // allOf intersects: the narrowest list wins (a base `type: string` enum of five, a branch's const of one).
      const known = constants[name];
      constants[name] = known ? known.filter((value) => values.includes(value)) : [...values];
    }
  };
  visit(schema);
  return constants;
}

/**
 * The schema of one event and its branches: the items of an array body, else the body itself;
 * its `oneOf`/`anyOf` alternatives are the branches.
 * @param {any} document
 * @param {any} bodySchema
 */
function eventShape(document, bodySchema) {
  const body = deref(document, bodySchema);
  const isArray =
    body?.type === 'array' || (Array.isArray(body?.type) && body.type.includes('array')) || body?.items !== undefined;
  const eventSchemaRef = isArray ? body.items : bodySchema;
  const event = deref(document, eventSchemaRef);
  const branches = event?.oneOf ?? event?.anyOf ?? [eventSchemaRef];
  const dedupeKey = event?.['x-dedupe-key'];
  if (
    dedupeKey !== undefined &&
    !(Array.isArray(dedupeKey) && dedupeKey.every((pointer) => typeof pointer === 'string' && pointer.startsWith('/')))
  ) {
    throw new Error('x-dedupe-key must be a list of JSON pointers');
  }
  // Whether validating each event with the one alternative its type picks is the whole check: the
  // body adds nothing but `type: array` + `items`, and the event schema nothing but its oneOf/anyOf.
  const validating = (/** @type {any} */ schema) =>
    Object.keys(schema ?? {}).filter((key) => VALIDATION_KEYWORDS.has(key));
  const envelopeOnly = isArray ? validating(body).every((key) => key === 'type' || key === 'items') : true;
  const eventOnly =
    event?.oneOf || event?.anyOf
      ? validating(event).every((key) => key === 'oneOf' || key === 'anyOf') && !(event.oneOf && event.anyOf)
      : true;
  return {
    envelope: /** @type {'array' | 'object'} */ (isArray ? 'array' : 'object'),
    exact: envelopeOnly && eventOnly,
    branches: /** @type {any[]} */ (branches),
    discriminator:
      typeof event?.discriminator?.propertyName === 'string'
        ? /** @type {string} */ (event.discriminator.propertyName)
        : undefined,
    dedupeKey: /** @type {string[] | undefined} */ (dedupeKey),
  };
}

/** @param {string} mediaType */
function parserFor(mediaType) {
  const type = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  if (type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

/**
 * The webhook operations of a spec, with the schemas to compile.
 * @param {any} document  bundled, not dereferenced
 */
export function collectOperations(document) {
  const securitySchemes = document.components?.securitySchemes ?? {};
  /** @type {any[]} */
  const operations = [];
  /** @type {Record<'json' | 'form', Record<string, any>>} the schemas to export, by export name */
  const extraDefs = { json: {}, form: {} };
  /** @type {Record<'json' | 'form', Map<string, string>>} export name by schema (as JSON), so that equal schemas share one validator */
  const exported = { json: new Map(), form: new Map() };
  const exportFor = (/** @type {'json' | 'form'} */ parse, /** @type {any} */ schema, /** @type {string} */ wanted) => {
    const key = JSON.stringify(schema);
    const known = exported[parse].get(key);
    if (known) return known;
    const ref =
      typeof schema?.$ref === 'string' && Object.keys(schema).length === 1
        ? /^#\/components\/schemas\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(schema.$ref)?.[1]
        : undefined;
    const name = ref ?? wanted;
    exported[parse].set(key, name);
    extraDefs[parse][name] = schema;
    return name;
  };
  let counter = 0;
  /** @type {string[]} request bodies the receiver cannot parse (neither JSON nor form) */
  const unsupported = [];
  for (const [webhook, itemRef] of Object.entries(document.webhooks ?? {})) {
    const item = deref(document, itemRef);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const label = `webhooks.${webhook}.${method}`;
      if (typeof operation.operationId !== 'string') throw new Error(`${label} has no operationId`);
      const security = operation.security ?? document.security ?? [];
      const basicAuth = security.some((/** @type {Record<string, unknown>} */ requirement) =>
        Object.keys(requirement).some((name) => {
          const scheme = deref(document, securitySchemes[name]);
          return scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic';
        }),
      );
      /** @type {(WebhookInput & { schema: any })[]} */
      const inputs = [];
      const addInput = (
        /** @type {'body' | 'query'} */ location,
        /** @type {string} */ mediaType,
        /** @type {'json' | 'form'} */ parse,
        /** @type {any} */ schema,
      ) => {
        const shape = eventShape(document, schema);
        const name = exportFor(parse, schema, `${location}${counter++}`);
        const events = shape.branches.map((branch, index) => ({
          constants: constantsOf(document, branch),
          exportName: exportFor(parse, branch, `${name}_event${index}`),
        }));
        inputs.push({
          in: location,
          mediaType,
          parse,
          envelope: shape.envelope,
          exact: shape.exact,
          exportName: name,
          events,
          discriminator: shape.discriminator,
          dedupeKey: shape.dedupeKey,
          schema,
        });
      };
      const requestBody = deref(document, operation.requestBody);
      for (const [mediaType, media] of Object.entries(requestBody?.content ?? {})) {
        const parse = parserFor(mediaType);
        if (!parse) {
          // Not fatal, so that `npm run generate` keeps working: the receiver answers such a body 415, and the wrapper says so.
          unsupported.push(`${label} ${mediaType}`);
          continue;
        }
        addInput('body', mediaType, parse, /** @type {any} */ (media).schema ?? {});
      }
      const query = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter) => deref(document, parameter))
        .filter((parameter) => parameter.in === 'query');
      if (query.length) {
        addInput('query', '', 'form', {
          type: 'object',
          required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          properties: Object.fromEntries(query.map((parameter) => [parameter.name, parameter.schema ?? {}])),
        });
      }
      operations.push({ webhook, method: method.toUpperCase(), operationId: operation.operationId, basicAuth, inputs });
    }
  }
  return { operations, extraDefs, unsupported };
}

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
    Object.entries(node).some(([key, value]) => ONLY_2020.has(key) || uses2020(value));
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
 * The generated files of an API's webhooks, by absolute path; none when its spec has no webhooks.
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<Map<string, string>>}
 */
export async function renderWebhookValidators(api) {
  const document = await bundleSpec(api.root);
  if (!document.webhooks || Object.keys(document.webhooks).length === 0) return new Map();
  const files = fileNames(api);
  const { operations, extraDefs, unsupported } = collectOperations(document);
  /** @type {Set<string>} */
  const formatsUsed = new Set();
  const componentDefs = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [name, strip(schema, formatsUsed)]),
  );
  const result = new Map();
  const header = (/** @type {string} */ what) =>
    [
      banner(api),
      '// @ts-nocheck -- ajv 8 standalone output, compiled from the spec; the typed wrapper is ./webhooks.ts.',
      `// ${what}`,
      "import type { CompiledValidator } from '@messaging-contracts/runtime/webhooks';",
      '',
    ].join('\n');
  for (const parse of /** @type {const} */ (['json', 'form'])) {
    const names = Object.keys(extraDefs[parse]);
    if (names.length === 0) continue;
    /** @type {Record<string, any>} */
    const defs = { ...componentDefs };
    for (const [name, schema] of Object.entries(extraDefs[parse])) {
      if (schema?.$ref === `#/components/schemas/${name}`) continue; // the component itself
      if (name in defs)
        throw new Error(`components/schemas/${name} clashes with a generated validator name; rename the schema`);
      defs[name] = strip(schema, formatsUsed);
    }
    const what =
      parse === 'json'
        ? 'Validators of JSON bodies.'
        : 'Validators of query strings and form bodies: values arrive as strings and are coerced as the schema says.';
    result.set(
      parse === 'json' ? files.validators : files.formValidators,
      `${header(what)}${compile(defs, names, parse === 'form')}`,
    );
  }
  const unchecked = [...formatsUsed]
    .filter((format) => FORMATS[format] === undefined || FORMATS[format] === true)
    .sort();
  result.set(
    files.wrapper,
    renderWrapper(
      api,
      operations,
      unchecked,
      unsupported,
      Object.keys(extraDefs.json).length > 0,
      Object.keys(extraDefs.form).length > 0,
    ),
  );
  return result;
}

/**
 * @param {import('./apis.mjs').Api} api
 * @param {any[]} operations
 * @param {string[]} unchecked
 * @param {string[]} unsupported
 * @param {boolean} hasJson
 * @param {boolean} hasForm
 */
function renderWrapper(api, operations, unchecked, unsupported, hasJson, hasForm) {
  const validatorRef = (/** @type {'json' | 'form'} */ parse, /** @type {string} */ name) =>
    `${parse === 'json' ? 'json' : 'form'}.${name}`;
  const lines = [
    banner(api),
    "import type { WebhookOperation } from '@messaging-contracts/runtime/webhooks';",
    ...(hasJson ? ["import * as json from './webhook-validators.js';"] : []),
    ...(hasForm ? ["import * as form from './webhook-form-validators.js';"] : []),
    '',
    unchecked.length
      ? `// Formats the spec uses that are not checked (annotations only): ${unchecked.join(', ')}.`
      : '// Every format the spec uses is checked.',
    ...(unsupported.length
      ? [`// Request bodies the receiver cannot parse (answered 415): ${unsupported.join('; ')}.`]
      : []),
    '/** Every webhook operation of the spec: what the receiver accepts and how it validates it. */',
    'export const webhookOperations = [',
  ];
  for (const operation of operations) {
    lines.push('  {');
    lines.push(`    webhook: ${JSON.stringify(operation.webhook)},`);
    lines.push(`    method: ${JSON.stringify(operation.method)},`);
    lines.push(`    operationId: ${JSON.stringify(operation.operationId)},`);
    lines.push(`    basicAuth: ${operation.basicAuth},`);
    lines.push('    inputs: [');
    for (const input of operation.inputs) {
      lines.push('      {');
      lines.push(`        in: ${JSON.stringify(input.in)},`);
      lines.push(`        mediaType: ${JSON.stringify(input.mediaType)},`);
      lines.push(`        parse: ${JSON.stringify(input.parse)},`);
      lines.push(`        envelope: ${JSON.stringify(input.envelope)},`);
      lines.push(`        exact: ${input.exact},`);
      lines.push(
        `        discriminator: ${input.discriminator === undefined ? 'undefined' : JSON.stringify(input.discriminator)},`,
      );
      lines.push(
        `        dedupeKey: ${input.dedupeKey === undefined ? 'undefined' : JSON.stringify(input.dedupeKey)},`,
      );
      lines.push(`        validate: ${validatorRef(input.parse, input.exportName)},`);
      lines.push('        events: [');
      for (const event of input.events) {
        lines.push(
          `          { constants: ${JSON.stringify(event.constants)}, validate: ${validatorRef(input.parse, event.exportName)} },`,
        );
      }
      lines.push('        ],');
      lines.push('      },');
    }
    lines.push('    ],');
    lines.push('  },');
  }
  lines.push('] as const satisfies readonly WebhookOperation[];', '');
  return lines.join('\n');
}
