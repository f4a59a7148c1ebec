// @ts-check
// Which changes between two versions of a spec break its users. Specs are compared dereferenced.
//
// Direction matters: a client SENDS requests and READS responses. A request may not demand more
// (a new required field or parameter, fewer accepted values or types); a response may not promise
// less (a field removed or made optional, a new type or a new enum value a strict client cannot
// handle). Removing an enum value is breaking on both sides: requests using it are refused, and
// code matching on it (docs, switch statements) loses a case the contract promised.
//
// Webhooks run the other way: the provider sends them and the user's receiver READS them, so their
// payloads and query parameters are judged like responses.

import { HTTP_METHODS as METHODS } from './openapi/methods.mjs';

/**
 * @typedef {object} SpecChange
 * @property {boolean} breaking
 * @property {string} kind
 * @property {string} where
 * @property {string} message
 */

/**
 * @param {any} base
 * @param {any} head
 * @returns {SpecChange[]}
 */
export function diffSpecs(base, head) {
  /** @type {SpecChange[]} */
  const changes = [];
  const add = (
    /** @type {boolean} */ breaking,
    /** @type {string} */ kind,
    /** @type {string} */ where,
    /** @type {string} */ message,
  ) => changes.push({ breaking, kind, where, message });

  for (const [path, baseItem] of Object.entries(base.paths ?? {})) {
    const headItem = head.paths?.[path];
    for (const method of METHODS) {
      const before = baseItem?.[method];
      if (!before) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const after = headItem?.[method];
      if (!after) {
        add(true, 'operation-removed', where, 'the operation was removed');
        continue;
      }
      compareParameters(parametersOf(baseItem, before), parametersOf(headItem, after), where, add);
      compareRequestBody(before.requestBody, after.requestBody, where, add);
      compareResponses(before.responses ?? {}, after.responses ?? {}, where, add);
    }
  }
  for (const [path, headItem] of Object.entries(head.paths ?? {})) {
    for (const method of METHODS) {
      if (headItem?.[method] && !base.paths?.[path]?.[method])
        add(false, 'operation-added', `${method.toUpperCase()} ${path}`, 'a new operation');
    }
  }
  compareWebhooks(base.webhooks ?? {}, head.webhooks ?? {}, add);
  return changes;
}

/** @param {Record<string, any>} before @param {Record<string, any>} after @param {Add} add */
function compareWebhooks(before, after, add) {
  for (const [name, baseItem] of Object.entries(before)) {
    for (const method of METHODS) {
      const operation = baseItem?.[method];
      if (!operation) continue;
      const where = `webhook ${method.toUpperCase()} ${name}`;
      const next = after[name]?.[method];
      if (!next) {
        add(true, 'webhook-removed', where, 'the webhook was removed');
        continue;
      }
      const nextParameters = parametersOf(after[name], next);
      for (const [key, parameter] of parametersOf(baseItem, operation)) {
        const at = `${where} ${key} parameter`;
        const changed = nextParameters.get(key);
        if (!changed) add(true, 'parameter-removed', at, 'the provider no longer sends this parameter');
        else {
          if (parameter.required && !changed.required)
            add(true, 'parameter-made-optional', at, 'the parameter may now be absent');
          compareSchemas(parameter.schema ?? {}, changed.schema ?? {}, at, 'response', add);
        }
      }
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        const nextMedia = next.requestBody?.content?.[type];
        if (!nextMedia)
          add(true, 'media-type-removed', `${where} payload ${type}`, 'the payload media type was removed');
        else compareSchemas(media.schema ?? {}, nextMedia.schema ?? {}, `${where} payload`, 'response', add);
      }
    }
  }
  for (const [name, headItem] of Object.entries(after)) {
    for (const method of METHODS) {
      if (headItem?.[method] && !before[name]?.[method])
        add(false, 'webhook-added', `webhook ${method.toUpperCase()} ${name}`, 'a new webhook');
    }
  }
}

/** @param {any} item @param {any} operation */
function parametersOf(item, operation) {
  /** @type {Map<string, any>} */
  const byKey = new Map();
  for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])])
    byKey.set(`${parameter.in} ${parameter.name}`, parameter);
  return byKey;
}

/** @typedef {(breaking: boolean, kind: string, where: string, message: string) => void} Add */

/** @param {Map<string, any>} before @param {Map<string, any>} after @param {string} where @param {Add} add */
function compareParameters(before, after, where, add) {
  for (const [key, parameter] of before) {
    const at = `${where} ${key} parameter`;
    const next = after.get(key);
    if (!next) {
      add(true, 'parameter-removed', at, 'the parameter was removed');
      continue;
    }
    if (!parameter.required && next.required) add(true, 'parameter-made-required', at, 'the parameter became required');
    compareSchemas(parameter.schema ?? {}, next.schema ?? {}, at, 'request', add);
  }
  for (const [key, parameter] of after) {
    if (before.has(key)) continue;
    if (parameter.required)
      add(true, 'required-parameter-added', `${where} ${key} parameter`, 'a new required parameter');
    else add(false, 'parameter-added', `${where} ${key} parameter`, 'a new optional parameter');
  }
}

