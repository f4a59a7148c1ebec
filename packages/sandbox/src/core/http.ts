// Reading untrusted HTTP input without ever throwing: bounded bodies, bounded JSON nesting,
// forgiving content-type parsing and percent-decoding that reports instead of crashing.
import type { IncomingMessage } from 'node:http';
import type { Credentials } from './api-behaviour.js';

/** A body the sandbox refused to read; `kind` picks the API's error. */
export class BodyError extends Error {
  constructor(
    readonly kind: 'payload-too-large' | 'bad-request' | 'unsupported-media-type',
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/** Reads the whole body, failing as soon as it exceeds `maxBytes` (the rest is drained, not buffered). */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      request.resume();
      reject(
        new BodyError(
          'payload-too-large',
          `The request body is ${declared} bytes; this sandbox accepts at most ${maxBytes}.`,
        ),
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        chunks.length = 0;
        reject(
          new BodyError(
            'payload-too-large',
            `The request body exceeds ${maxBytes} bytes, the most this sandbox accepts.`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!failed) {
        failed = true;
        reject(new BodyError('bad-request', `The request body could not be read (${error.message}).`));
      }
    });
  });
}

export interface MediaType {
  /** Lower-case type/subtype, e.g. "application/json". */
  readonly type: string;
  readonly parameters: Readonly<Record<string, string>>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses a Content-Type value; undefined when it is not a media type at all (e.g. ";;;"). */
export function parseMediaType(value: string | undefined): MediaType | undefined {
  if (value === undefined) return undefined;
  const [head = '', ...rest] = value.split(';');
  const type = head.trim().toLowerCase();
  if (!TOKEN.test(type)) return undefined;
  const parameters: Record<string, string> = {};
  for (const part of rest) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    parameters[part.slice(0, index).trim().toLowerCase()] = part
      .slice(index + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type, parameters };
}

export const isJsonMediaType = (type: string) => type === 'application/json' || /^application\/[^/]+\+json$/.test(type);

/**
 * The deepest nesting of arrays/objects in a JSON text, counted without parsing (strings are
 * skipped), so a 10,000-deep body is refused before JSON.parse or a validator recurses into it.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

/** Parses a JSON body within a nesting limit; throws BodyError('bad-request') naming the problem. */
export function parseJsonBody(text: string, maxDepth: number): unknown {
  if (jsonDepth(text, maxDepth) > maxDepth)
    throw new BodyError('bad-request', `The JSON body is nested deeper than ${maxDepth} levels.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError('bad-request', 'The body is not valid JSON.');
  }
}

/** Parses an application/x-www-form-urlencoded body leniently (bad escapes stay as written). */
export function parseFormBody(text: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const existing = result[key];
    result[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** decodeURIComponent that answers undefined instead of throwing on "%ZZ" or "%C3%28". */
export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Query parameters as Prism wants them: one string, or an array for a repeated key. */
export function parseQuery(search: string): Record<string, string | string[]> {
  return parseFormBody(search.startsWith('?') ? search.slice(1) : search);
}

/** The Basic credentials of an Authorization header, if it carries well-formed ones. */
export function basicCredentials(authorization: string | undefined): Credentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Lower-case single-valued headers (repeated ones joined with ", ", as HTTP allows). */
export function flattenHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

/** Whether an Accept header admits `type` (absent or empty Accept admits everything). */
export function accepts(accept: string | undefined, type: string): boolean {
  if (!accept?.trim()) return true;
  const [main] = type.split('/');
  return accept.split(',').some((range) => {
    const [value = '', ...parameters] = range.split(';');
    const candidate = value.trim().toLowerCase();
    if (parameters.some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(parameter))) return false;
    return candidate === '*/*' || candidate === type || candidate === `${main}/*`;
  });
}

/** Reads and discards a body the request should not carry (bounded), so the connection stays usable. */
export async function drain(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (request.headers['content-length'] === undefined && request.headers['transfer-encoding'] === undefined)
    return Buffer.alloc(0);
  return readBody(request, maxBytes);
}

/** Headers with lower-case names (undefined values dropped). */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {}))
    if (value !== undefined) result[name.toLowerCase()] = String(value);
  return result;
}

export const hasHeader = (headers: Readonly<Record<string, string>>, name: string) =>
  Object.keys(headers).some((key) => key.toLowerCase() === name);
