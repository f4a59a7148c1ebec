// @ts-check
// What a reader of a bundled spec sees, whichever tool shows it (Redoc, Swagger UI, an editor, a code
// generator's comments): the values this contract keeps in `x-` extensions are written into the
// descriptions too, and internal names of the documents the specs were written from are replaced by the
// public documents' titles and links. Used by build.mjs (the published bundles) and by the Redoc pages
// (scripts/lib/docs.mjs), so both show the same text.

/**
 * The public documents behind the internal names "seed 000" … "seed 004" (their index: the project's
 * seeds/README.md), each cited by its title and where it is published, as a link where its public
 * address is known.
 */
export const publicSources = {
  '000': { name: 'Bandwidth\'s "Get Messages" search page' },
  '001': {
    name: "the SDK's MessagesApi reference",
    url: 'https://github.com/Bandwidth/node-sdk/blob/main/docs/MessagesApi.md',
  },
  '002': {
    name: 'the "Fetch Message information" page',
    url: 'https://github.com/Bandwidth/ap-docs/blob/17759770765b603acdd14f6240be29df0f5a95ab/methods/messages/getMessagesMessageId.md',
  },
  '003': { name: 'the Fone Dynamics "Search SMS Messages" page' },
  '004': { name: 'Bandwidth\'s message detail record page ("Get information about a specific message")' },
};