/** @param {any} before @param {any} after @param {string} where @param {Add} add */
function compareRequestBody(before, after, where, add) {
  if (!before && !after) return;
  if (!before) {
    add(
      Boolean(after.required),
      after.required ? 'required-body-added' : 'body-added',
      `${where} request body`,
      'a request body was added',
    );
    return;
  }
  if (!after) {
    add(true, 'body-removed', `${where} request body`, 'the request body was removed');
    return;
  }
  if (!before.required && after.required)
    add(true, 'body-made-required', `${where} request body`, 'the request body became required');
  for (const [type, media] of Object.entries(before.content ?? {})) {
    const next = after.content?.[type];
    if (!next) add(true, 'media-type-removed', `${where} request ${type}`, 'the media type is no longer accepted');
    else compareSchemas(media.schema ?? {}, next.schema ?? {}, `${where} request`, 'request', add);
  }
}

/** @param {Record<string, any>} before @param {Record<string, any>} after @param {string} where @param {Add} add */
function compareResponses(before, after, where, add) {
  for (const [status, response] of Object.entries(before)) {
    const next = after[status];
    if (!next) {
      add(true, 'response-removed', `${where} ${status}`, `the ${status} response was removed`);
      continue;
    }
    for (const [type, media] of Object.entries(response.content ?? {})) {
      const nextMedia = next.content?.[type];
      if (!nextMedia)
        add(true, 'media-type-removed', `${where} ${status} ${type}`, 'the response media type was removed');
      else compareSchemas(media.schema ?? {}, nextMedia.schema ?? {}, `${where} ${status}`, 'response', add);
    }
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (!next.headers?.[name])
        add(true, 'response-header-removed', `${where} ${status} header ${name}`, 'the response header was removed');
      else
        compareSchemas(
          header.schema ?? {},
          next.headers[name].schema ?? {},
          `${where} ${status} header ${name}`,
          'response',
          add,
        );
    }
  }
  for (const status of Object.keys(after)) {
    if (!before[status]) add(false, 'response-added', `${where} ${status}`, `a new ${status} response`);
  }
}

/** The alternative most like `schema`: the same types, then the most property names in common. @param {any} schema @param {any[]} alternatives */
function closestAlternative(schema, alternatives) {
  const types = typesOf(schema);
  const names = new Set(Object.keys(schema.properties ?? {}));
  const score = (/** @type {any} */ candidate) =>
    [...typesOf(candidate)].filter((type) => types.has(type)).length * 1000 +
    Object.keys(candidate.properties ?? {}).filter((name) => names.has(name)).length;
  return alternatives.reduce((best, candidate) => (score(candidate) > score(best) ? candidate : best), alternatives[0]);
}

const CONSTRAINTS = [
  'pattern',
  'format',
  'const',
  'multipleOf',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'uniqueItems',
];

/** Whether a constraint now admits fewer values (a changed pattern or format counts: it may). @param {string} key @param {any} before @param {any} after */
function isTighter(key, before, after) {
  if (after === undefined || after === false) return false;
  if (before === undefined) return true;
  if (key.startsWith('min') || key === 'exclusiveMinimum') return after > before;
  if (key.startsWith('max') || key === 'exclusiveMaximum') return after < before;
  return true;
}

/** @param {any} schema */
function typesOf(schema) {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  // An integer is also a number: widening integer to number is not a new type for a reader.
  return new Set(types);
}

/**
 * @param {any} before
 * @param {any} after
 * @param {string} where
 * @param {'request' | 'response'} side
 * @param {Add} add
 * @param {Set<any>} [seen] pairs already compared (dereferenced specs may be cyclic)
 */
