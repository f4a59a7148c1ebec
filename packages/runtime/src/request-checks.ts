import { InvalidParameterError } from './errors.js';

// `.` and `..`, also percent-encoded (`%2e`, `.%2E`, …): WHATWG URL treats every one of these as a
// dot-segment and removes it, so `/users/{id}/messages` with id `..` would become `/messages`.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
// A UTF-16 surrogate without its other half: encodeURIComponent throws a URIError on it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Params =
  | {
      path?: Record<string, unknown> | undefined;
      query?: Record<string, unknown> | undefined;
      header?: Record<string, unknown> | undefined;
    }
  | undefined;
// What fetch and node:http can put in a header value: Latin-1 without CR, LF or NUL.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Checks that hold for every operation, whether or not it has generated rules: no path parameter
 * is a dot-segment (which would change the path the request goes to), no path or query string
 * holds a lone surrogate (which cannot be encoded), and no header parameter holds what a header
 * cannot carry. Throws InvalidParameterError naming it.
 */
export function checkRequestParameters(params: Params, operation: string | undefined): void {
  const path = params?.path;
  if (path) {
    for (const name in path) {
      const value = path[name];
      if (typeof value === 'string') {
        if (DOT_SEGMENT.test(value)) {
          throw new InvalidParameterError({
            parameter: name,
            location: 'path',
            value,
            reason: 'cannot be "." or ".." (even percent-encoded): the URL would point elsewhere',
            operation,
          });
        }
        if (LONE_SURROGATE.test(value)) throw unencodable(name, 'path', operation);
      } else if (Array.isArray(value) && value.some((item) => typeof item === 'string' && LONE_SURROGATE.test(item))) {
        throw unencodable(name, 'path', operation);
      }
    }
  }
  const query = params?.query;
  if (query) {
    for (const name in query) {
      const value = query[name];
      if (
        typeof value === 'string'
          ? LONE_SURROGATE.test(value)
          : Array.isArray(value) && value.some((item) => typeof item === 'string' && LONE_SURROGATE.test(item))
      ) {
        throw unencodable(name, 'query', operation);
      }
    }
  }
  const header = params?.header;
  if (header) {
    for (const name in header) {
      const value = header[name];
      if (typeof value === 'string' && !HEADER_VALUE.test(value)) {
        // Not shown: header values may be credentials, and fetch's own error would quote it.
        throw new InvalidParameterError({
          parameter: name,
          location: 'header',
          reason: 'must be Latin-1 text without line breaks or NUL',
          operation,
          hidden: 'header values may hold credentials',
        });
      }
    }
  }
}

function unencodable(parameter: string, location: string, operation: string | undefined): InvalidParameterError {
  return new InvalidParameterError({
    parameter,
    location,
    reason: 'contains an unpaired UTF-16 surrogate, which cannot be encoded in a URL',
    operation,
    hidden: 'it is not valid text',
  });
}

/** A URL as errors and logs may show it: no username or password. */
export function safeUrl(url: string): string {
  if (!url.includes('@')) return url;
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return '(unparseable URL)';
  }
}
