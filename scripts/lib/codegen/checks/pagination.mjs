// @ts-check
// The checks of `x-pagination` (see specs/README.md): each operation's declaration, validated
// against its parameters and its 2xx JSON response, becomes the plan of one paginator.
import { relative } from 'node:path';
import { repoRoot } from '../../apis.mjs';
import { parsePointer } from '../../openapi/index.mjs';
import { IDENTIFIER, capitalize } from '../source.mjs';

const STYLES = ['cursor', 'link', 'offset', 'header'];
/** The keys each style takes besides `style`, `items` and `parameter` (and `excludeParameters`, which all take). */
const STYLE_KEYS = { cursor: ['nextCursor', 'nextLink'], link: [], offset: ['limitParameter'], header: [] };
/** Leading verbs of a list operation's ID, left out of its paginator's name (listMessages -> paginateMessages). */
const LIST_VERB = /^(?:list|search|get|find|query)(?=[A-Z])/;

/**
 * @typedef {object} PaginatorPlan
 * @property {'cursor' | 'link' | 'offset' | 'header'} style
 * @property {string} path
 * @property {string} method
 * @property {string} operationId
 * @property {any} declaration                 the `x-pagination` object
 * @property {string} functionName
 * @property {string} queryType
 * @property {any[]} parameters
 * @property {any[]} query                      the query parameters the paginator takes
 * @property {string[]} excluded                the query parameters it sets itself
 * @property {{ status: string, mediaType: string, schema: any }} success
 * @property {any} itemsSchema
 * @property {number | undefined} limitDefault
 */

/**
 * The subschema at a JSON pointer of property names, or undefined where the schema has no such property.
 * @param {(value: any) => any} resolve @param {any} schema @param {string} pointer
 */
function schemaAt(resolve, schema, pointer) {
  let current = resolve(schema);
  for (const name of parsePointer(pointer)) {
    const candidates = [current, ...(current?.allOf ?? [])].map(resolve);
    current = resolve(candidates.find((candidate) => candidate?.properties?.[name])?.properties[name]);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * The operation's 2xx JSON response: its status and schema.
 * @param {(value: any) => any} resolve @param {any} operation
 */
function jsonSuccess(resolve, operation) {
  for (const [status, responseRef] of Object.entries(operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const content = resolve(responseRef)?.content ?? {};
    const mediaType = Object.keys(content).find((type) => /^application\/(?:[\w.+-]+\+)?json\b/i.test(type));
    if (mediaType) return { status, mediaType, schema: content[mediaType].schema ?? {} };
  }
  return undefined;
}

/**
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 * @param {import('../../openapi/walk.mjs').OperationEntry} entry
 * @returns {PaginatorPlan}
 */
function checkPaginator(api, spec, entry) {
  const { key: path, method, operation, parameters } = entry;
  const operationId = operation.operationId;
  const declaration = operation['x-pagination'];
  const where = `${relative(repoRoot, api.specDir)}: ${method.toUpperCase()} ${path} x-pagination`;
  const fail = (/** @type {string} */ message) => new Error(`${where}: ${message}`);
  if (typeof operationId !== 'string' || !IDENTIFIER.test(operationId))
    throw fail('the operation needs an operationId that is an identifier');
  if (method !== 'get') throw fail('only GET operations page');
  if (!STYLES.includes(declaration?.style)) throw fail(`style must be one of ${STYLES.join(', ')}`);
  const style = /** @type {'cursor' | 'link' | 'offset' | 'header'} */ (declaration.style);
  const allowed = new Set(['style', 'items', 'parameter', 'excludeParameters', ...STYLE_KEYS[style]]);
  const unknown = Object.keys(declaration).filter((name) => !allowed.has(name));
  if (unknown.length) throw fail(`unknown key(s) ${unknown.join(', ')} for style ${style}`);
  const success = jsonSuccess(spec.resolve, operation);
  if (!success) throw fail('the operation has no 2xx JSON response to page through');
  const itemsSchema = schemaAt(spec.resolve, success.schema, declaration.items);
  if (itemsSchema?.type !== 'array' && !(Array.isArray(itemsSchema?.type) && itemsSchema.type.includes('array'))) {
    throw fail(`items ${JSON.stringify(declaration.items)} is not an array in the ${success.status} response`);
  }
  for (const name of ['nextCursor', 'nextLink']) {
    if (declaration[name] !== undefined && !schemaAt(spec.resolve, success.schema, declaration[name]))
      throw fail(`${name} ${JSON.stringify(declaration[name])} is not in the ${success.status} response`);
  }
  if (style === 'cursor' && declaration.nextCursor === undefined) throw fail('a cursor listing needs nextCursor');
  const parameterIn = style === 'header' ? 'header' : 'query';
  const byName = (/** @type {string} */ name, /** @type {string} */ location) =>
    parameters.find((parameter) => parameter.name === name && parameter.in === location);
  if (typeof declaration.parameter !== 'string' || !byName(declaration.parameter, parameterIn))
    throw fail(`parameter must name a ${parameterIn} parameter of the operation`);
  const limit = style === 'offset' ? byName(declaration.limitParameter, 'query') : undefined;
  if (style === 'offset' && !Number.isInteger(limit?.schema?.default))
    throw fail(
      'limitParameter must name a query parameter whose schema has an integer default (the page size when the caller sets none)',
    );
  for (const name of declaration.excludeParameters ?? [])
    if (!byName(name, 'query')) throw fail(`excludeParameters: ${name} is not a query parameter of the operation`);
  const unsupported = parameters.filter(
    (parameter) =>
      parameter.required &&
      (parameter.in === 'header' || parameter.in === 'cookie') &&
      parameter.name !== declaration.parameter,
  );
  if (unsupported.length)
    throw fail(
      `required ${unsupported.map((parameter) => `${parameter.in} ${parameter.name}`).join(', ')} cannot be passed through a paginator`,
    );
  const excluded = [declaration.parameter, ...(declaration.excludeParameters ?? [])];
  const base = LIST_VERB.test(operationId) ? operationId.replace(LIST_VERB, '') : capitalize(operationId);
  return {
    style,
    path,
    method,
    operationId,
    declaration,
    functionName: `paginate${capitalize(base)}`,
    queryType: `${capitalize(operationId)}Query`,
    parameters,
    query: parameters.filter((parameter) => parameter.in === 'query' && !excluded.includes(parameter.name)),
    excluded,
    success,
    itemsSchema,
    limitDefault: limit?.schema?.default,
  };
}

/**
 * Every paginator of the spec, checked; two that would generate the same name are refused.
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 * @returns {PaginatorPlan[]}
 */
export function checkPagination(api, spec) {
  const plans = spec.operations
    .filter((entry) => entry.operation['x-pagination'] !== undefined)
    .map((entry) => checkPaginator(api, spec, entry));
  const names = plans.flatMap((plan) => [plan.functionName, ...(plan.query.length ? [plan.queryType] : [])]);
  const clash = names.find((name, index) => names.indexOf(name) !== index);
  if (clash)
    throw new Error(
      `${relative(repoRoot, api.specDir)}: two x-pagination operations would both generate ${clash}; rename one operationId`,
    );
  return plans;
}

/** The names a paginate.ts of these plans exports. @param {PaginatorPlan[]} plans */
export const paginateNames = (plans) =>
  plans.flatMap((plan) => [plan.functionName, ...(plan.query.length ? [plan.queryType] : [])]);
