// Checks what an API folder produces against the API's bundled contract: callback deliveries
// against the spec's top-level `webhooks`, responses against the operation's response schema.
import { expect } from 'vitest';
import type { CallbackDelivery, SandboxResponse } from '../../../packages/sandbox/src/core/api-behaviour.js';
import { apis, describeErrors, loadSpec, operationsOf, type LoadedSpec } from '../../support/spec.js';

export function specOf(name: string): Promise<LoadedSpec> {
  const api = apis.find((candidate) => candidate.name === name);
  if (!api) throw new Error(`redocly.yaml lists no api ${name}`);
  return loadSpec(api);
}

function expectValid(spec: LoadedSpec, schema: object, value: unknown, what: string): void {
  const validate = spec.validate(schema);
  const valid = validate(value);
  expect(
    valid,
    `${what} does not match the contract:\n${describeErrors(validate)}\n${JSON.stringify(value, null, 2)}`,
  ).toBe(true);
}

/** Query values are strings on the wire; a parameter typed as a number is compared as one. */
function coerce(schema: any, value: string): unknown {
  const types = [schema?.type].flat();
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  return value;
}

/** The delivery's payload validates against its webhook's operation (method, media type, schema). */
export function expectDeliveryMatchesWebhook(spec: LoadedSpec, delivery: CallbackDelivery): void {
  const item = spec.document.webhooks?.[delivery.webhook];
  expect(item, `webhook ${delivery.webhook} is not in the contract`).toBeDefined();
  const operation = item[delivery.method.toLowerCase()];
  expect(operation, `webhook ${delivery.webhook} has no ${delivery.method}`).toBeDefined();
  if (delivery.method === 'POST') {
    const mediaType = delivery.encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
    const schema = operation.requestBody?.content?.[mediaType]?.schema;
    expect(schema, `webhook ${delivery.webhook} POST takes no ${mediaType}`).toBeDefined();
    expectValid(
      spec,
      schema,
      delivery.encoding === 'form' ? delivery.query : delivery.body,
      `${delivery.webhook} body`,
    );
    return;
  }
  const query = delivery.query ?? {};
  for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].filter(
    (candidate: any) => candidate.in === 'query',
  )) {
    const value = query[parameter.name];
    if (value === undefined) {
      expect(
        parameter.required ?? false,
        `${delivery.webhook} GET lacks required query parameter ${parameter.name}`,
      ).toBe(false);
      continue;
    }
    expectValid(
      spec,
      parameter.schema,
      coerce(parameter.schema, value),
      `${delivery.webhook} query parameter ${parameter.name}`,
    );
  }
}

/** The response's status is documented for the operation and its body validates against that status's schema. */
export function expectResponseMatchesOperation(spec: LoadedSpec, operationId: string, response: SandboxResponse): void {
  const operation = operationsOf(spec.document).find((candidate) => candidate.operationId === operationId);
  expect(operation, `no operation ${operationId}`).toBeDefined();
  const documented = operation!.operation.responses?.[String(response.status)];
  expect(documented, `${operationId} documents no ${response.status}`).toBeDefined();
  const schema = documented.content?.['application/json']?.schema;
  if (response.body === undefined) {
    expect(schema, `${operationId} ${response.status} needs a body`).toBeUndefined();
    return;
  }
  expect(schema, `${operationId} ${response.status} documents no JSON body`).toBeDefined();
  expectValid(spec, schema, response.body, `${operationId} ${response.status}`);
}
