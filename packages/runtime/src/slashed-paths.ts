// Path parameters whose `/` separates path segments and travels unencoded: a spec marks them
// `x-allowSlashes` (Bandwidth's media IDs of incoming media are `14762070468292kw2fuqty55yp2b2/0/bw.png`).
import type { ApiClient } from './client.js';
import { InvalidParameterError } from './errors.js';
import type { ParameterRules } from './parameters.js';

/**
 * A `pathSerializer` for openapi-fetch: each parameter is percent-encoded once, except that the `/`
 * of a slashed parameter is kept (each part between slashes is encoded on its own).
 */
export function pathSerializerFor(
  slashed: Iterable<string>,
): (pathname: string, pathParams: Record<string, unknown>) => string {
  const names: ReadonlySet<string> = new Set(slashed);
  return (pathname, pathParams) =>
    pathname.replace(/\{([^{}]+)\}/g, (template, name: string) => {
      const value = pathParams[name];
      if (value === undefined || value === null) return template;
      const text = String(value);
      return names.has(name) ? text.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(text);
    });
}

/** A slashed parameter with an empty, `.` or `..` part would address another path once the URL is normalized. */
function checkSlashedParameters(
  names: readonly string[],
  rules: ParameterRules,
  method: string,
  path: string,
  pathParams: Record<string, unknown> | undefined,
): void {
  for (const name of names) {
    const value = pathParams?.[name];
    if (typeof value !== 'string' || value === '') continue; // type and emptiness are the generated rules' job
    if (value.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      throw new InvalidParameterError({
        parameter: name,
        location: 'path',
        value,
        reason: 'must not start or end with "/", contain "//", or have a "." or ".." part',
        operation: (rules as Record<string, { operationId?: string } | undefined>)[`${method} ${path}`]?.operationId,
      });
    }
  }
}

type LooseInit = { params?: { path?: Record<string, unknown> } } & Record<string, unknown>;
type LooseMethod = (url: string, init?: LooseInit) => Promise<unknown>;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The client's typed methods, sending slashed parameters' `/` as is and refusing parts that would
 * change the path. `client.raw` is left alone: pass `pathSerializer: pathSerializerFor(…)` there.
 */
export function withSlashedPathParameters<Paths extends {}>(
  client: ApiClient<Paths>,
  names: readonly string[],
  rules: ParameterRules,
): ApiClient<Paths> {
  if (names.length === 0) return client;
  const pathSerializer = pathSerializerFor(names);
  const wrapped = { ...client };
  for (const method of METHODS) {
    const send = client[method] as unknown as LooseMethod;
    // async, so that a refused argument rejects the returned promise like every other failure.
    const call: LooseMethod = async (url, init = {}) => {
      checkSlashedParameters(names, rules, method, url, init.params?.path);
      return send(url, { pathSerializer, ...init });
    };
    (wrapped as Record<string, unknown>)[method] = call;
  }
  return wrapped;
}
