// @ts-check
// The sandbox folder's error mapping, from the spec's documented error schema: which field of the
// API's 4xx JSON body carries what. Declared by `x-error-fields` on that schema; a schema with
// exactly one required property, a free-text string, needs no declaration (that field carries the
// message). Nothing is guessed from field names: what cannot be derived is refused with the
// declaration to add.
//
//   x-error-fields:            # on the error schema (e.g. components/schemas/Error)
//     api_id: request-id       # a fresh id per answer (a UUID)
//     error: message           # what went wrong, naming each violation (never a credential or message text)
//     code: code               # the sandbox's error kind: bad-request, unauthorized, not-found, …
//     status: status           # the HTTP status, as a number
//     details:                 # an object property: its own fields, declared the same way
//       reason: message
import { NewApiError } from './new-api-error.mjs';

export const ERROR_ROLES = /** @type {const} */ (['message', 'code', 'request-id', 'status']);
const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** @param {any} schema */
const typesOf = (schema) => [schema?.type].flat().filter(Boolean);
/** A string schema any text fits: no enum, const, pattern or format. @param {any} schema */
const freeText = (schema) =>
  typesOf(schema).includes('string') &&
  schema.enum === undefined &&
  schema.const === undefined &&
  schema.pattern === undefined &&
  schema.format === undefined;

/**
 * @typedef {object} ErrorMapping
 * @property {string} where         the schema it was read from, e.g. "components/schemas/Error"
 * @property {string} body          the TypeScript object literal of errorResponse's body
 * @property {string[]} imports     import lines errors.ts needs for it
 * @property {string} fields        the mapped fields, for comments and the log, e.g. "`api_id` (request-id) and `error` (message)"
 */

/**
 * The error schemas the spec documents: the JSON body of each operation's 4xx responses, 400 first.
 * @param {{ operations: { label: string, operation: any }[] }} spec
 */
function errorSchemas(spec) {
  /** @type {{ label: string, status: string, schema: any }[]} */
  const found = [];
  for (const { label, operation } of spec.operations) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!/^4\d\d$/.test(status)) continue;
      const content = /** @type {any} */ (response)?.content ?? {};
      const mediaType = Object.keys(content).find((type) => JSON_MEDIA.test(type));
      if (mediaType && content[mediaType]?.schema) found.push({ label, status, schema: content[mediaType].schema });
    }
  }
  return found.sort((a, b) => (a.status === '400' ? 0 : 1) - (b.status === '400' ? 0 : 1));
}

/** @param {any} value */
const fingerprint = (value) => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined; // a cyclic schema: compared by identity only
  }
};

/**
 * @param {{ document: any, operations: { label: string, operation: any }[] }} spec  a dereferenced spec
 * @param {string} name the API's name, for messages
 * @returns {ErrorMapping}
 */
