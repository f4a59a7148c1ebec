// Reading and parsing a callback's payload safely: a size cap enforced while reading, strict UTF-8,
// a nesting-depth limit, and name=value pairs that cannot touch prototypes.
import { concatBytes } from '../bytes.js';

/** Thrown inside this module, turned into CallbackValidationError by the receiver. */
export class PayloadProblem {
  constructor(
    readonly reason: 'too-large' | 'encoding' | 'malformed-json' | 'too-deep',
    readonly detail: string,
  ) {}
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PayloadProblem('encoding', 'the body is not valid UTF-8');
  }
}

function tooLarge(limit: number): PayloadProblem {
  return new PayloadProblem('too-large', `the body is larger than the ${limit}-byte limit`);
}

/** Rejects a declared Content-Length over the limit before anything is read. */
export function checkDeclaredLength(contentLength: string | null | undefined, limit: number): void {
  if (contentLength === null || contentLength === undefined || contentLength === '') return;
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
}

/** A Web stream's bytes, stopping (and cancelling the stream) as soon as they pass the limit. */
export async function readWebStream(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/**
 * A Node request stream's bytes. Past the limit the rest is read and dropped rather than
 * destroying the stream, so that the 413 can still be sent on the same connection.
 */
export async function readAsyncIterable(
  source: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    total += bytes.length;
    if (total <= limit) chunks.push(bytes);
  }
  if (total > limit) throw tooLarge(limit);
  return concatBytes(chunks, total);
}

/** Whether a string holding (at most) that many UTF-16 units can be over the byte limit, and is. */
export function checkTextSize(text: string, limit: number): void {
  if (text.length > limit) throw tooLarge(limit);
  // One UTF-16 unit is at most three UTF-8 bytes: only measure when that could pass the limit.
  if (text.length * 3 > limit && new TextEncoder().encode(text).length > limit) throw tooLarge(limit);
}

/**
 * Whether a parsed JSON value nests arrays/objects deeper than `limit`, walked without recursion.
 * V8's JSON.parse is itself iterative; this walk keeps hostile nesting from reaching anything
 * recursive afterwards (a validator, the application's JSON.stringify or structuredClone).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const pending: object[] = [value];
  const depths: number[] = [1];
  while (pending.length > 0) {
    const node = pending.pop() as Record<string, unknown> | unknown[];
    const depth = depths.pop()!;
    if (depth > limit) return true;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item = node[index];
        if (item !== null && typeof item === 'object') {
          pending.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in node) {
        const item = node[key];
        if (item !== null && typeof item === 'object') {
          pending.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}

export function parseJson(text: string, maxDepth: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A parser that recurses (not V8's) runs out of stack on hostile nesting: that is depth too.
    if (error instanceof RangeError)
      throw new PayloadProblem('too-deep', `the JSON nests too deep to parse (limit ${maxDepth} levels)`);
    // JSON.parse's message quotes the text: not repeated.
    throw new PayloadProblem('malformed-json', 'the body is not valid JSON');
  }
  if (nestsDeeperThan(value, maxDepth))
    throw new PayloadProblem('too-deep', `the JSON nests deeper than ${maxDepth} levels`);
  return value;
}

/** name=value pairs as an object: a repeated name becomes an array. Own data properties only (`__proto__` is just a name). */
export function formToObject(params: URLSearchParams): Record<string, string | string[]> {
  const entries = new Map<string, string | string[]>();
  for (const [name, value] of params) {
    const known = entries.get(name);
    if (known === undefined) entries.set(name, value);
    else if (Array.isArray(known)) known.push(value);
    else entries.set(name, [known, value]);
  }
  return Object.fromEntries(entries);
}
