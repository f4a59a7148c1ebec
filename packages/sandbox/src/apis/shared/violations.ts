// Wording of a violation in an error body. The core's messages sometimes start with the field's
// name already ("size must be <= 1000"); the API's error shape names the field itself, so the
// repeated name is dropped.
import type { Violation } from '../../core/api-behaviour.js';

export function violationText(violation: Violation): string {
  const { field, message } = violation;
  if (field !== '' && message.toLowerCase().startsWith(`${field.toLowerCase()} `))
    return message.slice(field.length + 1);
  return message;
}
