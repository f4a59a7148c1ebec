import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import * as runtime from '@messaging-contracts/runtime';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { globalNames, runtimeExports } from '../../scripts/lib/codegen/runtime-names.mjs';
import { renderGenerated } from '../../scripts/lib/generate.mjs';
import {
  escapeToken,
  formatPointer,
  HTTP_METHODS,
  parsePointer,
  specModel,
  unescapeToken,
} from '../../scripts/lib/openapi/index.mjs';
import { apis } from '../support/spec.js';

describe.each(apis.map((api) => [api.name, api] as const))('%s generated code', (_name, api) => {
  it('equals a fresh generation from the spec (run `npm run generate` when this fails)', async () => {
    for (const [file, expected] of await renderGenerated(api)) {
      const committed = await readFile(file, 'utf8').catch(() => '(missing)');
      expect(committed === expected, `${relative(repoRoot, file)} is stale: run \`npm run generate\``).toBe(true);
    }
  });
});

// The OpenAPI model every generator reads (scripts/lib/openapi/).
describe('the generators’ OpenAPI model', () => {
  it('escapes and unescapes JSON pointer tokens in the RFC 6901 order', () => {
    expect(escapeToken('a/b~c')).toBe('a~1b~0c');
    expect(unescapeToken('a~1b~0c')).toBe('a/b~c');
    // ~01 is an escaped "~" followed by "1", not a "/".
    expect(unescapeToken('~01')).toBe('~1');
    expect(parsePointer('/paths/~1messages~1{id}/get')).toEqual(['paths', '/messages/{id}', 'get']);
    expect(formatPointer(['paths', '/messages/{id}', 'get'])).toBe('/paths/~1messages~1{id}/get');
    expect(parsePointer('')).toEqual([]);
    expect(() => parsePointer('paths')).toThrow(/not a JSON pointer/);
  });

  it('knows the eight methods of a path item', () => {
    expect(HTTP_METHODS).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  });

  const document = {
    paths: {
      '/a/{id}': {
        parameters: [
          { $ref: '#/components/parameters/Id' },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        get: { operationId: 'getA', parameters: [{ name: 'limit', in: 'query', required: true }] },
        trace: { operationId: 'traceA' },
      },
      '/b': { $ref: '#/components/pathItems/B' },
    },
    webhooks: { hook: { post: { operationId: 'hook' } } },
    components: {
      parameters: { Id: { name: 'id', in: 'path', required: true } },
      pathItems: { B: { delete: { operationId: 'deleteB' } } },
      schemas: {
        Loop: { $ref: '#/components/schemas/Loop2' },
        Loop2: { $ref: '#/components/schemas/Loop' },
        'Slash/Name': { type: 'string' },
      },
    },
  };

  it('walks every operation once, path items and parameters resolved, an operation’s own parameter winning', () => {
    const spec = specModel(document, 'specs/x/openapi.yaml');
    expect(spec.operations.map((entry) => entry.label)).toEqual(['GET /a/{id}', 'TRACE /a/{id}', 'DELETE /b']);
    expect(spec.webhooks.map((entry) => entry.label)).toEqual(['webhooks.hook.post']);
    const get = spec.operations[0]!;
    expect(get.parameters).toEqual([
      { name: 'id', in: 'path', required: true },
      { name: 'limit', in: 'query', required: true },
    ]);
    expect(spec.operations[1]!.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      'id',
      'limit',
    ]);
  });

  it('resolves local $refs, escapes included, and names the ref and the file when it cannot', () => {
    const { resolve } = specModel(document, 'specs/x/openapi.yaml');
    expect(resolve({ $ref: '#/components/schemas/Slash~1Name' })).toEqual({ type: 'string' });
    expect(resolve(undefined)).toBeUndefined();
    expect(() => resolve({ $ref: '#/components/schemas/Missing' })).toThrow(
      'specs/x/openapi.yaml: $ref #/components/schemas/Missing points nowhere',
    );
    expect(() => resolve({ $ref: './other.yaml#/Thing' })).toThrow(
      'specs/x/openapi.yaml: $ref ./other.yaml#/Thing points into another file',
    );
    expect(() => resolve({ $ref: '#/components/schemas/Loop' })).toThrow(
      'specs/x/openapi.yaml: $ref #/components/schemas/Loop is circular',
    );
  });

  it('reads the runtime’s exports from the module itself: every value the built runtime exports, and its types', () => {
    const names = runtimeExports();
    for (const value of Object.keys(runtime)) expect(names, value).toContain(value);
    for (const type of ['ApiClient', 'PageOptions', 'RetryOptions', 'ParameterRules']) expect(names).toContain(type);
    expect(names.size).toBeGreaterThan(Object.keys(runtime).length);
  });

  it('knows the globals of the packages’ lib, which no generated name may shadow', () => {
    const globals = globalNames();
    for (const name of ['Error', 'Date', 'Response', 'URL', 'Promise', 'Record']) expect(globals).toContain(name);
    expect(globals).not.toContain('Message');
  });
});
