// Dedupe keys of received events: deliveries are at least once, so an event is identified by the
// fields its schema's `x-dedupe-key` (or the API definition) lists.
import { InvalidParameterError } from '../errors.js';

/** A dedupe key from JSON pointers: the JSON array of the values found there (absent ones as null). */
export function dedupeKeyFromPointers(pointers: readonly string[]): (event: unknown) => string {
  const paths = pointers.map((pointer) => {
    if (!pointer.startsWith('/'))
      throw new InvalidParameterError({
        parameter: 'dedupeKey',
        location: 'option',
        reason: 'must list JSON pointers (starting with "/")',
        value: pointer,
      });
    return pointer
      .slice(1)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  });
  const getters = paths.map((path): ((event: unknown) => unknown) => {
    const [first, second] = path;
    if (path.length === 1)
      return (event) =>
        event !== null && typeof event === 'object' ? (event as Record<string, unknown>)[first!] : undefined;
    if (path.length === 2) {
      return (event) => {
        const parent =
          event !== null && typeof event === 'object' ? (event as Record<string, unknown>)[first!] : undefined;
        return parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[second!] : undefined;
      };
    }
    return (event) => {
      let value = event;
      for (const part of path)
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      return value;
    };
  });
  // Top-level fields only (the usual case): read directly, without a getter call each.
  const topLevel = paths.every((path) => path.length === 1) ? paths.map((path) => path[0]!) : undefined;
  // Equal to JSON.stringify of the values, built by hand: this runs for every event received.
  return (event) => {
    let key = '[';
    const count = topLevel ? topLevel.length : getters.length;
    const record = event !== null && typeof event === 'object' ? (event as Record<string, unknown>) : undefined;
    for (let index = 0; index < count; index++) {
      const value = topLevel ? record?.[topLevel[index]!] : getters[index]!(event);
      if (index > 0) key += ',';
      key +=
        typeof value === 'string' && !NEEDS_JSON_ESCAPE.test(value)
          ? `"${value}"`
          : value === undefined
            ? 'null'
            : JSON.stringify(value);
    }
    return `${key}]`;
  };
}

/** What JSON.stringify escapes in a string (quote, backslash, control characters) or may (surrogates). */
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
