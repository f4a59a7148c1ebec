import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { breakingBumps, diffSpecs, majorBumps } from '../../scripts/lib/spec-diff.mjs';
import { readBaseline } from '../../scripts/lib/release-baseline.mjs';
import { apis } from '../support/spec.js';

const run = promisify(execFile);

/** A one-operation spec: GET /things?kind=… answering { id, status, note? }, and POST /things taking { name, size? }. */
function spec(change: (document: any) => void = () => {}) {
  const document: any = {
    openapi: '3.1.0',
    paths: {
      '/things': {
        get: {
          parameters: [{ name: 'kind', in: 'query', schema: { type: 'string', enum: ['a', 'b'] } }],
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['id', 'status'],
                    properties: {
                      id: { type: 'string' },
                      status: { type: 'string', enum: ['on', 'off'] },
                      note: { type: 'string' },
                    },
                  },
                },
              },
            },
            404: { description: 'missing' },
          },
        },
        post: {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string' },
                    size: { type: 'integer' },
                    mode: { type: 'string', enum: ['x', 'y'] },
                  },
                },
              },
            },
          },
          responses: { 201: { description: 'created' } },
        },
      },
    },
  };
  change(document);
  return document;
}
const get = (document: any) => document.paths['/things'].get;
const body = (document: any) => get(document).responses[200].content['application/json'].schema;
const request = (document: any) => document.paths['/things'].post.requestBody.content['application/json'].schema;

const kinds = (head: any) =>
  diffSpecs(spec(), head).map((change) => `${change.breaking ? 'breaking' : 'ok'} ${change.kind}`);

describe('diffSpecs classifies', () => {
  it.each([
    ['a response field removed', (d: any) => delete body(d).properties.note, 'breaking property-removed'],
    ['a response field made optional', (d: any) => (body(d).required = ['id']), 'breaking property-made-optional'],
    ['a request field made required', (d: any) => request(d).required.push('size'), 'breaking property-made-required'],
    [
      'a new required request field',
      (d: any) => {
        request(d).properties.owner = { type: 'string' };
        request(d).required.push('owner');
      },
      'breaking required-property-added',
    ],
    [
      'an enum value removed from a parameter',
      (d: any) => (get(d).parameters[0].schema.enum = ['a']),
      'breaking enum-value-removed',
    ],
    [
      'an enum value removed from a response',
      (d: any) => (body(d).properties.status.enum = ['on']),
      'breaking enum-value-removed',
    ],
    [
      'an enum value added to a response (strict clients)',
      (d: any) => body(d).properties.status.enum.push('broken'),
      'breaking enum-value-added',
    ],
    ['a parameter removed', (d: any) => (get(d).parameters = []), 'breaking parameter-removed'],
    ['a parameter retyped', (d: any) => (get(d).parameters[0].schema = { type: 'integer' }), 'breaking type-changed'],
    [
      'a parameter made required',
      (d: any) => (get(d).parameters[0].required = true),
      'breaking parameter-made-required',
    ],
    [
      'a pattern added to a request field',
      (d: any) => (request(d).properties.name.pattern = '^[a-z]+$'),
      'breaking constraint-changed',
    ],
    [
      'a request maximum added',
      (d: any) => (request(d).properties.size = { type: 'integer', maximum: 5 }),
      'breaking constraint-changed',
    ],
    ['a response pattern added', (d: any) => (body(d).properties.id.pattern = '^x'), 'ok constraint-changed'],
    [
      'a new required parameter',
      (d: any) => get(d).parameters.push({ name: 'since', in: 'query', required: true, schema: { type: 'integer' } }),
      'breaking required-parameter-added',
    ],
    ['a response field retyped', (d: any) => (body(d).properties.id = { type: 'integer' }), 'breaking type-changed'],
    [
      'a response field that may now be null',
      (d: any) => (body(d).properties.note = { type: ['string', 'null'] }),
      'breaking type-changed',
    ],
    ['a request field retyped', (d: any) => (request(d).properties.size = { type: 'string' }), 'breaking type-changed'],
    ['an operation removed', (d: any) => delete d.paths['/things'].post, 'breaking operation-removed'],
    ['a response status removed', (d: any) => delete get(d).responses[404], 'breaking response-removed'],
    [
      'a new optional parameter',
      (d: any) => get(d).parameters.push({ name: 'limit', in: 'query', schema: { type: 'integer' } }),
      'ok parameter-added',
    ],
    [
      'a new optional request field',
      (d: any) => (request(d).properties.colour = { type: 'string' }),
      'ok property-added',
    ],
    ['a new response field', (d: any) => (body(d).properties.createdAt = { type: 'string' }), 'ok property-added'],
    ['a new enum value in a request', (d: any) => request(d).properties.mode.enum.push('z'), 'ok enum-value-added'],
    [
      'a new operation',
      (d: any) => (d.paths['/other'] = { get: { responses: { 200: { description: 'ok' } } } }),
      'ok operation-added',
    ],
    [
      'a description change',
      (d: any) => (body(d).properties.note.description = 'Free text.'),
      'ok description-changed',
    ],
    [
      'a request field that now also accepts null',
      (d: any) => (request(d).properties.size = { type: ['integer', 'null'] }),
      'ok type-changed',
    ],
  ])('%s', (_change, mutate, expected) => {
    expect(kinds(spec(mutate))).toEqual([expected]);
  });

  it('a request constraint loosened', () => {
    const withMaximum = (maximum: number) =>
      spec((d: any) => (request(d).properties.size = { type: 'integer', maximum }));
    expect(diffSpecs(withMaximum(5), withMaximum(10)).map((change) => `${change.breaking} ${change.kind}`)).toEqual([
      'false constraint-changed',
    ]);
  });

  it('a request that became one item or a batch of them: compared with the single-item alternative', () => {
    const head = spec((d: any) => {
      const single = request(d);
      d.paths['/things'].post.requestBody.content['application/json'].schema = {
        oneOf: [single, { type: 'array', items: single }],
      };
    });
    expect(diffSpecs(spec(), head).map((change) => `${change.breaking} ${change.kind}`)).toEqual([
      'false alternatives-added',
    ]);
  });

  it('finds nothing between equal specs', () => {
    expect(diffSpecs(spec(), spec())).toEqual([]);
  });
});

