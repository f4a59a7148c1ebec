import { InvalidParameterError } from './errors.js';

/** What the contract says about one parameter; generated from the spec, never written by hand. */
export interface ParameterRule {
  required?: boolean;
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  enum?: readonly (string | number | boolean)[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export type ParameterLocation = 'path' | 'query' | 'header';

/** Rules per operation, keyed `"GET /users/{accountId}/messages"`, then by location and name. */
export type ParameterRules = Record<
  string,
  { operationId: string } & Partial<Record<ParameterLocation, Record<string, ParameterRule>>>
>;

type Params = Partial<Record<ParameterLocation, Record<string, unknown> | undefined>>;

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const patternCache = new Map<string, RegExp>();

/**
 * Throws an InvalidParameterError naming the first parameter the contract forbids: a missing
 * required one, an unknown name, or a value of the wrong type, enum, pattern or range.
 */
export function validateParameters(
  rules: ParameterRules,
  method: string,
  path: string,
  params: Params | undefined,
): void {
  const operation = rules[`${method} ${path}`];
  if (!operation) return;
  const operationName = operation.operationId;
  for (const location of LOCATIONS) {
    const expected = operation[location] ?? {};
    const given = params?.[location] ?? {};
    // Header parameters may carry any other header too; path and query names must be known.
    if (location !== 'header') {
      for (const name of Object.keys(given)) {
        if (!(name in expected) && given[name] !== undefined) {
          throw new InvalidParameterError({
            parameter: name,
            location,
            value: given[name],
            reason: 'is not a parameter of this operation',
            operation: operationName,
          });
        }
      }
    }
    for (const [name, rule] of Object.entries(expected)) {
      const reason = violation(rule, given[name]);
      if (reason)
        throw new InvalidParameterError({
          parameter: name,
          location,
          value: given[name],
          reason,
          operation: operationName,
        });
    }
  }
}

function violation(rule: ParameterRule, value: unknown): string | undefined {
  if (value === undefined || value === null) return rule.required ? 'is required' : undefined;
  switch (rule.type) {
    case 'integer':
      if (!Number.isInteger(value)) return 'must be an integer';
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return 'must be true or false';
      break;
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      break;
    case 'array':
      if (!Array.isArray(value)) return 'must be an array';
      break;
  }
  if (rule.enum && !rule.enum.includes(value as string | number | boolean)) {
    return `must be one of ${rule.enum.join(', ')}`;
  }
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && [...value].length < rule.minLength)
      return `must be at least ${rule.minLength} characters`;
    if (rule.maxLength !== undefined && [...value].length > rule.maxLength)
      return `must be at most ${rule.maxLength} characters`;
    if (rule.pattern !== undefined && !compiled(rule.pattern).test(value)) return `must match ${rule.pattern}`;
    if (rule.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) {
      return 'must be an RFC 3339 date-time such as 2024-01-31T23:59:59Z';
    }
  }
  if (typeof value === 'number') {
    if (rule.minimum !== undefined && value < rule.minimum) return `must be at least ${rule.minimum}`;
    if (rule.maximum !== undefined && value > rule.maximum) return `must be at most ${rule.maximum}`;
  }
  return undefined;
}

function compiled(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'u');
    patternCache.set(pattern, regex);
  }
  return regex;
}