/** Internal names a reader has no way to open. */
const internalName = /\bseeds?[\s_]*\d{3}\b|\bseeds\/|\b\d{3}_[0-9a-f]{16}\.txt\b/i;
const seedCitation = /\b([Ss])eed\s+(\d{3})('s)?/g;

/** Keys whose values are data (examples, defaults, enum values), never prose: left as they are. */
const dataKeys = new Set(['value', 'example', 'default', 'enum', 'const', 'externalValue']);

/**
 * The document as readers get it: a copy with every `x-` value that a reader needs rendered into the
 * descriptions, and the internal source names replaced. Throws when an internal name is left over.
 * @template {Record<string, any>} T
 * @param {T} bundled a bundled spec (internal `$ref`s only)
 * @returns {T}
 */
export function readerFacing(bundled) {
  const document = structuredClone(bundled);
  citePublicSources(document);
  renderExtensions(document);
  walkProse(document, '', unwrap);
  const left = internalNames(document);
  if (left.length)
    throw new Error(
      `${document.info?.title ?? 'spec'}: internal document names a reader cannot open:\n${left
        .map(({ pointer, text }) => `  ${pointer}: ${text}`)
        .join(
          '\n',
        )}\nCite the public document instead (title and link), or add it to publicSources in ${import.meta.url}.`,
    );
  return document;
}

/**
 * Markdown prose with its soft line breaks (a newline inside a paragraph, which Markdown renders as a
 * space) written as spaces. Redoc's search builds its snippets from the raw text and drops the newline,
 * so "after which the\ncallback" would show as "thecallback". Paragraph breaks, list items, tables,
 * headings, quotes, code (fenced or indented) and hard breaks are kept as they are.
 * @param {string} text
 */
export function unwrap(text) {
  const listItem = /^\s*(?:[-*+]|\d+[.)])\s/;
  const startsBlock = /^\s*(?:\||#|>|```|~~~)/;
  /** @type {string[]} */
  const out = [];
  let fenced = false;
  let inList = false;
  for (const line of text.split('\n')) {
    const previous = out.at(-1);
    const fence = /^\s*(?:```|~~~)/.test(line);
    if (line.trim() === '') inList = false;
    else if (listItem.test(line)) inList = true;
    const joins =
      !fenced &&
      previous !== undefined &&
      previous.trim() !== '' &&
      line.trim() &&
      !listItem.test(line) &&
      !startsBlock.test(line) &&
      !startsBlock.test(previous) &&
      !/(?: {2}|\\)$/.test(previous) &&
      // An indented line continues a list item; after plain text it is code.
      (!/^\s/.test(line) || inList);
    if (joins) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
    if (fence) fenced = !fenced;
  }
  return out.join('\n');
}

/**
 * Every prose string of the document that names an internal document.
 * @param {unknown} document
 * @returns {Array<{ pointer: string, text: string }>}
 */
export function internalNames(document) {
  /** @type {Array<{ pointer: string, text: string }>} */
  const found = [];
  walkProse(document, '', (text, pointer) => {
    const match = internalName.exec(text);
    if (match) found.push({ pointer, text: excerpt(text, match.index) });
    return text;
  });
  return found;
}

/** @param {any} document */
function citePublicSources(document) {
  walkProse(document, '', (text) =>
    text.replace(seedCitation, (whole, initial, number, possessive) => {
      const source = publicSources[/** @type {keyof typeof publicSources} */ (number)];
      if (!source) return whole;
      const named = initial === 'S' ? capitalize(source.name) : source.name;
      return `${'url' in source ? `[${named}](${source.url})` : named}${possessive ?? ''}`;
    }),
  );
}

/**
 * Visit every prose string (any string outside example values, defaults and enum values), replacing it
 * by what `visit` returns.
 * @param {any} node
 * @param {string} pointer
 * @param {(text: string, pointer: string) => string} visit
 */
function walkProse(node, pointer, visit) {
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      if (typeof child === 'string') node[index] = visit(child, `${pointer}/${index}`);
      else walkProse(child, `${pointer}/${index}`, visit);
    });
  } else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (dataKeys.has(key) || key === '$ref') continue;
      const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (typeof child === 'string') node[key] = visit(child, at);
      else walkProse(child, at, visit);
    }
  }
}

/**
 * @param {string} text
 * @param {number} index
 */
function excerpt(text, index) {
  const start = Math.max(0, index - 40);
  return `${start ? '…' : ''}${text.slice(start, index + 40).replace(/\s+/g, ' ')}${index + 40 < text.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------------
// x- extensions rendered as prose

/** The heading words each rendered paragraph starts with, so tests and readers can find them. */
export const renderedLabels = {
  dedupe: 'Deduplication',
  delivery: 'Delivery',
  openEnum: 'Open list',
  paging: 'Paging',
  slashes: 'Slashes',
};

/** @param {any} document */
function renderExtensions(document) {
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
    if (Array.isArray(schema?.['x-dedupe-key'])) append(schema, dedupeSentence(schema['x-dedupe-key'], name));
  for (const schema of schemaNodes(document)) {
    const open = openEnum(document, schema);
    if (open) append(schema, open);
  }
  for (const { operation, webhook } of operationsOf(document)) {
    if (webhook) {
      const delivery = deliveryParagraph(document, operation);
      if (delivery) append(operation, delivery);
    }
    if (operation['x-pagination']) append(operation, pagingParagraph(document, operation));
  }
  for (const parameter of parametersOf(document))
    if (parameter['x-allowSlashes'] === true)
      append(
        parameter,
        `**${renderedLabels.slashes}** (\`x-allowSlashes\`): \`${parameter.name}\` may contain \`/\`, which is sent as is and separates path segments; each part between slashes is percent-encoded on its own, and empty, \`.\` and \`..\` parts are refused.`,
      );
}

/**
 * @param {Record<string, any>} node
 * @param {string} paragraph
 */
function append(node, paragraph) {
  const description = typeof node.description === 'string' ? node.description.trimEnd() : '';
  node.description = description ? `${description}\n\n${paragraph}\n` : `${paragraph}\n`;
}

/**
 * @param {string[]} pointers
 * @param {string} schemaName
 */
function dedupeSentence(pointers, schemaName) {
  return `**${renderedLabels.dedupe}** (\`x-dedupe-key\` of \`${schemaName}\`): events with the same ${list(
    pointers.map(field),
  )} are the same event, delivered again; handle each such key once.`;
}

/**
 * A webhook's timeout, retry window, delivery guarantee and dedupe key, from its `x-callback-*` values and
 * the `x-dedupe-key` of the event schema its body carries.
 * @param {any} document
 * @param {any} operation
 */
function deliveryParagraph(document, operation) {
  const sentences = [];
  const timeout = operation['x-callback-timeout-ms'];
  const window = operation['x-callback-retry-window-ms'];
  const delivery = operation['x-callback-delivery'];
  if (Number.isFinite(timeout))
    sentences.push(`answer with a 2xx within ${duration(timeout)} (\`x-callback-timeout-ms: ${timeout}\`)`);
  if (Number.isFinite(window))
    sentences.push(
      `otherwise the callback is retried for up to ${duration(window)} (\`x-callback-retry-window-ms: ${window}\`), then dropped`,
    );
  if (typeof delivery === 'string')
    sentences.push(
      `delivery is ${delivery.replaceAll('-', ' ')} (\`x-callback-delivery\`), so the same event can arrive more than once`,
    );
  const keys = dedupeKeysOf(document, operation);
  const parts = [];
  if (sentences.length) parts.push(`${capitalize(sentences.join('; '))}.`);
  for (const { name, pointers } of keys)
    parts.push(
      `Deduplicate on ${list(pointers.map(field))} (\`x-dedupe-key\` of \`${name}\`): events equal in these are one event.`,
    );
  return parts.length ? `**${renderedLabels.delivery}**: ${parts.join(' ')}` : undefined;
}

/**
 * The `x-dedupe-key`s of the component schemas a webhook's request body refers to (directly, as array
 * items, or through oneOf/anyOf).
 * @param {any} document
 * @param {any} operation
 */
function dedupeKeysOf(document, operation) {
  /** @type {Map<string, string[]>} */
  const keys = new Map();
  const seen = new Set();
  /** @param {any} schema */
  const visit = (schema) => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    if (typeof schema.$ref === 'string') {
      const name = componentName(schema.$ref);
      const target = resolve(document, schema);
      if (name && Array.isArray(target?.['x-dedupe-key'])) keys.set(name, target['x-dedupe-key']);
      else visit(target);
      return;
    }
    visit(schema.items);
    for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) visit(branch);
  };
  for (const content of Object.values(resolve(document, operation.requestBody)?.content ?? {}))
    visit(/** @type {any} */ (content).schema);
  return [...keys].map(([name, pointers]) => ({ name, pointers }));
}

/**
 * "Open list" when a schema is an enum that also accepts any other value of its type: an `anyOf` with a
 * branch that lists values and a branch of the same type that lists none; or a schema that refers to
 * one, or has one among its `anyOf` branches (a property typed by an open enum says so too, where a
 * reader and the search see it).
 * @param {any} document
 * @param {any} schema
 */
function openEnum(document, schema) {
  const open = openValues(document, schema, 0);
  if (!open) return undefined;
  const { values, type } = open;
  const shown = values.length <= 12 ? `: ${list(values.map((/** @type {unknown} */ value) => `\`${value}\``))}` : '';
  return `**${renderedLabels.openEnum}**: ${values.length} documented value${values.length === 1 ? '' : 's'}${shown}; any other ${type} is valid too and may arrive as the provider adds values, so handle values not listed here.`;
}

/**
 * @param {any} document
 * @param {any} schema
 * @param {number} depth
 * @returns {{ values: unknown[], type: string } | undefined}
 */
function openValues(document, schema, depth) {
  if (!schema || typeof schema !== 'object' || depth > 8) return undefined;
  if (typeof schema.$ref === 'string') return openValues(document, resolve(document, schema), depth + 1);
  if (!Array.isArray(schema.anyOf)) return undefined;
  const branches = schema.anyOf.map((/** @type {any} */ branch) => resolve(document, branch) ?? {});
  for (const branch of branches) {
    const nested = openValues(document, branch, depth + 1);
    if (nested) return nested;
  }
  const listed = branches.find((/** @type {any} */ branch) => Array.isArray(branch.enum));
  if (!listed) return undefined;
  const type = typeOf(listed);
  const plain = branches.find(
    (/** @type {any} */ branch) =>
      branch !== listed &&
      typeOf(branch) === type &&
      branch.enum === undefined &&
      branch.const === undefined &&
      branch.pattern === undefined &&
      branch.format === undefined,
  );
  if (!plain || !type) return undefined;
  return { values: listed.enum.filter((/** @type {unknown} */ value) => value !== null), type };
}

/**
 * How a paginated operation pages, from its `x-pagination` (specs/README.md of the repository defines it).
 * @param {any} document
 * @param {any} operation
 */
function pagingParagraph(document, operation) {
  const paging = operation['x-pagination'];
  const parameter = `\`${paging.parameter}\``;
  let how;
  switch (paging.style) {
    case 'cursor':
      how = `each page's \`${field(paging.nextCursor)}\` is the ${parameter} of the next page${
        paging.nextLink ? ` (or the ${parameter} query value of \`${field(paging.nextLink)}\`)` : ''
      }; a page without one is the last.`;
      break;
    case 'link':
      how = `a page's \`Link\` header with \`rel="next"\` gives the next page's URL, whose ${parameter} query value is the one to send; a page without that link is the last.`;
      break;
    case 'offset': {
      const limit = (operation.parameters ?? [])
        .map((/** @type {any} */ entry) => resolve(document, entry))
        .find((/** @type {any} */ entry) => entry?.name === paging.limitParameter);
      const size = limit?.schema?.default;
      how = `${parameter} skips that many results and \`${paging.limitParameter}\` sets the page size${
        size === undefined ? '' : ` (default ${size})`
      }; a page shorter than that is the last.`;
      break;
    }
    case 'header':
      how = `each answer's ${parameter} response header is sent back as the ${parameter} request header for the next page; an answer without it, or an empty page, is the last.`;
      break;
    default:
      throw new Error(`x-pagination style "${paging.style}" is not one of cursor, link, offset, header`);
  }
  const excluded = paging.excludeParameters?.length
    ? ` The paginator does not take ${list(paging.excludeParameters.map((/** @type {string} */ name) => `\`${name}\``))}.`
    : '';
  const items = paging.items ? `\`${field(paging.items)}\` of each page` : 'each page (the body is the array)';
  return `**${renderedLabels.paging}** (\`x-pagination\`, style \`${paging.style}\`): ${how} The client package's \`${paginatorName(
    operation.operationId,
  )}\` yields the items of ${items}, one page at a time, and stops with \`PaginationError\` when a cursor repeats.${excluded}`;
}