describe('diffSpecs classifies webhooks as what receivers read', () => {
  const hook = (change: (payload: any) => void = () => {}) => {
    const payload = {
      type: 'object',
      required: ['type', 'id'],
      properties: {
        type: { type: 'string', enum: ['sent', 'failed'] },
        id: { type: 'string' },
        note: { type: 'string' },
      },
    };
    change(payload);
    return {
      openapi: '3.1.0',
      webhooks: {
        status: {
          post: {
            requestBody: { content: { 'application/json': { schema: payload } } },
            responses: { 200: { description: 'ok' } },
          },
        },
      },
    };
  };
  const hookKinds = (change: (payload: any) => void) =>
    diffSpecs(hook(), hook(change)).map((item) => `${item.breaking ? 'breaking' : 'ok'} ${item.kind}`);
  it.each([
    ['a payload field removed', (p: any) => delete p.properties.note, 'breaking property-removed'],
    ['a payload field made optional', (p: any) => (p.required = ['type']), 'breaking property-made-optional'],
    ['a new event type', (p: any) => p.properties.type.enum.push('read'), 'breaking enum-value-added'],
    ['a new optional payload field', (p: any) => (p.properties.carrier = { type: 'string' }), 'ok property-added'],
  ])('%s', (_name, change, expected) => {
    expect(hookKinds(change)).toContain(expected);
  });
  it('a webhook removed or added', () => {
    expect(diffSpecs(hook(), { openapi: '3.1.0' }).map((item) => item.kind)).toEqual(['webhook-removed']);
    expect(diffSpecs({ openapi: '3.1.0' }, hook()).map((item) => `${item.breaking} ${item.kind}`)).toEqual([
      'false webhook-added',
    ]);
  });
});

