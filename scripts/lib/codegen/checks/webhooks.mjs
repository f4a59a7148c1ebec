// @ts-check
// What the receiver needs from the spec's `webhooks`, checked: each webhook operation's inputs
// (a request body per media type, the query string), the event branches of each and their
// constants, the dedupe key, Basic auth; the field that names an event's type; and the schemas
// to compile into validators, stripped to their validating keywords.
import { relative } from 'node:path';
import { repoRoot } from '../../apis.mjs';

/** JSON Schema keywords that validate; everything else (description, examples, x-*, discriminator…) is dropped before compiling. */
export const VALIDATION_KEYWORDS = new Set([
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
const SCHEMA_VALUES = new Set([
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
]);

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
 * @property {any} schema
 */

/**
 * @typedef {object} WebhookOperationPlan
 * @property {string} webhook
 * @property {string} method         upper case
 * @property {string} operationId
 * @property {boolean} basicAuth
 * @property {WebhookInput[]} inputs
 */

/**
 * A copy of a schema with only validation keywords, its `#/components/schemas/X` refs pointing
 * at `#/$defs/X` of the compiled root.
 * @param {any} schema
 * @param {Set<string>} formatsUsed
 * @returns {any}
 */
export function strip(schema, formatsUsed) {
  if (typeof schema === 'boolean') return schema;
  if (!schema || typeof schema !== 'object' || Array.isArray(schema))
    throw new Error(`not a schema: ${JSON.stringify(schema)?.slice(0, 80)}`);
  /** @type {Record<string, any>} */
  const out = {};
  for (const [name, value] of Object.entries(schema)) {
    if (!VALIDATION_KEYWORDS.has(name)) continue;
    if (name === '$ref') {
      const match = /^#\/components\/schemas\/(.+)$/.exec(value);
      if (!match) throw new Error(`a schema $ref must point at #/components/schemas/: ${value}`);
      out.$ref = `#/$defs/${match[1]}`;
    } else if (SCHEMA_MAPS.has(name)) {
      out[name] = Object.fromEntries(
        Object.entries(value).map(([property, sub]) => [property, strip(sub, formatsUsed)]),
      );
    } else if (SCHEMA_LISTS.has(name)) {
      out[name] = value.map((/** @type {any} */ sub) => strip(sub, formatsUsed));
    } else if (SCHEMA_VALUES.has(name)) {
      out[name] = strip(value, formatsUsed);
    } else {
      if (name === 'format') formatsUsed.add(value);
      out[name] = value;
    }
  }
  return out;
}

/**
 * The string values an event schema pins each top-level property to (enum or const), through
 * `$ref` and `allOf`. Used to route an event to its webhook and branch by its type field.
 * @param {(value: any) => any} resolve
 * @param {any} schema
 * @returns {Record<string, string[]>}
 */
function constantsOf(resolve, schema) {
  /** @type {Record<string, string[]>} */
  const constants = {};
  const visit = (/** @type {any} */ node) => {
    node = resolve(node);
    if (!node || typeof node !== 'object') return;
    for (const part of node.allOf ?? []) visit(part);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const resolved = resolve(property);
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
 * A declared `x-dedupe-key`: a list of JSON pointers, or undefined.
 * @param {unknown} value @param {string} where
 * @returns {string[] | undefined}
 */
export function dedupeKeyOf(value, where) {
  if (value === undefined) return undefined;
  if (
    !(
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((pointer) => typeof pointer === 'string' && pointer.startsWith('/'))
    )
  )
    throw new Error(`${where}: x-dedupe-key must be a list of JSON pointers (e.g. [/MessageSid])`);
  return value;
}

/**
 * The schema of one event and its branches: the items of an array body, else the body itself;
 * its `oneOf`/`anyOf` alternatives are the branches.
 * @param {(value: any) => any} resolve
 * @param {any} bodySchema
 * @param {string} where
 */
function eventShape(resolve, bodySchema, where) {
  const body = resolve(bodySchema);
  const isArray =
    body?.type === 'array' || (Array.isArray(body?.type) && body.type.includes('array')) || body?.items !== undefined;
  const eventSchemaRef = isArray ? body.items : bodySchema;
  const event = resolve(eventSchemaRef);
  const branches = event?.oneOf ?? event?.anyOf ?? [eventSchemaRef];
  // Whether validating each event with the one alternative its type picks is the whole check: the
  // body adds nothing but `type: array` + `items`, and the event schema nothing but its oneOf/anyOf.
  const validating = (/** @type {any} */ schema) =>
    Object.keys(schema ?? {}).filter((name) => VALIDATION_KEYWORDS.has(name));
  const envelopeOnly = isArray ? validating(body).every((name) => name === 'type' || name === 'items') : true;
  const eventOnly =
    event?.oneOf || event?.anyOf
      ? validating(event).every((name) => name === 'oneOf' || name === 'anyOf') && !(event.oneOf && event.anyOf)
      : true;
  return {
    envelope: /** @type {'array' | 'object'} */ (isArray ? 'array' : 'object'),
    exact: envelopeOnly && eventOnly,
    branches: /** @type {any[]} */ (branches),
    discriminator:
      typeof event?.discriminator?.propertyName === 'string'
        ? /** @type {string} */ (event.discriminator.propertyName)
        : undefined,
    dedupeKey: dedupeKeyOf(event?.['x-dedupe-key'], where),
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
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 */
export function collectOperations(spec) {
  const { document, resolve } = spec;
  const securitySchemes = document.components?.securitySchemes ?? {};
  /** @type {WebhookOperationPlan[]} */
  const operations = [];
  /** @type {Record<'json' | 'form', Record<string, any>>} the schemas to export, by export name */
  const extraDefs = { json: {}, form: {} };
  /** @type {Record<'json' | 'form', Map<string, string>>} export name by schema (as JSON), so that equal schemas share one validator */
  const exported = { json: new Map(), form: new Map() };
  const exportFor = (/** @type {'json' | 'form'} */ parse, /** @type {any} */ schema, /** @type {string} */ wanted) => {
    const json = JSON.stringify(schema);
    const known = exported[parse].get(json);
    if (known) return known;
    const ref =
      typeof schema?.$ref === 'string' && Object.keys(schema).length === 1
        ? /^#\/components\/schemas\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(schema.$ref)?.[1]
        : undefined;
    const name = ref ?? wanted;
    exported[parse].set(json, name);
    extraDefs[parse][name] = schema;
    return name;
  };
  let counter = 0;
  /** @type {string[]} request bodies the receiver cannot parse (neither JSON nor form) */
  const unsupported = [];
  for (const { key: webhook, method, label, operation, parameters } of spec.webhooks) {
    if (typeof operation.operationId !== 'string') throw new Error(`${label} has no operationId`);
    const security = operation.security ?? document.security ?? [];
    const basicAuth = security.some((/** @type {Record<string, unknown>} */ requirement) =>
      Object.keys(requirement).some((name) => {
        const scheme = resolve(securitySchemes[name]);
        return scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic';
      }),
    );
    // A dedupe key declared on the operation: for a query string (which has no event schema to
    // carry one) and for any body whose event schema declares none.
    const operationDedupeKey = dedupeKeyOf(operation['x-dedupe-key'], `${spec.file} ${label}`);
    /** @type {WebhookInput[]} */
    const inputs = [];
    const addInput = (
      /** @type {'body' | 'query'} */ location,
      /** @type {string} */ mediaType,
      /** @type {'json' | 'form'} */ parse,
      /** @type {any} */ schema,
      /** @type {string[] | undefined} */ declaredDedupeKey,
    ) => {
      const shape = eventShape(resolve, schema, `${spec.file} ${label}`);
      const name = exportFor(parse, schema, `${location}${counter++}`);
      const events = shape.branches.map((branch, index) => ({
        constants: constantsOf(resolve, branch),
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
        dedupeKey: shape.dedupeKey ?? declaredDedupeKey,
        schema,
      });
    };
    const requestBody = resolve(operation.requestBody);
    for (const [mediaType, media] of Object.entries(requestBody?.content ?? {})) {
      const parse = parserFor(mediaType);
      if (!parse) {
        // Not fatal, so that `npm run generate` keeps working: the receiver answers such a body 415, and the wrapper says so.
        unsupported.push(`${label} ${mediaType}`);
        continue;
      }
      addInput('body', mediaType, parse, /** @type {any} */ (media).schema ?? {}, operationDedupeKey);
    }
    const query = parameters.filter((parameter) => parameter.in === 'query');
    if (query.length) {
      addInput(
        'query',
        '',
        'form',
        {
          type: 'object',
          required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          properties: Object.fromEntries(query.map((parameter) => [parameter.name, parameter.schema ?? {}])),
        },
        operationDedupeKey,
      );
    }
    operations.push({ webhook, method: method.toUpperCase(), operationId: operation.operationId, basicAuth, inputs });
  }
  return { operations, extraDefs, unsupported };
}

/**
 * The field that names an event's type: the discriminator of the inputs that have one (an input
 * with one event shape, such as a GET callback's query string, has none), or else the one constant
 * field whose values differ between the spec's events (Fone Dynamics' `Event`; its `Action` is
 * always `Webhook`).
 * @param {import('../../apis.mjs').Api} api
 * @param {any[]} inputs
 */
export function eventTypeField(api, inputs) {
  const declared = [...new Set(inputs.map((input) => input.discriminator).filter((name) => name !== undefined))];
  if (declared.length === 1) return /** @type {string} */ (declared[0]);
  const events = inputs.flatMap((input) => input.events);
  const shared = Object.keys(events[0]?.constants ?? {}).filter((name) =>
    events.every((event) => name in event.constants),
  );
  const differing = shared.filter(
    (name) => new Set(events.map((event) => JSON.stringify([...event.constants[name]].sort()))).size > 1,
  );
  if (declared.length === 0 && differing.length === 1) return /** @type {string} */ (differing[0]);
  // One event type only: nothing differs, so its one constant field is the type field.
  if (declared.length === 0 && differing.length === 0 && shared.length === 1) return /** @type {string} */ (shared[0]);
  throw new Error(
    `${relative(repoRoot, api.specDir)}: the webhooks' events must be told apart by one field (a single-value enum or const in each event schema); found ${[...declared, ...differing].join(', ') || 'none'}`,
  );
}

/**
 * @typedef {object} WebhooksPlan
 * @property {WebhookOperationPlan[]} operations
 * @property {string[]} unsupported
 * @property {Record<'json' | 'form', { defs: Record<string, any>, names: string[] }>} validators
 * @property {Set<string>} formatsUsed
 */

/**
 * The plan of the webhook files, or undefined when the spec has no webhooks.
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 * @returns {WebhooksPlan | undefined}
 */
export function checkWebhooks(spec) {
  const { document } = spec;
  if (!document.webhooks || Object.keys(document.webhooks).length === 0) return undefined;
  const { operations, extraDefs, unsupported } = collectOperations(spec);
  /** @type {Set<string>} */
  const formatsUsed = new Set();
  const componentDefs = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [name, strip(schema, formatsUsed)]),
  );
  /** @type {WebhooksPlan['validators']} */
  const validators = { json: { defs: {}, names: [] }, form: { defs: {}, names: [] } };
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
    validators[parse] = { defs, names };
  }
  return { operations, unsupported, validators, formatsUsed };
}

/**
 * @typedef {object} CallbacksPlan
 * @property {string} eventTypeField
 * @property {boolean} many           whether events come as a JSON array
 */

/**
 * What callbacks.ts needs beyond the validators: one event-type field, one envelope.
 * @param {import('../../apis.mjs').Api} api
 * @param {WebhooksPlan} webhooks
 * @returns {CallbacksPlan}
 */
export function checkCallbacks(api, webhooks) {
  const inputs = webhooks.operations.flatMap((operation) => operation.inputs);
  const field = eventTypeField(api, inputs);
  const envelopes = new Set(inputs.map((input) => input.envelope));
  if (envelopes.size !== 1)
    throw new Error(
      `${relative(repoRoot, api.specDir)}: webhooks mix array and single-event bodies; the test helper cannot take both`,
    );
  return { eventTypeField: field, many: envelopes.has('array') };
}