/**
 * The paginator the client generator names after an operation (scripts/lib/client-code.mjs): the
 * operationId without its leading list/search/get/find/query verb.
 * @param {string} operationId
 */
export function paginatorName(operationId) {
  const base = operationId.replace(/^(?:list|search|get|find|query)(?=[A-Z])/, '');
  return `paginate${base.charAt(0).toUpperCase()}${base.slice(1)}`;
}

// ---------------------------------------------------------------------------------------------------
// walking a bundled document

/**
 * @param {any} document
 * @returns {Array<{ operation: any, webhook: boolean }>}
 */
function operationsOf(document) {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  const found = [];
  for (const [group, webhook] of /** @type {const} */ ([
    ['paths', false],
    ['webhooks', true],
  ]))
    for (const item of Object.values(document[group] ?? {}))
      for (const method of methods) if (item?.[method]) found.push({ operation: item[method], webhook });
  return found;
}

/** @param {any} document */
function parametersOf(document) {
  const found = new Set(Object.values(document.components?.parameters ?? {}));
  for (const { operation } of operationsOf(document))
    for (const parameter of operation.parameters ?? []) if (!parameter.$ref) found.add(parameter);
  for (const item of Object.values(document.paths ?? {}))
    for (const parameter of /** @type {any} */ (item)?.parameters ?? []) if (!parameter.$ref) found.add(parameter);
  return [...found];
}