describe('majorBumps', () => {
  it('reads the packages with a major bump from changeset front matter', () => {
    const texts = [
      '---\n"@messaging-contracts/a": major\n\'@messaging-contracts/b\': minor\n---\n\nText',
      '---\n@messaging-contracts/c: major\n---\n',
    ];
    expect([...majorBumps(texts)].sort()).toEqual(['@messaging-contracts/a', '@messaging-contracts/c']);
  });
});

describe('breakingBumps', () => {
  const texts = [
    '---\n"@messaging-contracts/a": minor\n"@messaging-contracts/b": minor\n"@messaging-contracts/c": patch\n---\n\nx\n',
  ];
  it('lets a minor bump break a package below 1.0.0, and only a major one at or above it', () => {
    const approved = breakingBumps(texts, {
      '@messaging-contracts/a': '0.1.0',
      '@messaging-contracts/b': '1.2.0',
      '@messaging-contracts/c': '0.1.0',
    });
    expect([...approved]).toEqual(['@messaging-contracts/a']);
  });
});

describe('the release baseline', () => {
  it('records every API with the version of its client package, and the spec diff compares with it', async () => {
    const manifest = await readBaseline();
    for (const api of apis)
      expect(manifest.apis[api.name], `${api.name} is in release/baseline/release.json`).toMatchObject({
        package: `@messaging-contracts/${api.name}`,
      });
    // Whether it passes depends on the pending changesets; what matters here is what it compared.
    const { stdout } = await run(process.execPath, [join(repoRoot, 'scripts', 'spec-diff.mjs')], {
      cwd: repoRoot,
    }).catch((error: { stdout: string }) => error);
    expect(stdout).toContain('Comparing every spec with the release baseline');
    for (const api of apis) expect(stdout).toMatch(new RegExp(`^${api.name}: \\d+ change\\(s\\), \\d+ breaking$`, 'm'));
  });
});

describe('npm run spec-diff in a repository with a release', () => {
  let repo = '';
  const specDiff = (...args: string[]) =>
    run(process.execPath, [join(repo, 'scripts', 'spec-diff.mjs'), ...args], { cwd: repo }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: `${error.stdout}${error.stderr}`,
      }),
    );
  const git = (...args: string[]) => run('git', args, { cwd: repo });

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'spec-diff-repo-'));
    for (const part of ['redocly.yaml', 'specs', 'scripts'])
      await cp(join(repoRoot, part), join(repo, part), { recursive: true });
    for (const api of apis) {
      const packageDir = join(repo, 'packages', api.name);
      await mkdir(packageDir, { recursive: true });
      await cp(join(api.packageDir, 'package.json'), join(packageDir, 'package.json'));
    }
    await symlink(join(repoRoot, 'node_modules'), join(repo, 'node_modules'));
    await mkdir(join(repo, '.changeset'));
    await writeFile(join(repo, '.gitignore'), 'node_modules\n');
    await git('init', '-q', '-b', 'main');
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '-A');
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'release');
    await git('tag', 'v1.0.0');
    // What `npm run version-packages` does after a release: record the released contracts.
    await run(process.execPath, [join(repo, 'scripts', 'release-baseline.mjs')], { cwd: repo });
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('passes when nothing changed, fails on a removed enum value, and passes again with a breaking changeset', async () => {
    expect(await specDiff()).toMatchObject({ code: 0 });

    const file = join(repo, 'specs/bandwidth-messaging-v2/components/schemas/Priority.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('\n  - high\n', '\n'));
    const failed = await specDiff();
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('enum value "high" was removed');
    expect(failed.output).toContain('no pending changeset that may break @messaging-contracts/bandwidth-messaging-v2');
    // The same comparison against a git ref instead of the recorded baseline.
    expect(await specDiff('--base', 'v1.0.0')).toMatchObject({ code: 1 });

    await writeFile(
      join(repo, '.changeset', 'drop-high.md'),
      '---\n"@messaging-contracts/bandwidth-messaging-v2": major\n---\n\nPriority `high` is gone.\n',
    );
    expect(await specDiff()).toMatchObject({ code: 0 });
  });
});
