import type { Operation } from './spec.js';

/** A value the spec itself offers for a parameter or schema: its example, first named example, default or first enum value. */
export function sampleValue(holder: any): unknown {
  if (!holder) return undefined;
  if (holder.example !== undefined) return holder.example;
  const named = Object.values<any>(holder.examples ?? {})[0];
  if (named && typeof named === 'object' && 'value' in named) return named.value;
  const schema = holder.schema ?? holder;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  return undefined;
}

/** The headers that satisfy the spec's security schemes (any credentials: the mock checks presence). */
export function authHeaders(document: any): Record<string, string> {
  const schemes = Object.values<any>(document.components?.securitySchemes ?? {});
  if (schemes.some((scheme) => scheme.type === 'http' && scheme.scheme === 'basic'))
    return { Authorization: `Basic ${btoa('user:secret')}` };
  if (
    schemes.some((scheme) => scheme.type === 'http' && scheme.scheme === 'bearer') ||
    schemes.some((scheme) => scheme.type === 'oauth2')
  ) {
    return { Authorization: 'Bearer token' };
  }
  return {};
}

export interface BuiltRequest {
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}

/** A request the spec calls valid, built only from the spec's own examples. */
export function validRequest(
  baseUrl: string,
  document: any,
  operation: Operation,
  query: Record<string, unknown> = {},
): BuiltRequest {
  let path = operation.path;
  const search = new URLSearchParams();
  for (const parameter of operation.parameters) {
    const value = sampleValue(parameter);
    if (parameter.in === 'path') {
      if (value === undefined)
        throw new Error(`${operation.operationId}: path parameter ${parameter.name} has no example`);
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    } else if (parameter.in === 'query' && parameter.required) {
      if (value === undefined)
        throw new Error(`${operation.operationId}: required query parameter ${parameter.name} has no example`);
      search.set(parameter.name, String(value));
    }
  }
  for (const [name, value] of Object.entries(query)) search.set(name, String(value));
  const headers: Record<string, string> = { Accept: acceptedTypes(operation), ...authHeaders(document) };
  const init: BuiltRequest['init'] = { method: operation.method.toUpperCase(), headers };
  const content = operation.operation.requestBody?.content ?? {};
  const media = content['application/json'];
  if (media) {
    const body = sampleValue(media);
    if (body === undefined) throw new Error(`${operation.operationId}: request body has no example`);
    init.body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  } else {
    // A non-JSON body (a file upload): a few bytes, typed as the spec's media type (any type for `*/*`).
    const type = Object.keys(content)[0];
    if (type !== undefined) {
      init.body = new Uint8Array([0x49, 0x44, 0x33, 0x04]);
      headers['Content-Type'] = type.includes('*') ? 'application/octet-stream' : type;
    }
  }
  const queryString = search.toString();
  return { url: `${baseUrl}${path}${queryString ? `?${queryString}` : ''}`, init };
}

/** Every media type the operation's responses may have (e.g. a download's file type and the JSON of its errors), as one Accept header. */
export function acceptedTypes(operation: Operation): string {
  const types = new Set<string>();
  for (const response of Object.values<any>(operation.operation.responses ?? {}))
    for (const type of Object.keys(response?.content ?? {})) types.add(type);
  return types.size ? [...types].join(', ') : 'application/json';
}

/** A query value the parameter's schema forbids, or undefined when it cannot forbid one. */
export function invalidValue(schema: any): string | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return 'NOT_A_DOCUMENTED_VALUE';
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.maximum !== undefined) return String(schema.maximum + 1);
    if (schema.minimum !== undefined) return String(schema.minimum - 1);
    return 'not-a-number';
  }
  if (schema.type === 'boolean') return 'maybe';
  if (schema.pattern) return '!!';
  if (schema.format === 'date-time') return 'yesterday';
  return undefined;
}
