// Hostile input never kills the sandbox, and every error it answers is in the API's documented
// error shape: the percent-escape, `;;;` content type and 10,000-deep JSON cases of issue 13,
// plus oversized bodies, unknown paths and methods, and bytes that are not HTTP.
import { startSandbox, type Sandbox } from '@messaging-contracts/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis, describeErrors, loadSpec, operationsOf, type LoadedSpec, type Operation } from '../support/spec.js';
import { invalidValue, validRequest } from '../support/requests.js';
import { basic, rawBytes, rawRequest, type RawAnswer } from './support.js';

/** The JSON schemas of an operation's documented error responses (4xx/5xx). */
function errorSchemas(operations: Operation[]): object[] {
  return operations.flatMap((operation) =>
    Object.entries<any>(operation.operation.responses ?? {})
      .filter(([status]) => /^[45]/.test(status))
      .map(([, response]) => response.content?.['application/json']?.schema)
      .filter((schema): schema is object => schema !== undefined),
  );
}

function expectErrorShape(spec: LoadedSpec, answer: RawAnswer, schemas: object[], where: string) {
  expect(answer.headers['content-type'], `${where}: a JSON error body`).toMatch(/json/);
  const body = JSON.parse(answer.text);
  const problems = schemas.map((schema) => {
    const validate = spec.validate(schema);
    return validate(body) ? '' : describeErrors(validate);
  });
  expect(
    problems.some((problem) => problem === ''),
    `${where}: ${answer.text}\nfits none of the documented error schemas:\n${problems.join('\n---\n')}`,
  ).toBe(true);
}

/** The operation's path with every parameter filled with its example (or a plain value). */
function fillPath(operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const parameter = operation.parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    return encodeURIComponent(
      String(parameter?.example ?? parameter?.schema?.example ?? parameter?.schema?.examples?.[0] ?? 'x1'),
    );
  });
}

