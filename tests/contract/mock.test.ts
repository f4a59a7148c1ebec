import { describe, expect, inject, it } from 'vitest';
import {
  apis,
  describeErrors,
  loadSpec,
  operationsOf,
  responseSchema,
  type LoadedSpec,
  type Operation,
} from '../support/spec.js';
import { invalidValue, validRequest } from '../support/requests.js';

async function send(request: { url: string; init: RequestInit }) {
  const response = await fetch(request.url, request.init);
  const text = await response.text();
  // Only JSON is parsed; a file download's bytes stay text (their schema is not JSON).
  const json = /[/+]json\b/i.test(response.headers.get('content-type') ?? '');
  return { response, body: text && json ? JSON.parse(text) : text || undefined };
}

function expectValid(spec: LoadedSpec, schema: object | undefined, value: unknown, where: string) {
  if (!schema) return;
  const validator = spec.validate(schema);
  expect(validator(value), `${where}:\n${describeErrors(validator)}`).toBe(true);
}

describe.each(apis.map((api) => [api.name, api] as const))('%s mock answers as the spec says', async (name, api) => {
  const spec = await loadSpec(api);
  const baseUrl = () => inject('mockUrls')[name]!;
  const operations = operationsOf(spec.document).map((operation) => [operation.operationId, operation] as const);

  it('has operations whose invalid arguments the mock can be asked to reject', () => {
    const probed = operations.filter(
      ([, operation]) =>
        operation.parameters.some(
          (parameter) => parameter.in === 'query' && invalidValue(parameter.schema) !== undefined,
        ) || operation.operation.requestBody,
    );
    expect(probed.length).toBeGreaterThan(0);
  });

  describe.each(operations)('%s', (_id, operation: Operation) => {
    const statuses = Object.keys(operation.operation.responses).filter((status) => /^\d{3}$/.test(status));

    it.each(statuses)('serves %s with a body and headers that match the spec', async (status) => {
      const request = validRequest(baseUrl(), spec.document, operation);
      request.init.headers.Prefer = `code=${status}`;
      const { response, body } = await send(request);
      expect(response.status).toBe(Number(status));
      expectValid(spec, responseSchema(operation, status), body, `${operation.operationId} ${status} body`);
      for (const [header, definition] of Object.entries<any>(operation.operation.responses[status].headers ?? {})) {
        const value = response.headers.get(header);
        if (definition.required) expect(value, `${status} must carry ${header}`).not.toBeNull();
        if (value !== null && definition.schema) {
          const typed = definition.schema.type === 'integer' ? Number(value) : value;
          expectValid(spec, definition.schema, typed, `${operation.operationId} ${status} header ${header}`);
        }
      }
    });

    const success = statuses.find((status) => status.startsWith('2'))!;
    const named = Object.entries<any>(
      operation.operation.responses[success]?.content?.['application/json']?.examples ?? {},
    );
    // Only operations with named examples get this test (none is defined, rather than skipped, otherwise).
    if (named.length)
      it.each(named.map(([example, value]) => [example, value.value]))(
        'serves the documented example "%s"',
        async (example, value) => {
          const request = validRequest(baseUrl(), spec.document, operation);
          request.init.headers.Prefer = `example=${example}`;
          const { response, body } = await send(request);
          expect(response.status).toBe(Number(success));
          expect(body).toEqual(value);
        },
      );

    it("rejects a request without credentials with 401 in the API's error shape", async () => {
      const request = validRequest(baseUrl(), spec.document, operation);
      delete request.init.headers.Authorization;
      const { response, body } = await send(request);
      expect(response.status).toBe(401);
      expectValid(spec, responseSchema(operation, 401), body, `${operation.operationId} 401 body`);
    });

    const constrained = operation.parameters.find(
      (parameter) => parameter.in === 'query' && invalidValue(parameter.schema) !== undefined,
    );
    const bodySchema = operation.operation.requestBody?.content?.['application/json']?.schema;
    // A body that is one object or a batch of them (oneOf) is probed through its object form.
    const requiredBodyField = (bodySchema?.required ??
      bodySchema?.oneOf?.find((alternative: any) => alternative.type === 'object')?.required)?.[0];
    if (constrained !== undefined || requiredBodyField !== undefined)
      it("rejects an invalid argument with a documented 4xx in the API's error shape", async () => {
        const request = constrained
          ? validRequest(baseUrl(), spec.document, operation, { [constrained.name]: invalidValue(constrained.schema) })
          : validRequest(baseUrl(), spec.document, operation);
        if (!constrained) {
          const body = JSON.parse(String(request.init.body));
          delete body[requiredBodyField];
          request.init.body = JSON.stringify(body);
        }
        const { response, body } = await send(request);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(statuses, `${response.status} must be a documented response of ${operation.operationId}`).toContain(
          String(response.status),
        );
        expectValid(
          spec,
          responseSchema(operation, response.status),
          body,
          `${operation.operationId} ${response.status} body`,
        );
      });
  });
});
