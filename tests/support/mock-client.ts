import { inject } from 'vitest';
import { apis, describeErrors, loadSpec, operationsOf, responseSchema } from './spec.js';

/** The base URL of the running Prism mock of an API (started by the global setup). */
export function mockUrl(apiName: string): string {
  const url = inject('mockUrls')[apiName];
  if (!url) throw new Error(`No mock is running for ${apiName}`);
  return url;
}

/** Assert a body against the spec's schema for an operation's response. */
export async function expectMatchesSpec(
  apiName: string,
  operationId: string,
  status: number,
  body: unknown,
): Promise<void> {
  const api = apis.find((candidate) => candidate.name === apiName);
  if (!api) throw new Error(`Unknown API ${apiName}`);
  const spec = await loadSpec(api);
  const operation = operationsOf(spec.document).find((candidate) => candidate.operationId === operationId);
  const schema = operation && responseSchema(operation, status);
  if (!schema) throw new Error(`${apiName} ${operationId} documents no JSON ${status} response`);
  const validate = spec.validate(schema);
  if (!validate(body))
    throw new Error(`${operationId} ${status} body does not match the spec:\n${describeErrors(validate)}`);
}