function compareSchemas(before, after, where, side, add, seen = new Set()) {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return;
  if (seen.has(before)) return;
  seen.add(before);

  // A schema that became a choice (e.g. one message or a batch of them) is compared with the alternative
  // that is the same kind of thing, not reported as if every field had gone; and the other way round.
  const alternativesAfter = after.oneOf ?? after.anyOf;
  const alternativesBefore = before.oneOf ?? before.anyOf;
  if (alternativesAfter && !alternativesBefore) {
    add(side === 'response', 'alternatives-added', where, 'the schema became a choice of alternatives');
    compareSchemas(before, closestAlternative(before, alternativesAfter), where, side, add, seen);
    return;
  }
  if (alternativesBefore && !alternativesAfter) {
    add(side === 'request', 'alternatives-removed', where, 'the schema is no longer a choice of alternatives');
    compareSchemas(closestAlternative(after, alternativesBefore), after, where, side, add, seen);
    return;
  }

  const [typesBefore, typesAfter] = [typesOf(before), typesOf(after)];
  if (typesBefore.size && typesAfter.size) {
    const added = [...typesAfter].filter((type) => !typesBefore.has(type));
    const removed = [...typesBefore].filter((type) => !typesAfter.has(type));
    if (added.length || removed.length) {
      // A request may accept more types, a response may send fewer; anything else breaks someone.
      const breaking = side === 'request' ? removed.length > 0 : added.length > 0;
      add(breaking, 'type-changed', where, `type ${[...typesBefore].join('|')} became ${[...typesAfter].join('|')}`);
    }
  }

  if (Array.isArray(before.enum) || Array.isArray(after.enum)) {
    const valuesBefore = before.enum ?? [];
    const valuesAfter = after.enum ?? [];
    for (const value of valuesBefore) {
      if (Array.isArray(after.enum) && !valuesAfter.includes(value))
        add(true, 'enum-value-removed', where, `enum value ${JSON.stringify(value)} was removed`);
    }
    for (const value of valuesAfter) {
      if (Array.isArray(before.enum) && !valuesBefore.includes(value)) {
        add(
          side === 'response',
          'enum-value-added',
          where,
          `enum value ${JSON.stringify(value)} was added${side === 'response' ? ' (a strict client cannot handle it)' : ''}`,
        );
      }
    }
    if (!Array.isArray(before.enum) && Array.isArray(after.enum))
      add(side === 'request', 'enum-added', where, 'the values are now restricted to an enum');
  }

  for (const key of CONSTRAINTS) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    // A request may accept more, so a tighter constraint breaks senders; a response's changed constraint breaks no reader.
    const tighter = isTighter(key, before[key], after[key]);
    const change =
      before[key] === undefined
        ? `${key} ${JSON.stringify(after[key])} was added`
        : after[key] === undefined
          ? `${key} was removed`
          : `${key} ${JSON.stringify(before[key])} became ${JSON.stringify(after[key])}`;
    add(side === 'request' && tighter, 'constraint-changed', where, change);
  }

  const requiredBefore = new Set(before.required ?? []);
  const requiredAfter = new Set(after.required ?? []);
  for (const [name, property] of Object.entries(before.properties ?? {})) {
    const at = `${where}.${name}`;
    const next = after.properties?.[name];
    if (!next) {
      add(
        true,
        'property-removed',
        at,
        side === 'response' ? 'the response field was removed' : 'the request field was removed',
      );
      continue;
    }
    if (side === 'response' && requiredBefore.has(name) && !requiredAfter.has(name))
      add(true, 'property-made-optional', at, 'the response field is no longer required');
    if (side === 'request' && !requiredBefore.has(name) && requiredAfter.has(name))
      add(true, 'property-made-required', at, 'the request field became required');
    compareSchemas(property, next, at, side, add, seen);
  }
  for (const [name] of Object.entries(after.properties ?? {})) {
    if (before.properties?.[name]) continue;
    const required = requiredAfter.has(name);
    if (side === 'request' && required)
      add(true, 'required-property-added', `${where}.${name}`, 'a new required request field');
    else add(false, 'property-added', `${where}.${name}`, `a new ${side} field`);
  }
  if (before.items && after.items) compareSchemas(before.items, after.items, `${where}[]`, side, add, seen);
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    /** @type {any[]} */
    const partsBefore = before[key] ?? [];
    /** @type {any[]} */
    const partsAfter = after[key] ?? [];
    partsBefore.forEach((part, index) => {
      if (partsAfter[index]) compareSchemas(part, partsAfter[index], `${where}.${key}[${index}]`, side, add, seen);
      else add(true, 'schema-alternative-removed', `${where}.${key}[${index}]`, `a ${key} alternative was removed`);
    });
  }
  if ((before.description ?? '') !== (after.description ?? ''))
    add(false, 'description-changed', where, 'the description changed');
}

/**
 * The packages whose pending changesets may break their users, from the changeset files' front matter:
 * a `major` bump, or for a package still below 1.0.0 a `minor` one (npm's `^0.x.y` never crosses a minor
 * version, so 0.x packages break in minors, as semver allows).
 * @param {string[]} changesetTexts
 * @param {Record<string, string>} [currentVersions] package name -> version today
 */
export function breakingBumps(changesetTexts, currentVersions = {}) {
  const packages = new Set();
  for (const text of changesetTexts) {
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    for (const [, name = '', bump] of frontMatter.matchAll(
      /^\s*["']?([^"':\s]+)["']?\s*:\s*["']?(major|minor|patch)["']?\s*$/gm,
    )) {
      const belowOne = /^0\./.test(currentVersions[name] ?? '');
      if (bump === 'major' || (bump === 'minor' && belowOne)) packages.add(name);
    }
  }
  return packages;
}

/**
 * The packages with a pending major changeset.
 * @param {string[]} changesetTexts
 */
export function majorBumps(changesetTexts) {
  return breakingBumps(changesetTexts);
}
