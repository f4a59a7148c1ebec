import { beforeAll } from 'vitest';
import { apis, describeErrors, loadSpec, operationsOf, type LoadedSpec, type Operation } from './spec.js';

/**
 * One API's bundled spec for the tests that pin what its documents say (tests/contract/fidelity-*),
 * loaded before the file's tests, with the look-ups they share.
 */
export function auditedSpec(name: string) {
  const api = apis.find((candidate) => candidate.name === name);
  if (!api) throw new Error(`${name} is not in redocly.yaml`);
  let loaded: LoadedSpec | undefined;
  beforeAll(async () => {
    loaded = await loadSpec(api);
  });
  const spec = (): LoadedSpec => {
    if (!loaded) throw new Error(`${name}: the spec is read in beforeAll; use it inside a test`);
    return loaded;
  };
  const operation = (operationId: string): Operation => {
    const found = operationsOf(spec().document).find((candidate) => candidate.operationId === operationId);
    if (!found) throw new Error(`no operation ${operationId}`);
    return found;
  };
  return {
    spec,
    /** The spec's component schemas, dereferenced. */
    schemas: (): Record<string, any> => spec().document.components.schemas,
    operation,
    parameter(operationId: string, parameterName: string): any {
      const found = operation(operationId).parameters.find((candidate) => candidate.name === parameterName);
      if (!found) throw new Error(`${operationId} has no parameter ${parameterName}`);
      return found;
    },
    /** Whether the schema accepts the value, with ajv's reasons when it does not. */
    accepts(schema: object, value: unknown) {
      const validate = spec().validate(schema);
      return { ok: validate(value), why: describeErrors(validate) };
    },
  };
}
