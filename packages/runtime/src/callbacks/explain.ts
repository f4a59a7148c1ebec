// Turning a validator's refusal into a CallbackValidationError that names the field and the rule,
// never the value.
import { CallbackValidationError } from './errors.js';
import type { CallbackRoute } from './routes.js';
import type { ValidatorError } from './types.js';

export const escapePointer = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (pointer: string) => pointer.replace(/~1/g, '/').replace(/~0/g, '~');

/** What one failed keyword means, without quoting the value that failed. */
export function describeError(error: ValidatorError): string {
  const params = error.params;
  const limit = params.limit;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required';
    case 'type':
      return `must be of type ${String(params.type).split(',').join(' or ')}`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      const shown = allowed.slice(0, 12).map((value) => JSON.stringify(value));
      return `must be one of ${shown.join(', ')}${allowed.length > shown.length ? ', …' : ''}`;
    }
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'pattern':
      return `must match the pattern ${String(params.pattern)}`;
    case 'minLength':
      return `must be at least ${String(limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(limit)} characters long`;
    case 'minItems':
      return `must have at least ${String(limit)} items`;
    case 'maxItems':
      return `must have at most ${String(limit)} items`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params.comparison)} ${String(limit)}`;
    case 'additionalProperties':
      return 'is not allowed';
    case 'oneOf':
      return 'must match exactly one of its schemas';
    case 'anyOf':
      return 'must match one of its schemas';
    default:
      return `fails the schema's "${error.keyword}"`;
  }
}

/** The refusal of a payload at `prefix` (`/1` for the second event of an array) for its first validator error. */
export function schemaError(
  api: string,
  route: CallbackRoute,
  error: ValidatorError | undefined,
  prefix: string,
): CallbackValidationError {
  const operationId = route.operation.operationId;
  if (!error)
    return new CallbackValidationError({
      reason: 'schema',
      webhookApi: api,
      detail: 'the payload does not match the schema',
      field: prefix,
      operationId,
    });
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  const pointer = `${prefix}${error.instancePath}${typeof missing === 'string' ? `/${escapePointer(missing)}` : ''}`;
  // Query and form values are named as the parameters they are; JSON fields by JSON pointer.
  const form = route.input.parse === 'form';
  const field = form && prefix === '' ? unescapePointer(pointer.slice(1)) : pointer;
  const shown = field === '' ? 'the payload' : form ? `parameter "${field}"` : field;
  return new CallbackValidationError({
    reason: 'schema',
    webhookApi: api,
    detail: `${shown} ${describeError(error)}`,
    field,
    keyword: error.keyword,
    operationId,
  });
}