/**
 * Every schema object of the document (components and inline) that is not a branch of a oneOf, anyOf
 * or allOf, each once.
 * @param {any} document
 */
function schemaNodes(document) {
  /** @type {Set<any>} */
  const found = new Set();
  /** @param {any} node */
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (dataKeys.has(key) || key === 'examples') continue;
        if (key === 'schema' || key === 'items' || key === 'additionalProperties' || key === 'not') mark(child);
        else if (key === 'properties' || key === 'schemas' || key === 'patternProperties' || key === '$defs')
          Object.values(child ?? {}).forEach(mark);
        // Combinator branches are not marked: the schema they belong to speaks for them.
        else if (key === 'prefixItems') (child ?? []).forEach(mark);
        walk(child);
      }
    }
  };
  /** @param {any} schema */
  const mark = (schema) => schema && typeof schema === 'object' && !Array.isArray(schema) && found.add(schema);
  walk(document);
  return [...found];
}

/**
 * @param {any} document
 * @param {any} node an object that may be a `$ref`
 */
function resolve(document, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    if (!current.$ref.startsWith('#/')) throw new Error(`external $ref ${current.$ref} in a bundled spec`);
    /** @type {string[]} */
    const parts = current.$ref.slice(2).split('/');
    current = parts
      .map((part) => decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((/** @type {any} */ parent, part) => parent?.[part], document);
  }
  return current;
}

/** @param {string} ref */
function componentName(ref) {
  return /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
}

/** @param {any} schema */
function typeOf(schema) {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type))
    return schema.type.filter((/** @type {string} */ type) => type !== 'null').join(' or ');
  if (Array.isArray(schema.enum) && schema.enum.length) {
    const types = new Set(
      schema.enum
        .filter((/** @type {unknown} */ value) => value !== null)
        .map((/** @type {unknown} */ value) => typeof value),
    );
    return types.size === 1 ? ([...types][0] === 'number' ? 'number' : [...types][0]) : undefined;
  }
  return undefined;
}

/** A JSON pointer as a reader writes the field: `/message/id` → `message.id`. @param {string} pointer */
function field(pointer) {
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** @param {string[]} items */
function list(items) {
  const quoted = items.map((item) => (item.startsWith('`') ? item : `\`${item}\``));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** @param {number} ms */
export function duration(ms) {
  const units = /** @type {const} */ ([
    [86_400_000 * 365, 'year'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1_000, 'second'],
  ]);
  for (const [size, unit] of units)
    if (ms >= size && ms % size === 0) return `${ms / size} ${unit}${ms / size === 1 ? '' : 's'}`;
  return `${ms} ms`;
}

/** @param {string} text */
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
