// Validation of real traffic with the sandbox's own stages (Prism's router, security and input
// validators, its response validator; the sandbox's callback schema validator), turned into
// ContractViolations: one per place, named as a JSON pointer or a parameter name.
import { gunzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import * as core from './core-adapter.js';
import { shownValue, type RedactionOptions, SECRET_HEADERS } from './redact.js';
import type { ContractViolation, Direction } from './report.js';

type Draft = Omit<ContractViolation, 'exchange' | 'operation' | 'direction' | 'status'>;

/** Which rule wins when one place breaks several (a number where an enum string belongs is a `type` problem). */
const RULE_ORDER = ['media-type', 'security', 'status', 'json', 'required', 'type', 'enum', 'format'];
const rank = (rule: string) => {
  const index = RULE_ORDER.indexOf(rule);
  return index < 0 ? RULE_ORDER.length : index;
};

/** One violation per place: the most telling rule, with every message at that place. */
export function onePerPlace(drafts: readonly Draft[]): Draft[] {
  const byPlace = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = `${draft.in} ${draft.location}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), draft]);
  }
  // A body in the wrong media type was checked against the wrong schema: its body problems are noise.
  const wrongMedia = drafts.some((draft) => draft.rule === 'media-type');
  const result: Draft[] = [];
  for (const group of byPlace.values()) {
    if (wrongMedia && group[0]!.in === 'body') continue;
    const sorted = [...group].sort((a, b) => rank(a.rule) - rank(b.rule));
    const first = sorted[0]!;
    const messages = [...new Set(sorted.map((draft) => draft.message))];
    result.push({ ...first, message: messages.join('; ') });
  }
  return result;
}

/** A JSON-pointer segment, escaped (the core's rule). */
export const escapePointer = core.escapePointerSegment;

/** The value at a JSON pointer of a parsed body. */
export function atPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const lastKey = (pointer: string) => (pointer.split('/').at(-1) ?? '').replace(/~1/g, '/').replace(/~0/g, '~');

/** Prism's diagnostics of a request or response as drafts of violations. */
export function fromDiagnostics(
  diagnostics: readonly core.Diagnostic[],
  operation: core.PrismOperation,
  message: { body: unknown; query?: Record<string, string | string[]>; headers: Record<string, string> },
  redaction: RedactionOptions,
): Draft[] {
  const drafts: Draft[] = [];
  for (const diagnostic of diagnostics) {
    const [where, ...rest] = (diagnostic.path ?? []).map(String);
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : 'schema';
    const text = diagnostic.message.replace(/^(Request|Response) /, '');
    if (where === 'body') {
      const missing = rule === 'required' ? /property '([^']+)'/.exec(diagnostic.message)?.[1] : undefined;
      const pointer = [...rest, ...(missing ? [missing] : [])].map((part) => `/${escapePointer(part)}`).join('');
      const value = missing ? undefined : atPointer(message.body, pointer);
      drafts.push({
        in: 'body',
        location: pointer,
        rule,
        message: text,
        ...(value !== undefined ? { value: shownValue(value, lastKey(pointer), redaction) } : {}),
      });
    } else if (where === 'query' || where === 'path' || where === 'header' || where === 'headers') {
      const violation = core.toViolation(operation, diagnostic);
      const name = violation.field.split('.')[0] ?? '';
      const lower = name.toLowerCase();
      const raw =
        violation.location === 'query'
          ? message.query?.[name]
          : violation.location === 'header' && !SECRET_HEADERS.has(lower)
            ? message.headers[lower]
            : undefined;
      drafts.push({
        in: violation.location as Draft['in'],
        location: name,
        rule,
        message: text,
        ...(raw !== undefined ? { value: shownValue(raw, name, redaction) } : {}),
      });
    } else if (diagnostic.code === 415 || /media type/i.test(diagnostic.message)) {
      drafts.push({
        in: 'header',
        location: 'content-type',
        rule: 'media-type',
        message: text,
        ...(message.headers['content-type'] !== undefined ? { value: message.headers['content-type'] } : {}),
      });
    } else if (/status code/i.test(diagnostic.message)) {
      drafts.push({ in: 'status', location: '', rule: 'status', message: text });
    } else {
      drafts.push({ in: 'body', location: '', rule, message: text });
    }
  }
  return drafts;
}

/** Security: Prism checks that a documented scheme is present. */
export function securityDrafts(operation: core.PrismOperation, input: core.PrismInput): Draft[] {
  return core.securityViolations(operation, input).map(() => ({
    in: 'header' as const,
    location: 'authorization',
    rule: 'security',
    message: 'carries none of the credentials the operation requires',
  }));
}

/** A body parsed for validation: JSON, form fields (as Prism wants them: the text), or text. */
export interface ParsedBody {
  /** What Prism validates. */
  readonly forPrism: unknown;
  /** What violations point into (and recordings hold). */
  readonly value: unknown;
  readonly mediaType: string | undefined;
  readonly problem?: Draft;
}

export function parseBody(bytes: Buffer, headers: Record<string, string>, maxDepth = 64): ParsedBody {
  if (bytes.length === 0) return { forPrism: undefined, value: undefined, mediaType: undefined };
  const media = core.parseMediaType(headers['content-type']);
  let decoded = bytes;
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') decoded = gunzipSync(bytes);
    else if (encoding === 'deflate') decoded = inflateSync(bytes);
    else if (encoding === 'br') decoded = brotliDecompressSync(bytes);
  } catch {
    return {
      forPrism: undefined,
      value: undefined,
      mediaType: media?.type,
      problem: { in: 'body', location: '', rule: 'encoding', message: `the body is not valid ${encoding} data` },
    };
  }
  const text = decoded.toString('utf8');
  if (media && core.isJsonMediaType(media.type)) {
    try {
      const value = core.parseJsonBody(text, maxDepth);
      return { forPrism: value, value, mediaType: media.type };
    } catch (error) {
      return {
        forPrism: text,
        value: undefined,
        mediaType: media.type,
        problem: { in: 'body', location: '', rule: 'json', message: (error as Error).message },
      };
    }
  }
  if (media?.type === 'application/x-www-form-urlencoded')
    return { forPrism: text, value: core.parseFormBody(text), mediaType: media.type };
  return { forPrism: text, value: text, mediaType: media?.type };
}

/** Turns drafts into violations of one exchange. */
export function finish(
  drafts: readonly Draft[],
  exchange: number,
  operation: string,
  direction: Direction,
  status?: number,
): ContractViolation[] {
  return onePerPlace(drafts).map((draft) => ({
    exchange,
    operation,
    direction,
    ...(status !== undefined ? { status } : {}),
    ...draft,
  }));
}

/** The sandbox's callback validator's lines ("/0/type must be ...") as drafts. */
export function callbackDrafts(problems: readonly string[], payload: unknown, redaction: RedactionOptions): Draft[] {
  return problems.map((problem) => {
    const space = problem.indexOf(' ');
    const head = space < 0 ? problem : problem.slice(0, space);
    const message = space < 0 ? '' : problem.slice(space + 1);
    if (!head.startsWith('/') && head !== '(root)')
      return { in: 'route', location: '', rule: 'webhook', message: problem };
    let pointer = head === '(root)' ? '' : head;
    const missing = /must have required property '([^']+)'/.exec(message)?.[1];
    if (missing) pointer += `/${escapePointer(missing)}`;
    const rule = missing
      ? 'required'
      : /must be equal to one of the allowed values|must be equal to constant/.test(message)
        ? 'enum'
        : /^must be (string|number|integer|boolean|object|array|null)/.test(message)
          ? 'type'
          : /must match format/.test(message)
            ? 'format'
            : /must match pattern/.test(message)
              ? 'pattern'
              : /additional properties/.test(message)
                ? 'additionalProperties'
                : /must match (exactly one|a schema in anyOf)/.test(message)
                  ? 'oneOf'
                  : 'schema';
    const value = missing ? undefined : atPointer(payload, pointer);
    return {
      in: 'body' as const,
      location: pointer,
      rule,
      message,
      ...(value !== undefined && rule !== 'oneOf' ? { value: shownValue(value, lastKey(pointer), redaction) } : {}),
    };
  });
}