describe.each(apis.flatMap((api) => [[api.name, 'stateless', api] as const, [api.name, 'stateful', api] as const]))(
  '%s sandbox (%s) survives hostile requests',
  (_name, mode, api) => {
    let sandbox: Sandbox;
    let spec: LoadedSpec;
    let operations: Operation[];
    beforeAll(async () => {
      spec = await loadSpec(api);
      operations = operationsOf(spec.document);
      // Quiet: several of these answers are statuses an operation does not document, which the sandbox logs.
      sandbox = await startSandbox({ api: api.name, stateless: mode === 'stateless', log: false });
    });
    afterAll(() => sandbox?.stop());

    const withPathParameter = () =>
      operations.find((operation) => operation.method === 'get' && /\{[^}]+\}$/.test(operation.path))!;
    const withJsonBody = () =>
      operations.find((operation) => operation.operation.requestBody?.content?.['application/json'])!;

    it.each(['%ZZ', '%C3%28', '%', '%E0%A4%A'])(
      'answers a path parameter "%s" (malformed percent-escape) with a documented error',
      async (malformed) => {
        const operation = withPathParameter();
        expect(operation, 'a GET operation whose path ends in a parameter').toBeDefined();
        const path = fillPath(operation).replace(/\/[^/]+$/, `/${malformed}`);
        const answer = await rawRequest(sandbox.url, { path, headers: { authorization: basic() } });
        expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expectErrorShape(spec, answer, errorSchemas([operation]), `${operation.operationId} ${path}`);
      },
    );

    it('answers Content-Type ";;;" with a documented error', async () => {
      const operation = withJsonBody();
      const answer = await rawRequest(sandbox.url, {
        method: operation.method.toUpperCase(),
        path: fillPath(operation),
        headers: { authorization: basic(), 'content-type': ';;;' },
        body: '{}',
      });
      expect([400, 415]).toContain(answer.status);
      expectErrorShape(spec, answer, errorSchemas([operation]), `${operation.operationId} with Content-Type ;;;`);
    });

    it('answers a 10,000-deep JSON body with 400 in the error shape', async () => {
      const operation = withJsonBody();
      const body = '['.repeat(10_000) + ']'.repeat(10_000);
      const answer = await rawRequest(sandbox.url, {
        method: operation.method.toUpperCase(),
        path: fillPath(operation),
        headers: { authorization: basic(), 'content-type': 'application/json' },
        body,
      });
      expect(answer.status, answer.text).toBe(400);
      expectErrorShape(spec, answer, errorSchemas([operation]), `${operation.operationId} with deep JSON`);
    });

    it('answers a body that is not JSON with 400 in the error shape', async () => {
      const operation = withJsonBody();
      const answer = await rawRequest(sandbox.url, {
        method: operation.method.toUpperCase(),
        path: fillPath(operation),
        headers: { authorization: basic(), 'content-type': 'application/json' },
        body: '{"to": [',
      });
      expect(answer.status, answer.text).toBe(400);
      expectErrorShape(spec, answer, errorSchemas([operation]), `${operation.operationId} with broken JSON`);
    });

    it('refuses a 2 MB body with 413 without reading it into memory', async () => {
      const operation = withJsonBody();
      const body = Buffer.alloc(2 * 1024 * 1024, 0x20);
      const answer = await rawRequest(sandbox.url, {
        method: operation.method.toUpperCase(),
        path: fillPath(operation),
        headers: { authorization: basic(), 'content-type': 'application/json' },
        body,
      });
      // 413 where the API documents it; an API folder may map it to its documented 400 instead.
      expect([400, 413]).toContain(answer.status);
      expectErrorShape(spec, answer, errorSchemas(operations), `${operation.operationId} with a 2 MB body`);
    });

    it('answers an unknown path with 404 in the error shape', async () => {
      const answer = await rawRequest(sandbox.url, {
        path: '/definitely/not/a/path?x=%ZZ',
        headers: { authorization: basic() },
      });
      expect(answer.status).toBe(404);
      expectErrorShape(spec, answer, errorSchemas(operations), 'unknown path');
    });

    it('answers an unknown method with 405 in the error shape', async () => {
      const operation = withPathParameter();
      const used = new Set(
        operations.filter((candidate) => candidate.path === operation.path).map((candidate) => candidate.method),
      );
      const method = ['patch', 'put', 'delete', 'post'].find(
        (candidate) => !used.has(candidate as Operation['method']),
      )!;
      const answer = await rawRequest(sandbox.url, {
        method: method.toUpperCase(),
        path: fillPath(operation),
        headers: { authorization: basic(), 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(405);
      expectErrorShape(spec, answer, errorSchemas(operations), `${method.toUpperCase()} ${operation.path}`);
    });

    it('answers bytes that are not HTTP with 400 and keeps serving', async () => {
      expect(await rawBytes(sandbox.url, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    });

    it("names the missing field of a send in the API's documented error body", async () => {
      const operation = withJsonBody();
      const request = validRequest(sandbox.url, spec.document, operation);
      const body = JSON.parse(String(request.init.body));
      const schema = operation.operation.requestBody.content['application/json'].schema;
      const field = (schema.required ?? schema.oneOf?.[0]?.required ?? [])[0] as string;
      expect(field, `${operation.operationId} has a required body field`).toBeDefined();
      delete body[field];
      const answer = await rawRequest(sandbox.url, {
        method: operation.method.toUpperCase(),
        path: new URL(request.url).pathname,
        headers: { ...(request.init.headers as Record<string, string>), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expectErrorShape(spec, answer, errorSchemas([operation]), `${operation.operationId} without ${field}`);
      expect(answer.text, 'the body names the field that is missing').toContain(field);
    });

    it('names an invalid query parameter as the spec spells it', async () => {
      // Any constrained query parameter will do; one whose name is not all lower case also proves the spelling.
      const candidates = operations
        .flatMap((operation) =>
          operation.parameters
            .filter((parameter) => parameter.in === 'query' && invalidValue(parameter.schema) !== undefined)
            .map((parameter) => ({ operation, parameter })),
        )
        .sort(
          (a, b) =>
            Number(b.parameter.name !== b.parameter.name.toLowerCase()) -
            Number(a.parameter.name !== a.parameter.name.toLowerCase()),
        );
      expect(candidates.length, 'an operation with a constrained query parameter to probe').toBeGreaterThan(0);
      const { operation, parameter } = candidates[0]!;
      const request = new URL(validRequest(sandbox.url, spec.document, operation).url);
      request.searchParams.set(parameter.name, invalidValue(parameter.schema)!);
      const answer = await rawRequest(sandbox.url, {
        path: `${request.pathname}${request.search}`,
        headers: { authorization: basic() },
      });
      expect(answer.status, answer.text).toBe(400);
      expectErrorShape(spec, answer, errorSchemas([operation]), `${operation.operationId} ${parameter.name}`);
      expect(answer.text).toContain(parameter.name);
    });

    it('answers a 100 KB URL with 431 and keeps serving', async () => {
      expect(await rawBytes(sandbox.url, `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`)).toMatch(
        /^HTTP\/1\.1 431/,
      );
    });

    it('is still alive and answering after all of the above', async () => {
      const answer = await rawRequest(sandbox.url, { path: '/__sandbox/health' });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toMatchObject({ api: api.name, mode });
    });
  },
);

describe('a bug in an API folder', () => {
  it('is answered with 500 in the API shape, logged without request data, and the sandbox keeps serving', async () => {
    const api = apis.find((candidate) => candidate.name === 'bandwidth-messaging-v2')!;
    const lines: string[] = [];
    const sandbox = await startSandbox({
      api: api.name,
      log: (line) => lines.push(line),
      behaviour: {
        api: api.name,
        operations: {
          createMessage: () => {
            throw new Error('the handler broke');
          },
        },
        errorResponse: (error) => ({
          status: error.status,
          headers: { 'content-type': 'application/json' },
          body: { type: error.kind, description: error.message },
        }),
        defaultDelays: {},
        injectInbound: () => undefined,
      },
    });
    try {
      const body = JSON.stringify({
        applicationId: 'app-1',
        to: ['+15554443333'],
        from: '+15552221111',
        text: 'a private text',
      });
      const answer = await rawRequest(sandbox.url, {
        method: 'POST',
        path: '/users/1/messages',
        headers: { authorization: basic(), 'content-type': 'application/json' },
        body,
      });
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.text)).toMatchObject({ type: 'internal' });
      expect(answer.text).not.toMatch(/private|broke/);
      expect(lines.join('\n')).toMatch(/internal error Error: the handler broke/);
      expect(lines.join('\n')).not.toMatch(/private text|user:pass|dXNlcjpwYXNz/);
      expect((await rawRequest(sandbox.url, { path: '/__sandbox/health' })).status).toBe(200);
    } finally {
      await sandbox.stop();
    }
  });
});
