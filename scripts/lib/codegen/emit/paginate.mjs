// @ts-check
// paginate.ts: one typed paginator per operation that declares `x-pagination` (checked in
// ../checks/pagination.mjs).
import { parsePointer } from '../../openapi/index.mjs';
import { banner } from '../banner.mjs';
import { doc, key, member, quote } from '../source.mjs';

const STYLE_FUNCTION = {
  cursor: 'paginateByBodyCursor',
  link: 'paginateByLinkHeader',
  offset: 'paginateByOffset',
  header: 'paginateByHeader',
};

/** `data.a?.b` for pointer /a/b. @param {string} pointer */
function accessor(pointer) {
  return `data${parsePointer(pointer)
    .map((name, index) => member(name, index > 0))
    .join('')}`;
}

/** One paginator's source. @param {import('../checks/pagination.mjs').PaginatorPlan} plan */
function emitPaginator(plan) {
  const { path, method, operationId, parameters, query, excluded, success, itemsSchema, functionName, queryType } =
    plan;
  const spec = plan.declaration;
  const style = plan.style;
  const hasPath = parameters.some((parameter) => parameter.in === 'path');
  const queryRequired = query.some((parameter) => parameter.required);
  const operationType = `operations[${quote(operationId)}]`;
  const itemRef = /^#\/components\/schemas\/([A-Za-z_$][A-Za-z0-9_$]*)$/.exec(itemsSchema.items?.$ref ?? '')?.[1];
  const bodyType = `${operationType}['responses'][${success.status}]['content'][${quote(success.mediaType)}]`;
  const itemType = itemRef
    ? `components['schemas'][${quote(itemRef)}]`
    : `${parsePointer(spec.items).reduce((type, name) => `NonNullable<${type}[${quote(name)}]>`, bodyType)}[number]`;

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
    offset: `advancing \`${spec.parameter}\` by the items received; a page shorter than \`${spec.limitParameter}\` (default ${plan.limitDefault}) is the last`,
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
      `  return ${STYLE_FUNCTION[style]}({`,
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
      `  return ${STYLE_FUNCTION[style]}({`,
      '    ...options,',
      `    pageSize: params.query${member(spec.limitParameter, true)} ?? ${plan.limitDefault},`,
      `    fetchPage: (offset: number) => ${call([pathInit, `query: ${withQuery('offset')}`])},`,
      `    ${items}`,
      '  });',
    );
  } else {
    lines.push(
      `  return ${STYLE_FUNCTION[style]}({`,
      '    ...options,',
      `    header: ${quote(spec.parameter)},`,
      `    fetchPage: (cursor: string | undefined) => ${call([pathInit, query.length ? 'query: params.query' : '', `...(cursor === undefined ? {} : { header: { ${key(spec.parameter)}: cursor } })`])},`,
      `    ${items}`,
      '  });',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

/**
 * paginate.ts, or undefined when no operation declares `x-pagination`.
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../checks/pagination.mjs').PaginatorPlan[]} plans
 */
export function emitPaginate(api, plans) {
  if (plans.length === 0) return undefined;
  const sources = plans.map(emitPaginator);
  const runtime = [...new Set(plans.map((plan) => STYLE_FUNCTION[plan.style]))].sort();
  const usesComponents = sources.some((source) => source.includes("components['schemas']"));
  return [
    banner(api, ' (the `x-pagination` of its list operations)'),
    `import { ${runtime.join(', ')}, type ApiClient, type PageOptions } from '@messaging-contracts/runtime';`,
    `import type { ${usesComponents ? 'components, ' : ''}operations, paths } from './openapi.js';`,
    '',
    ...sources,
  ].join('\n');
}
