// Stage 1, route: the request's path (under a server prefix or not, `x-allowSlashes` values
// folded) matched to one operation of the spec by Prism's router.
import type { IncomingMessage } from 'node:http';
import { flattenHeaders, parseQuery, safeDecode } from '../http.js';
import * as prism from '../prism.js';
import { foldSlashes } from '../slashed-paths.js';
import type { SandboxSpec } from '../spec-loading.js';
import { type StageResult, next, refuse, sandboxError } from './stage.js';

export interface RoutedRequest {
  readonly operation: prism.PrismOperation;
  readonly operationId: string;
  /** Lower-case, e.g. "post". */
  readonly method: string;
  /** The path relative to the spec's paths, `/` inside slashed values as `%2F`, not decoded. */
  readonly rawPath: string;
  readonly query: Record<string, string | string[]>;
  /** Header names lower-cased, repeated headers joined. */
  readonly headers: Record<string, string>;
}

/** A route failure may already know the operation (a path that matched but is malformed). */
export type RouteResult = StageResult<RoutedRequest> & { readonly operation?: prism.PrismOperation };

export function routeRequest(spec: SandboxSpec, request: IncomingMessage, path: string, search: string): RouteResult {
  const rawPath = foldSlashes(spec.slashed, apiPath(spec, path));
  const headers = flattenHeaders(request.headers);
  const method = (request.method ?? 'GET').toLowerCase();
  const query = parseQuery(search);

  // A malformed percent-escape must be answered, not thrown (Prism's router would throw URIError).
  const segments = rawPath.split('/');
  const badSegment = segments.findIndex((segment) => safeDecode(segment) === undefined);
  const routable = badSegment < 0 ? rawPath : segments.with(badSegment, 'invalid').join('/');
  const routed = prism.route(spec.operations, { method, url: { path: routable, query }, headers });
  if (!routed.ok) {
    const kind = routed.status === 405 ? 'method-not-allowed' : 'not-found';
    return refuse(sandboxError(kind, routed.message));
  }
  const { operation } = routed;
  const operationId = prism.operationIdOf(operation);
  if (badSegment >= 0) {
    const template = operation.path.split('/')[badSegment] ?? '';
    const field = /^\{(.+)\}$/.exec(template)?.[1] ?? template;
    const message = 'is not valid percent-encoded UTF-8';
    const error = sandboxError('bad-request', `The path parameter ${field} ${message}.`, {
      operationId,
      violations: [{ location: 'path', field, message }],
    });
    return { ...refuse(error), operation };
  }
  return next({ operation, operationId, method, rawPath, query, headers });
}

/** The path relative to the spec's paths: without a server URL's path prefix, with a leading slash. */
function apiPath(spec: SandboxSpec, path: string): string {
  const absolute = path.startsWith('/') ? path : `/${path}`;
  const prefix = spec.serverPrefixes.find((candidate) => absolute.startsWith(`${candidate}/`));
  return prefix ? absolute.slice(prefix.length) : absolute;
}

/** Path parameters of the operation's template ("/users/{accountId}/messages"), decoded once. */
export function pathParameters(routed: RoutedRequest): Record<string, string> {
  const values = routed.rawPath.split('/');
  const result: Record<string, string> = {};
  routed.operation.path.split('/').forEach((name, index) => {
    const match = /^\{(.+)\}$/.exec(name);
    const value = values[index];
    if (match?.[1] && value !== undefined) result[match[1]] = safeDecode(value) ?? value;
  });
  return result;
}
