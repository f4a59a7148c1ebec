// @ts-check
// The generated part of a client package's code, so that a package holds by hand only what is
// its own (API-specific helpers, the client's type name, its README):
//   client.ts     PRODUCTION_BASE_URL (`servers[0]`), createClient, one type alias per component
//                 schema, and the re-exports that make up the package's main entry;
//   paginate.ts   one typed paginator per operation that declares `x-pagination` (see specs/README.md);
//   callbacks.ts  the event types of the spec's `webhooks` and `defineCallbacks`, for the `./webhooks` entry.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './apis.mjs';
import { bundleSpec } from './spec.mjs';
import { collectOperations } from './webhook-validators.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const STYLES = ['cursor', 'link', 'offset', 'header'];
/** The keys each style takes besides `style`, `items` and `parameter` (and `excludeParameters`, which all take). */
const STYLE_KEYS = { cursor: ['nextCursor', 'nextLink'], link: [], offset: ['limitParameter'], header: [] };
/** Leading verbs of a list operation's ID, left out of its paginator's name (listMessages -> paginateMessages). */
const LIST_VERB = /^(?:list|search|get|find|query)(?=[A-Z])/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RUNTIME_INDEX = join(repoRoot, 'packages', 'runtime', 'src', 'index.ts');

/** @param {import('./apis.mjs').Api} api */
function banner(api, what = '') {
  return [
    '/**',
    ` * Generated from ${relative(repoRoot, api.specDir)}/${what} by \`npm run generate\`. Do not edit:`,
    ' * change the spec and regenerate; `npm test` fails when this file is stale.',
    ' */',
    '',
  ].join('\n');
}

/** @param {string} name */
const quote = (name) => `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** @param {string} name a property key, as it must be written after `.` or `?.` @param {boolean} optional */
const member = (name, optional) =>
  IDENTIFIER.test(name) ? `${optional ? '?.' : '.'}${name}` : `${optional ? '?.' : ''}[${quote(name)}]`;
/** @param {string} name a property key, as it must be written in an object literal */
const key = (name) => (IDENTIFIER.test(name) ? name : quote(name));
/** @param {string} text */
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** @param {string} text one line of a JSDoc comment */
const doc = (text) => text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();

/**
 * The names the runtime's main entry exports: a schema alias of the same name would shadow them
 * in the package's entry (which re-exports the runtime), so none is generated.
 * @returns {Set<string>}
 */
function runtimeExports() {
  const source = readFileSync(RUNTIME_INDEX, 'utf8');
  const names = new Set();
  for (const [, list] of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const entry of (list ?? '').split(',')) {
      const name = entry
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * @param {any} document
 * @param {any} value
 */
function deref(document, value) {
  let current = value;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops > 32 || !current.$ref.startsWith('#/')) throw new Error(`cannot follow $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((/** @type {string} */ part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((/** @type {any} */ node, /** @type {string} */ key) => node?.[key], document);
  }
  return current;
}

/**
 * The subschema at a JSON pointer of property names, or undefined where the schema has no such property.
 * @param {any} document
 * @param {any} schema
 * @param {string} pointer
 */
function schemaAt(document, schema, pointer) {
  let current = deref(document, schema);
  for (const key of pointerKeys(pointer)) {
    const candidates = [current, ...(current?.allOf ?? [])].map((candidate) => deref(document, candidate));
    current = deref(document, candidates.find((candidate) => candidate?.properties?.[key])?.properties[key]);
    if (current === undefined) return undefined;
  }
  return current;
}

/** @param {string} pointer "" or "/a/b" */
function pointerKeys(pointer) {
  if (pointer === '') return [];
  if (typeof pointer !== 'string' || !pointer.startsWith('/'))
    throw new Error(`${JSON.stringify(pointer)} is not a JSON pointer ("" or "/name/...")`);
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `data.a?.b` for pointer /a/b. @param {string} pointer */
function accessor(pointer) {
  return `data${pointerKeys(pointer)
    .map((key, index) => member(key, index > 0))
    .join('')}`;
}

/**
 * Every operation of the spec, with its path-level parameters merged in.
 * @param {any} document bundled, not dereferenced
 */
function operationsOf(document) {
  /** @type {{ path: string, method: string, operation: any, parameters: any[] }[]} */
  const found = [];
  for (const [path, itemRef] of Object.entries(document.paths ?? {})) {
    const item = deref(document, itemRef);
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) =>
        deref(document, parameter),
      );
      found.push({ path, method, operation, parameters });
    }
  }
  return found;
}

