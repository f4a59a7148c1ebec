// The documented number rules the three APIs share, and the wording of their refusals.
import type { Violation } from '../../core/api-behaviour.js';

/** E.164 (ITU-T E.164): `+`, then 2 to 15 digits, the first not 0. */
export const E164 = /^\+[1-9][0-9]{1,14}$/;

/**
 * Rewrites the validator's violations of a send into the ones its API documents: a pattern
 * violation of a number field says what the documents say (`rule`), and the noise a `oneOf` or
 * `anyOf` adds beside the real violation (`must be string`, `must match exactly one schema`) is
 * dropped when a more precise violation of the same field is there. `emptyMessage` replaces the
 * violations of the "text or media" rule with one.
 */
export function refineSendViolations(
  violations: readonly Violation[],
  rules: { numberFields: RegExp; numberRule: (field: string) => string; emptyMessage?: string },
): Violation[] {
  const refined: Violation[] = [];
  const fields = new Set(violations.map((violation) => violation.field));
  let empty = false;
  for (const violation of violations) {
    const { field, message } = violation;
    if (rules.emptyMessage !== undefined && isTextOrMediaViolation(violation)) {
      empty = true;
      continue;
    }
    if (rules.numberFields.test(field) && /must match pattern/.test(message)) {
      refined.push({ ...violation, message: rules.numberRule(field) });
      continue;
    }
    // The branch of a oneOf that did not apply: `to` "must be string" beside `to.0`'s real
    // violation, or "must be array" beside the pattern violation of a single-string `to`.
    const precise =
      [...fields].some((other) => other.startsWith(`${field}.`)) ||
      violations.some((other) => other.field === field && /must match pattern/.test(other.message));
    if (precise && /must be (string|array)|must match exactly one schema in oneOf/.test(message)) continue;
    refined.push(violation);
  }
  if (empty) refined.push({ location: 'body', field: '', message: rules.emptyMessage! });
  return refined.length > 0 ? refined : [...violations];
}

function isTextOrMediaViolation({ field, message }: Violation): boolean {
  if (field === '' && /must match a schema in anyOf/.test(message)) return true;
  if ((field === 'text' || field === 'media') && /required property|fewer than 1/.test(message)) return true;
  return false;
}