export function errorMapping(spec, name) {
  const schemas = errorSchemas(spec);
  const refuse = (/** @type {string} */ message) =>
    new NewApiError(`the sandbox folder of ${name} cannot be written: ${message}`);
  if (schemas.length === 0)
    throw refuse(
      "no 4xx response documents a JSON body, and the sandbox answers every error in the API's documented error shape: give the 4xx responses a `content: { application/json: { schema: … } }`",
    );
  const primary = /** @type {{ label: string, status: string, schema: any }} */ (schemas[0]);
  const other = schemas.find(
    (entry) => entry.schema !== primary.schema && fingerprint(entry.schema) !== fingerprint(primary.schema),
  );
  if (other)
    throw refuse(
      `the ${primary.status} response of ${primary.label} and the ${other.status} response of ${other.label} document different error bodies, and the sandbox answers every error in one shape: give the 4xx responses one error schema`,
    );
  const component = Object.entries(spec.document.components?.schemas ?? {}).find(
    ([, schema]) => schema === primary.schema || fingerprint(schema) === fingerprint(primary.schema),
  )?.[0];
  const where = component
    ? `components/schemas/${component}`
    : `the ${primary.status} response schema of ${primary.label}`;
  const schema = primary.schema;
  if (!typesOf(schema).includes('object') || !schema.properties)
    throw refuse(`${where} is not an object schema with properties, so no field can carry the error's message`);

  let declared = schema['x-error-fields'];
  if (declared === undefined) {
    const required = /** @type {string[]} */ (schema.required ?? []);
    const only = required.length === 1 ? /** @type {string} */ (required[0]) : undefined;
    if (only === undefined || !freeText(schema.properties[only]))
      throw refuse(
        `${where} requires ${required.length ? required.map((field) => `\`${field}\``).join(', ') : 'no property'}, and which of its fields carries what cannot be derived from it. Declare it on ${where}:\n    x-error-fields:\n${(required.length
          ? required
          : Object.keys(schema.properties)
        )
          .map((field) => `      ${field}: <role>`)
          .join(
            '\n',
          )}\n  with a role for every required field, one of them message: ${ERROR_ROLES.join(', ')} (see \`npm run new-api -- --help\`)`,
      );
    declared = { [only]: 'message' };
  }

  /** @type {string[]} */
  const fields = [];
  const roles = new Set();
  /**
   * The object literal of one (nested) error object.
   * @param {any} objectSchema @param {any} declaration @param {string} at
   * @returns {string}
   */
  const literalOf = (objectSchema, declaration, at) => {
    const label = `${where} x-error-fields${at}`;
    if (!declaration || typeof declaration !== 'object' || Array.isArray(declaration))
      throw refuse(
        `${label} must map property names to a role (${ERROR_ROLES.join(', ')}) or, for an object property, to its own fields`,
      );
    const properties = objectSchema.properties ?? {};
    const unknown = Object.keys(declaration).filter((field) => !(field in properties));
    if (unknown.length)
      throw refuse(
        `${label} names ${unknown.join(', ')}, which the schema has no property of (it has ${Object.keys(properties).join(', ') || 'none'})`,
      );
    const missing = /** @type {string[]} */ (objectSchema.required ?? []).filter((field) => !(field in declaration));
    if (missing.length)
      throw refuse(
        `${label} gives no role to the required ${missing.map((field) => `\`${field}\``).join(', ')}; the sandbox must fill every required field (roles: ${ERROR_ROLES.join(', ')})`,
      );
    const entries = Object.entries(declaration).map(([field, role]) => {
      const property = properties[field];
      const path = `${at}/${field}`;
      const fail = (/** @type {string} */ why) => refuse(`${where} x-error-fields${path}: ${why}`);
      let value;
      if (role !== null && typeof role === 'object') {
        if (!typesOf(property).includes('object')) throw fail('only an object property takes a map of fields');
        value = literalOf(property, role, path);
      } else if (role === 'message') {
        if (!freeText(property))
          throw fail('a message field must be a string schema without enum, const, pattern or format');
        value = 'describe(error)';
      } else if (role === 'code') {
        if (!freeText(property))
          throw fail(
            "a code field carries the sandbox's error kind (bad-request, unauthorized, …), so it must be a string schema without enum, const, pattern or format",
          );
        value = 'error.kind';
      } else if (role === 'request-id') {
        if (
          !typesOf(property).includes('string') ||
          property.enum ||
          property.const ||
          property.pattern ||
          (property.format && property.format !== 'uuid')
        )
          throw fail(
            'a request-id field is filled with a fresh UUID, so it must be a string schema without enum, const or pattern (format uuid or none)',
          );
        value = 'randomUUID()';
      } else if (role === 'status') {
        if (!typesOf(property).some((type) => type === 'integer' || type === 'number'))
          throw fail('a status field carries the HTTP status, so it must be an integer or number schema');
        value = 'error.status';
      } else {
        throw fail(`${JSON.stringify(role)} is not a role; the roles are ${ERROR_ROLES.join(', ')}`);
      }
      if (typeof role === 'string') {
        roles.add(role);
        fields.push(`\`${path.slice(1)}\` (${role})`);
      }
      return `${/^[A-Za-z_$][\w$]*$/.test(field) ? field : `'${field.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`}: ${value}`;
    });
    return `{ ${entries.join(', ')} }`;
  };
  const body = literalOf(schema, declared, '');
  if (!roles.has('message'))
    throw refuse(`${where} x-error-fields gives no field the role message, so no answer could name the violation`);
  return {
    where,
    body,
    imports: roles.has('request-id') ? ["import { randomUUID } from 'node:crypto';"] : [],
    fields:
      fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}` : /** @type {string} */ (fields[0]),
  };
}