/**
 * The operation's 2xx JSON response: its status and schema.
 * @param {any} document
 * @param {any} operation
 */
function jsonSuccess(document, operation) {
  for (const [status, responseRef] of Object.entries(operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const content = deref(document, responseRef)?.content ?? {};
    const mediaType = Object.keys(content).find((type) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type));
    if (mediaType) return { status, mediaType, schema: content[mediaType].schema ?? {} };
  }
  return undefined;
}

/**
 * One paginator's source, from its operation's `x-pagination`.
 * @param {import('./apis.mjs').Api} api
 * @param {any} document
 * @param {{ path: string, method: string, operation: any, parameters: any[] }} entry
 */
function renderPaginator(api, document, entry) {
  const { path, method, operation, parameters } = entry;
  const operationId = operation.operationId;
  const spec = operation['x-pagination'];
  const where = `${relative(repoRoot, api.specDir)}: ${method.toUpperCase()} ${path} x-pagination`;
  const fail = (/** @type {string} */ message) => new Error(`${where}: ${message}`);
  if (typeof operationId !== 'string' || !IDENTIFIER.test(operationId))
    throw fail('the operation needs an operationId that is an identifier');
  if (method !== 'get') throw fail('only GET operations page');
  if (!STYLES.includes(spec?.style)) throw fail(`style must be one of ${STYLES.join(', ')}`);
  const style = /** @type {'cursor' | 'link' | 'offset' | 'header'} */ (spec.style);
  const allowed = new Set(['style', 'items', 'parameter', 'excludeParameters', ...STYLE_KEYS[style]]);
  const unknown = Object.keys(spec).filter((key) => !allowed.has(key));
  if (unknown.length) throw fail(`unknown key(s) ${unknown.join(', ')} for style ${style}`);
  const success = jsonSuccess(document, operation);
  if (!success) throw fail('the operation has no 2xx JSON response to page through');
  const itemsSchema = schemaAt(document, success.schema, spec.items);
  if (itemsSchema?.type !== 'array' && !(Array.isArray(itemsSchema?.type) && itemsSchema.type.includes('array'))) {
    throw fail(`items ${JSON.stringify(spec.items)} is not an array in the ${success.status} response`);
  }
  for (const key of ['nextCursor', 'nextLink']) {
    if (spec[key] !== undefined && !schemaAt(document, success.schema, spec[key]))
      throw fail(`${key} ${JSON.stringify(spec[key])} is not in the ${success.status} response`);
  }
  if (style === 'cursor' && spec.nextCursor === undefined) throw fail('a cursor listing needs nextCursor');
  const parameterIn = style === 'header' ? 'header' : 'query';
  const byName = (/** @type {string} */ name, /** @type {string} */ location) =>
    parameters.find((parameter) => parameter.name === name && parameter.in === location);
  if (typeof spec.parameter !== 'string' || !byName(spec.parameter, parameterIn))
    throw fail(`parameter must name a ${parameterIn} parameter of the operation`);
  const limit = style === 'offset' ? byName(spec.limitParameter, 'query') : undefined;
  if (style === 'offset' && !Number.isInteger(limit?.schema?.default))
    throw fail(
      'limitParameter must name a query parameter whose schema has an integer default (the page size when the caller sets none)',
    );
  const excluded = [spec.parameter, ...(spec.excludeParameters ?? [])];
  for (const name of spec.excludeParameters ?? [])
    if (!byName(name, 'query')) throw fail(`excludeParameters: ${name} is not a query parameter of the operation`);
  const unsupported = parameters.filter(
    (parameter) =>
      parameter.required &&
      (parameter.in === 'header' || parameter.in === 'cookie') &&
      parameter.name !== spec.parameter,
  );
  if (unsupported.length)
    throw fail(
      `required ${unsupported.map((parameter) => `${parameter.in} ${parameter.name}`).join(', ')} cannot be passed through a paginator`,
    );

  const base = LIST_VERB.test(operationId) ? operationId.replace(LIST_VERB, '') : capitalize(operationId);
  const functionName = `paginate${capitalize(base)}`;
  const queryType = `${capitalize(operationId)}Query`;
  const hasPath = parameters.some((parameter) => parameter.in === 'path');
  const query = parameters.filter((parameter) => parameter.in === 'query' && !excluded.includes(parameter.name));
  const queryRequired = query.some((parameter) => parameter.required);
  const operationType = `operations[${quote(operationId)}]`;
  const itemRef = /^#\/components\/schemas\/([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(itemsSchema.items?.$ref ?? '')?.[1];
  const bodyType = `${operationType}['responses'][${success.status}]['content'][${quote(success.mediaType)}]`;
  const itemType = itemRef
    ? `components['schemas'][${quote(itemRef)}]`
    : `${pointerKeys(spec.items).reduce((type, key) => `NonNullable<${type}[${quote(key)}]>`, bodyType)}[number]`;

  const lines = [];
  if (query.length) {
    const omitted = parameters
      .filter((parameter) => parameter.in === 'query' && excluded.includes(parameter.name))
      .map((parameter) => quote(parameter.name));
    const all = `NonNullable<${operationType}['parameters']['query']>`;
    lines.push(
      `/** The query parameters of \`${operationId}\` that ${functionName} takes${omitted.length ? ` (not ${omitted.join(', ').replace(/'/g, '`')}: it pages by itself)` : ''}. */`,
    );
    lines.push(`export type ${queryType} = ${omitted.length ? `Omit<${all}, ${omitted.join(' | ')}>` : all};`, '');
  }
  const how = {
    cursor: `following the body's \`${spec.nextCursor}\` cursor of each page (sent back as \`${spec.parameter}\`${spec.nextLink ? `; where only \`${spec.nextLink}\` is given, its \`${spec.parameter}\`` : ''})`,
    link: `following the \`Link: <…>; rel="next"\` header's \`${spec.parameter}\` from the client's own base URL; no link is the last page`,
    offset: `advancing \`${spec.parameter}\` by the items received; a page shorter than \`${spec.limitParameter}\` (default ${limit?.schema?.default}) is the last`,
    header: `following the \`${spec.parameter}\` response header (sent back as a request header) until a response has none or an empty page comes`,
  }[style];
  const paramFields = [
    hasPath ? `path: ${operationType}['parameters']['path']` : '',
    query.length ? `query${queryRequired ? '' : '?'}: ${queryType}` : '',
  ].filter(Boolean);
  lines.push(
    '/**',
    ` * Every item of \`${operationId}\` (${method.toUpperCase()} ${path}), page after page:`,
    ` * ${doc(how)}.`,
    ' * Each page is fetched only when the previous one has been consumed; a repeated cursor throws PaginationError.',
    ' */',
    `export function ${functionName}(`,
    '  client: ApiClient<paths>,',
    ...(paramFields.length ? [`  params: { ${paramFields.join('; ')} },`] : []),
    '  options: PageOptions = {},',
    `): AsyncGenerator<${itemType}, void, undefined> {`,
  );
  const pathInit = hasPath ? 'path: params.path' : '';
  const call = (/** @type {string[]} */ init) =>
    `client.GET(${quote(path)}, { params: { ${init.filter(Boolean).join(', ')} } })`;
  const withQuery = (/** @type {string} */ value) =>
    `{ ${query.length ? '...params.query, ' : ''}${key(spec.parameter)}: ${value} }`;
  const items = `items: (data) => ${accessor(spec.items)},`;
  if (style === 'cursor' || style === 'link') {
    const firstQuery = query.length ? 'params.query' : 'undefined';
    lines.push(
      `  return ${style === 'cursor' ? 'paginateByBodyCursor' : 'paginateByLinkHeader'}({`,
      '    ...options,',
      `    parameter: ${quote(spec.parameter)},`,
      `    fetchPage: (cursor: string | undefined) => ${call([pathInit, `query: cursor === undefined ? ${firstQuery} : ${withQuery('cursor')}`])},`,
      `    ${items}`,
      ...(style === 'cursor' ? [`    nextCursor: (data) => ${accessor(spec.nextCursor)},`] : []),
      ...(style === 'cursor' && spec.nextLink !== undefined
        ? [`    nextLink: (data) => ${accessor(spec.nextLink)},`]
        : []),
      '  });',
    );
  } else if (style === 'offset') {
    lines.push(
      '  return paginateByOffset({',
      '    ...options,',
      `    pageSize: params.query${member(spec.limitParameter, true)} ?? ${limit.schema.default},`,
      `    fetchPage: (offset: number) => ${call([pathInit, `query: ${withQuery('offset')}`])},`,
      `    ${items}`,
      '  });',
    );
  } else {
    lines.push(
      '  return paginateByHeader({',
      '    ...options,',
      `    header: ${quote(spec.parameter)},`,
      `    fetchPage: (cursor: string | undefined) => ${call([pathInit, query.length ? 'query: params.query' : '', `...(cursor === undefined ? {} : { header: { ${key(spec.parameter)}: cursor } })`])},`,
      `    ${items}`,
      '  });',
    );
  }
  lines.push('}', '');
  return {
    functionName,
    queryType: query.length ? queryType : undefined,
    source: lines.join('\n'),
    styleFunction: {
      cursor: 'paginateByBodyCursor',
      link: 'paginateByLinkHeader',
      offset: 'paginateByOffset',
      header: 'paginateByHeader',
    }[style],
  };
}

/**
 * @param {import('./apis.mjs').Api} api
 * @param {any} document
 */
function renderPaginate(api, document) {
  const paginators = operationsOf(document)
    .filter((entry) => entry.operation['x-pagination'] !== undefined)
    .map((entry) => renderPaginator(api, document, entry));
  if (paginators.length === 0) return { source: undefined, names: [] };
  const names = paginators.flatMap((paginator) => [
    paginator.functionName,
    ...(paginator.queryType ? [paginator.queryType] : []),
  ]);
  const clash = names.find((name, index) => names.indexOf(name) !== index);
  if (clash)
    throw new Error(
      `${relative(repoRoot, api.specDir)}: two x-pagination operations would both generate ${clash}; rename one operationId`,
    );
  const runtime = [...new Set(paginators.map((paginator) => paginator.styleFunction))].sort();
  const usesComponents = paginators.some((paginator) => paginator.source.includes("components['schemas']"));
  const source = [
    banner(api, ' (the `x-pagination` of its list operations)'),
    `import { ${runtime.join(', ')}, type ApiClient, type PageOptions } from '@messaging-contracts/runtime';`,
    `import type { ${usesComponents ? 'components, ' : ''}operations, paths } from './openapi.js';`,
    '',
    ...paginators.map((paginator) => paginator.source),
  ].join('\n');
  return { source, names };
}

/**
 * How the spec says a client authenticates, for createClient's comment.
 * @param {any} document
 */
function authenticationOf(document) {
  const ways = new Set();
  for (const scheme of Object.values(document.components?.securitySchemes ?? {}).map((value) =>
    deref(document, value),
  )) {
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
 * @param {import('./apis.mjs').Api} api
 * @param {any} document bundled
 * @param {any} dereferenced
 * @param {string[]} paginateNames
 */
function renderClient(api, document, dereferenced, paginateNames) {
  const server = document.servers?.[0];
  if (typeof server?.url !== 'string' || !/^https?:\/\//.test(server.url))
    throw new Error(`${relative(repoRoot, api.root)}: servers[0].url must be the production server's absolute URL`);
  const slashed = [
    ...new Set(
      operationsOf(dereferenced)
        .flatMap((entry) => entry.parameters)
        .filter((parameter) => parameter.in === 'path' && parameter['x-allowSlashes'] === true)
        .map((parameter) => parameter.name),
    ),
  ].sort();
  const taken = new Set([
    ...runtimeExports(),
    ...paginateNames,
    'PRODUCTION_BASE_URL',
    'createClient',
    'serializePath',
    'parameterRules',
    'components',
    'operations',
    'paths',
    'Schemas',
  ]);
  const schemaNames = Object.keys(document.components?.schemas ?? {});
  const aliased = schemaNames.filter((name) => IDENTIFIER.test(name) && !taken.has(name));
  const skipped = schemaNames.filter((name) => !aliased.includes(name));
  const auth = authenticationOf(document);
  const lines = [
    banner(api),
    `import { clientFactory${slashed.length ? ', pathSerializerFor' : ''} } from '@messaging-contracts/runtime';`,
    `import type { ${aliased.length ? 'components, ' : ''}paths } from './openapi.js';`,
    "import { parameterRules } from './parameters.js';",
    '',
    "export type { components, operations, paths } from './openapi.js';",
    "export { parameterRules } from './parameters.js';",
    ...(paginateNames.length ? ["export * from './paginate.js';"] : []),
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
    ` * A typed client of ${doc(document.info?.title ?? api.name)}${auth.length ? `. Authenticate with ${auth.join(' or ')}` : ''}.`,
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
      "type Schemas = components['schemas'];",
      ...aliased.map((name) => `export type ${name} = Schemas[${quote(name)}];`),
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The field that names an event's type: the discriminator of the inputs that have one (an input
 * with one event shape, such as a GET callback's query string, has none), or else the one constant
 * field whose values differ between the spec's events (Fone Dynamics' `Event`; its `Action` is
 * always `Webhook`).
 * @param {import('./apis.mjs').Api} api
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
 * @param {import('./apis.mjs').Api} api
 * @param {any} document bundled
 */
function renderCallbacks(api, document) {
  const webhookNames = Object.keys(document.webhooks ?? {});
  if (webhookNames.length === 0) return undefined;
  const { operations } = collectOperations(document);
  const inputs = operations.flatMap((operation) => operation.inputs);
  const field = eventTypeField(api, inputs);
  const envelopes = new Set(inputs.map((input) => input.envelope));
  if (envelopes.size !== 1)
    throw new Error(
      `${relative(repoRoot, api.specDir)}: webhooks mix array and single-event bodies; the test helper cannot take both`,
    );
  const many = envelopes.has('array');
  return [
    banner(api, ' (its `webhooks`)'),
    "import { bindCallbackApi, type BoundCallbackApi, type CallbackApiDefinition, type WebhookEvents } from '@messaging-contracts/runtime/webhooks';",
    "import type { webhooks } from './openapi.js';",
    "import { webhookOperations } from './webhooks.js';",
    '',
    "export { CallbackAuthError, CallbackValidationError, type CallbackDelivery, type CallbackReceiver, type CallbackReceiverOptions, type ReceivedEvent } from '@messaging-contracts/runtime/webhooks';",
    '',
    `/** Every callback event of the spec's webhooks (${webhookNames.join(', ')}), a union narrowed by \`${field}\`. */`,
    'export type CallbackEvent = WebhookEvents<webhooks>;',
    `export type CallbackEventType = CallbackEvent[${quote(field)}];`,
    `/** One event type's shape, e.g. \`CallbackEventOf<${JSON.stringify(inputs[0]?.events[0]?.constants[field]?.[0] ?? 'type')}>\`. */`,
    `export type CallbackEventOf<Type extends CallbackEventType> = Extract<CallbackEvent, { ${key(field)}: Type }>;`,
    '',
    "/** What an API sets by hand about its callbacks: its name in errors, a dedupe key where the spec has no `x-dedupe-key`, the test helper's headers. */",
    "export type CallbackSettings = Omit<CallbackApiDefinition<CallbackEvent>, 'operations' | 'eventTypeField'>;",
    '',
    `/** The receiver of this API's callbacks and its test helper (${many ? 'which takes a list of events: the provider sends them as a JSON array' : 'which takes one event: the provider sends one per request'}). */`,
    `export function defineCallbacks(settings: CallbackSettings): BoundCallbackApi<CallbackEvent, ${many ? 'readonly CallbackEvent[]' : 'CallbackEvent'}> {`,
    `  return bindCallbackApi({ ...settings, operations: webhookOperations, eventTypeField: ${quote(field)} });`,
    '}',
    '',
  ].join('\n');
}

/**
 * The generated code files of an API's client package, by absolute path.
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<Map<string, string>>}
 */
export async function renderClientCode(api) {
  const [document, dereferenced] = await Promise.all([
    bundleSpec(api.root),
    bundleSpec(api.root, { dereference: true }),
  ]);
  const dir = dirname(api.typesFile);
  const paginate = renderPaginate(api, document);
  const callbacks = renderCallbacks(api, document);
  return new Map([
    [join(dir, 'client.ts'), renderClient(api, document, dereferenced, paginate.names)],
    ...(paginate.source ? [/** @type {[string, string]} */ ([join(dir, 'paginate.ts'), paginate.source])] : []),
    ...(callbacks ? [/** @type {[string, string]} */ ([join(dir, 'callbacks.ts'), callbacks])] : []),
  ]);
}
