// What may leave the proxy about a message: never a credential, by default no message text, and
// (in recordings) phone numbers masked. One set of rules for the report, the log, the
// x-contract-violations header and the recorded files.

export interface RedactionOptions {
  /** Keep message text (`text`, `Text`) as sent. Default false. */
  keepText?: boolean;
  /** Keep phone numbers as sent. Default false: all but the first and the last two digits become 0. */
  keepNumbers?: boolean;
}

/** Headers that carry credentials or session state: never written anywhere. */
export const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
]);

/** Field names holding a secret, in any body (OAuth token answers, credential settings). */
const SECRET_FIELD = /^(password|passwd|secret|client_?secret|access_?token|refresh_?token|token|api_?secret)$/i;
/** Field names holding message text in these APIs (v2/v1 `text`, Fone Dynamics `Text`). */
const TEXT_FIELD = /^text$/i;
/** A phone number as these APIs spell it: E.164 or bare national digits. */
const PHONE = /^\+?\d{7,15}$/;

export const maskNumber = (value: string) =>
  value.replace(/\d/g, (digit, index: number) =>
    index <= (value.startsWith('+') ? 1 : 0) || index >= value.length - 2 ? digit : '0',
  );

/** The text's placeholder: same type, so a recorded payload still validates. */
const textPlaceholder = (value: string) => `(text removed: ${[...value].length} characters)`;

/** A copy of a parsed body (JSON value or form fields) with secrets, text and numbers redacted. */
export function redactValue(value: unknown, options: RedactionOptions = {}, key = ''): unknown {
  if (typeof value === 'string') {
    if (SECRET_FIELD.test(key)) return '[redacted]';
    if (TEXT_FIELD.test(key) && !options.keepText) return textPlaceholder(value);
    if (!options.keepNumbers && PHONE.test(value)) return maskNumber(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, options, key));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) result[name] = redactValue(item, options, name);
    return result;
  }
  return value;
}

/** Headers without credentials (names lower-cased). */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    result[lower] = SECRET_HEADERS.has(lower) ? '[redacted]' : value;
  }
  return result;
}

/** Query parameters or a path with phone numbers masked (the `+` may arrive as %2B). */
export function redactQuery(query: Readonly<Record<string, string | string[]>>, options: RedactionOptions) {
  return redactValue(query, options) as Record<string, string | string[]>;
}

export function redactPath(path: string, options: RedactionOptions): string {
  if (options.keepNumbers) return path;
  return path
    .split('/')
    .map((segment) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return segment;
      }
      return PHONE.test(decoded) ? encodeURIComponent(maskNumber(decoded)) : segment;
    })
    .join('/');
}

/**
 * The value at the place a violation points to, made safe to print: secrets and (by default)
 * text replaced, numbers masked, long strings cut, objects summarised.
 */
export function shownValue(value: unknown, key: string, options: RedactionOptions): unknown {
  if (value === undefined) return undefined;
  const safe = redactValue(value, options, key);
  if (typeof safe === 'string') return safe.length > 80 ? `${safe.slice(0, 77)}...` : safe;
  if (Array.isArray(safe)) return `(array of ${safe.length})`;
  if (safe !== null && typeof safe === 'object') return `(object with ${Object.keys(safe).length} fields)`;
  return safe;
}
