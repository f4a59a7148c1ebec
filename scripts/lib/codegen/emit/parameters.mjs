// @ts-check
// parameters.ts: the parameter constraints the runtime checks a call's arguments against, per operation.
import { banner } from '../banner.mjs';

const RULE_KEYS = ['type', 'enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum'];

/**
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../../openapi/index.mjs').SpecModel} spec
 */
export function emitParameters(api, spec) {
  /** @type {Record<string, any>} */
  const operations = {};
  for (const { label, operation, parameters } of spec.operations) {
    /** @type {Record<string, any>} */
    const rules = { operationId: operation.operationId };
    for (const parameter of parameters) {
      if (parameter.in === 'cookie') continue;
      const schema = spec.resolve(parameter.schema) ?? {};
      /** @type {Record<string, unknown>} */
      const rule = {};
      if (parameter.required) rule.required = true;
      for (const name of RULE_KEYS) if (schema[name] !== undefined) rule[name] = schema[name];
      (rules[parameter.in] ??= {})[parameter.name] = rule;
    }
    operations[label] = rules;
  }
  return [
    banner(api),
    "import type { ParameterRules } from '@messaging-contracts/runtime';",
    '',
    `export const parameterRules = ${JSON.stringify(operations, null, 2)} as const satisfies ParameterRules;`,
    '',
  ].join('\n');
}
