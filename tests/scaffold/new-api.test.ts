// `npm run new-api` proved end to end: in a copy of the repository (the drift gate's copy: working
// tree and build outputs, node_modules linked), adopt a made-up provider's spec
// (fixtures/parrot-sms.yaml) and check that the new API lints, generates, builds, type-checks,
// serves in the sandbox, renders in the docs and passes the contract tests, with changes only under
// its spec, its package, its sandbox folder, the list entry and the lockfile. Bad input is refused
// first, leaving the copy unchanged.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { copyRepository } from '../../scripts/lib/drift.mjs';

const NAME = 'parrot-sms-v1';
const FIXTURE = join(import.meta.dirname, 'fixtures', 'parrot-sms.yaml');
// A second provider: the error body `{api_id, error}` (a request id) and a GET callback with a declared dedupe key.
const KESTREL = 'kestrel-sms-v1';
const KESTREL_FIXTURE = join(import.meta.dirname, 'fixtures', 'kestrel-sms.yaml');
const AUTH = `Basic ${Buffer.from('scaffold-user:scaffold-pass').toString('base64')}`;

interface Ran {
  code: number;
  output: string;
  ms: number;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  timeoutMs = 120_000,
  env: NodeJS.ProcessEnv = {},
): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off', ...env },
      },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          output: `${stdout}${stderr}`,
          ms: Date.now() - started,
        });
      },
    );
  });
}

let copy: Awaited<ReturnType<typeof copyRepository>>;
let scratch: string;
let scaffold: Ran;
const timings: Record<string, number> = {};
const tsc = () => join(copy.root, 'node_modules', 'typescript', 'bin', 'tsc');
let exampleProject: string;

const git = (...args: string[]) =>
  run('git', ['-c', 'user.name=scaffold-test', '-c', 'user.email=scaffold@test.invalid', ...args], copy.root);
const newApi = (...args: string[]) =>
  run(process.execPath, [join(copy.root, 'scripts', 'new-api.mjs'), ...args], copy.root);
async function changedFiles(): Promise<string[]> {
  const status = await git('status', '--porcelain', '--untracked-files=all');
  expect(status.code, status.output).toBe(0);
  return status.output
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

beforeAll(async () => {
  const started = Date.now();
  copy = await copyRepository();
  exampleProject = join(copy.root, 'tests', 'scaffold', 'readme-example');
  scratch = await mkdtemp(join(tmpdir(), 'new-api-fixtures-'));
  // The copy leaves bench/ out; its manifest keeps that workspace in package-lock.json when npm updates it.
  await mkdir(join(copy.root, 'bench'), { recursive: true });
  await cp(join(repoRoot, 'bench', 'package.json'), join(copy.root, 'bench', 'package.json'));
  // A baseline commit, so that `git status` shows exactly what the command changes.
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '--no-verify', '-m', 'baseline'],
  ]) {
    const ran = await git(...args);
    if (ran.code !== 0) throw new Error(`git ${args.join(' ')} failed in the copy:\n${ran.output}`);
  }
  timings.copy = Date.now() - started;
}, 60_000);

afterAll(async () => {
  console.log(`new-api scaffold test timings (ms): ${JSON.stringify(timings)}`);
  await copy?.dispose();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('npm run new-api refuses bad input and changes nothing', () => {
  it('refuses an invalid name, a reserved name and an existing API', async () => {
    for (const [name, expected] of [
      ['Parrot_SMS', /not a valid API name: it must be lower-case letters/],
      ['sandbox', /is reserved/],
      ['bandwidth-messaging-v2', /bandwidth-messaging-v2 is already an API/],
    ] as const) {
      const ran = await newApi(name, '--spec', FIXTURE);
      expect(ran.code, ran.output).toBe(1);
      expect(ran.output).toMatch(expected);
      expect(ran.output).toMatch(/Nothing was changed/);
    }
    const usage = await newApi(NAME);
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/--spec is missing/);
    expect(await changedFiles()).toEqual([]);
  });

  it("refuses a spec that does not lint, showing redocly's file:line problems", async () => {
    const broken = join(scratch, 'no-4xx.yaml');
    const fixture = await readFile(FIXTURE, 'utf8');
    // getMessage loses its documented failures: operation-4xx-response must flag it.
    const edited = fixture.replace(
      /\n {8}'401':\n {10}\$ref: '#\/components\/responses\/Unauthorized'\n {8}'404':\n {10}\$ref: '#\/components\/responses\/NotFound'\n/,
      '\n',
    );
    expect(edited).not.toBe(fixture);
    await writeFile(broken, edited);
    const ran = await newApi(NAME, '--spec', broken);
    expect(ran.code, ran.output).toBe(1);
    expect(ran.output).toMatch(/does not lint clean/);
    expect(ran.output).toMatch(/no-4xx\.yaml:\d+:\d+/);
    expect(ran.output).toMatch(/operation-4xx-response/);
    expect(await changedFiles()).toEqual([]);
  });

  it("refuses a spec whose server names no concrete production URL (the client's default base URL)", async () => {
    const fixture = await readFile(FIXTURE, 'utf8');
    const templated = join(scratch, 'templated-server.yaml');
    const edited = fixture.replace(
      '  - url: https://api.parrot-sms.test/v1\n',
      '  - url: https://{region}.parrot-sms.test/v1\n    variables:\n      region:\n        default: eu\n        description: The region of the account.\n',
    );
    expect(edited).not.toBe(fixture);
    await writeFile(templated, edited);
    const ran = await newApi(NAME, '--spec', templated);
    expect(ran.code, ran.output).toBe(1);
    expect(ran.output).toMatch(/servers must list the production URL/);
    expect(await changedFiles()).toEqual([]);
  });

  it('refuses an error schema whose fields it cannot map, naming the x-error-fields to declare', async () => {
    const fixture = await readFile(KESTREL_FIXTURE, 'utf8');
    const undeclared = join(scratch, 'undeclared-errors.yaml');
    const edited = fixture.replace(
      /\n {6}# Which field carries what[^\n]*\n {6}x-error-fields:\n {8}api_id: request-id\n {8}error: message/,
      '',
    );
    expect(edited).not.toBe(fixture);
    await writeFile(undeclared, edited);
    const ran = await newApi(KESTREL, '--spec', undeclared);
    expect(ran.code, ran.output).toBe(1);
    expect(ran.output).toContain(
      'the sandbox folder of kestrel-sms-v1 cannot be written: components/schemas/Error requires `api_id`, `error`',
    );
    expect(ran.output).toMatch(
      /Declare it on components\/schemas\/Error:\n\s+x-error-fields:\n\s+api_id: <role>\n\s+error: <role>/,
    );
    expect(ran.output).toMatch(/Nothing was changed/);
    expect(ran.output).not.toMatch(/Next:/);
    expect(await changedFiles()).toEqual([]);
  });
});

describe(`npm run new-api -- ${NAME} --spec fixtures/parrot-sms.yaml`, () => {
  beforeAll(async () => {
    scaffold = await newApi(NAME, '--spec', FIXTURE);
    timings.scaffold = scaffold.ms;
  }, 150_000);

  it('succeeds (spec adopted, list entry, package, sandbox folder; generated, linted, built)', () => {
    expect(scaffold.code, scaffold.output).toBe(0);
    expect(scaffold.output).toMatch(new RegExp(`${NAME} is ready`));
  });

  it('changes only its spec, its package, its sandbox folder, the list entry and the lockfile', async () => {
    const changed = await changedFiles();
    const allowed = [`specs/${NAME}/`, `packages/${NAME}/`, `packages/sandbox/src/apis/${NAME}/`];
    const outside = changed.filter(
      (file) =>
        !allowed.some((prefix) => file.startsWith(prefix)) && file !== 'redocly.yaml' && file !== 'package-lock.json',
    );
    expect(outside, `changed outside the new API:\n${outside.join('\n')}`).toEqual([]);
    for (const file of [
      `specs/${NAME}/openapi.yaml`,
      `specs/${NAME}/paths/messages.yaml`,
      `specs/${NAME}/webhooks/messageStatus.yaml`,
      `specs/${NAME}/components/schemas/Error.yaml`,
      `packages/${NAME}/package.json`,
      `packages/${NAME}/README.md`,
      `packages/${NAME}/LICENSE`,
      `packages/${NAME}/tsconfig.json`,
      `packages/${NAME}/src/index.ts`,
      `packages/${NAME}/src/webhooks.ts`,
      `packages/${NAME}/src/generated/openapi.ts`,
      `packages/sandbox/src/apis/${NAME}/index.ts`,
      `packages/sandbox/src/apis/${NAME}/errors.ts`,
      'redocly.yaml',
    ]) {
      expect(changed, `${file} was not written`).toContain(file);
    }
    // The list entry is the only change to redocly.yaml.
    const diff = await git('diff', '-U0', '--', 'redocly.yaml');
    const added = diff.output.split('\n').filter((line) => /^[+-](?![+-])/.test(line));
    expect(added).toEqual([
      `+  ${NAME}:`,
      `+    root: specs/${NAME}/openapi.yaml`,
      '+    x-openapi-ts:',
      `+      output: packages/${NAME}/src/generated/openapi.ts`,
      '+    x-mock:',
      expect.stringMatching(/^\+ {6}port: \d+$/),
    ]);
    // package-lock.json only gains the new workspace (npm records every workspace there).
    const lock = await git('diff', '-U0', '--', 'package-lock.json');
    const lockLines = lock.output.split('\n').filter((line) => /^[+-](?![+-])/.test(line));
    expect(
      lockLines.filter((line) => line.startsWith('-')),
      'package-lock.json lost lines',
    ).toEqual([]);
    expect(
      lockLines.filter((line) => line.includes(NAME)).length,
      'package-lock.json records the workspace and its link',
    ).toBeGreaterThanOrEqual(2);
    expect(
      lockLines.length,
      `package-lock.json changed more than the new workspace:\n${lockLines.join('\n')}`,
    ).toBeLessThanOrEqual(20);
  });

  it('type-checks: the package, and its README examples (client, callback handler) against the built package', async () => {
    const checked = await run(
      process.execPath,
      [tsc(), '-p', join(copy.root, 'packages', NAME), '--noEmit'],
      copy.root,
    );
    expect(checked.code, checked.output).toBe(0);
    const readme = await readFile(join(copy.root, 'packages', NAME, 'README.md'), 'utf8');
    const example = /^```ts\n([\s\S]*?)^```/m.exec(readme)?.[1];
    expect(example, 'README has a first ts block').toBeDefined();
    expect([...example!.matchAll(/process\.env\.([A-Z0-9_]+_BASE_URL)/g)].map((match) => match[1])).toEqual([
      'PARROT_SMS_V1_BASE_URL',
    ]);
    // Compiled as a user's ES module would be, resolving the package through the copy's node_modules.
    await mkdir(exampleProject, { recursive: true });
    await writeFile(join(exampleProject, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(join(exampleProject, 'example.ts'), example!);
    // The receiver's example, right after the marker the packaging test reads it by.
    const marker = readme.indexOf('<!-- consumer-test: callback handler -->');
    const handler = marker === -1 ? undefined : /^```ts\n([\s\S]*?)^```/m.exec(readme.slice(marker))?.[1];
    expect(handler, 'README has a callback handler example (the spec has webhooks)').toBeDefined();
    await writeFile(join(exampleProject, 'callbacks.ts'), handler!);
    await writeFile(
      join(exampleProject, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.base.json',
        compilerOptions: {
          outDir: 'out',
          rootDir: '.',
          declaration: false,
          declarationMap: false,
          sourceMap: false,
          types: ['node'],
        },
        include: ['example.ts', 'callbacks.ts'],
      }),
    );
    const compiled = await run(process.execPath, [tsc(), '-p', exampleProject], copy.root);
    expect(compiled.code, compiled.output).toBe(0);
  }, 90_000);

  it("serves in the sandbox: the README examples run, the client sends, reads and pages; errors come in the spec's error shape", async () => {
    const sandboxModule = (await import(
      pathToFileURL(join(copy.root, 'packages', 'sandbox', 'dist', 'index.js')).href
    )) as typeof import('@messaging-contracts/sandbox');
    const sandbox = await sandboxModule.startSandbox({
      api: NAME,
      spec: join(copy.root, 'specs', NAME, 'openapi.yaml'),
      port: 0,
      log: false,
    });
    try {
      const example = await run(process.execPath, [join(exampleProject, 'out', 'example.js')], exampleProject, 30_000, {
        PARROT_SMS_V1_BASE_URL: sandbox.url,
      });
      expect(example.code, example.output).toBe(0);
      expect(example.output).toContain('"id":"m-1"');
      expect(example.output).not.toMatch(/undefined|\[object Object\]|NaN/);

      const callbacks = await run(
        process.execPath,
        [join(exampleProject, 'out', 'callbacks.js')],
        exampleProject,
        30_000,
      );
      expect(callbacks.code, callbacks.output).toBe(0);
      expect(callbacks.output).toContain('messageStatus: message-delivered');
      expect(callbacks.output).toContain('answered 200');

      const client = (await import(pathToFileURL(join(copy.root, 'packages', NAME, 'dist', 'index.js')).href)) as any;
      const api = client.createClient({ username: 'scaffold-user', password: 'scaffold-pass', baseUrl: sandbox.url });
      const sent = await api.POST('/messages', { body: { to: '+15555550100', from: '+15555550199', text: 'hello' } });
      expect(sent.response.status).toBe(201);
      expect(sent.data).toMatchObject({ id: expect.any(String), status: expect.any(String) });
      const got = await api.GET('/messages/{messageId}', { params: { path: { messageId: 'm-1' } } });
      expect(got.data.id).toBe('m-1');
      expect(typeof client.paginateMessages, 'x-pagination gives a generated paginator').toBe('function');
      const listed = [];
      for await (const message of client.paginateMessages(api, { query: { limit: 10 } })) listed.push(message);
      expect(listed.length).toBeGreaterThan(0);

      const anonymous = await fetch(`${sandbox.url}/messages`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ code: 'unauthorized', message: expect.any(String) });
      const invalid = await fetch(`${sandbox.url}/messages`, {
        method: 'POST',
        headers: { authorization: AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'not-a-number', from: '+15555550199', text: 'hi' }),
      });
      expect(invalid.status).toBe(400);
      const body = (await invalid.json()) as { code: string; message: string };
      expect(body.code).toBe('bad-request');
      expect(body.message).toMatch(/\bto\b/);
      expect(body.message).not.toContain('scaffold-pass');
    } finally {
      await sandbox.stop();
    }
  }, 90_000);

  it('renders in the docs', async () => {
    const docs = await run(process.execPath, [join(copy.root, 'scripts', 'docs.mjs'), NAME], copy.root);
    timings.docs = docs.ms;
    expect(docs.code, docs.output).toBe(0);
    const page = join(copy.root, 'docs', 'dist', `${NAME}.html`);
    expect(existsSync(page)).toBe(true);
    expect(await readFile(page, 'utf8')).toContain('Parrot SMS API');
    expect(await readFile(join(copy.root, 'docs', 'dist', 'index.html'), 'utf8')).toContain(`${NAME}.html`);
  }, 60_000);

  it("passes the contract, receiver, sandbox-robustness and packaging (contents, size, attw, README quick start from the tarballs) tests for it, read from the copy's API list", async () => {
    const report = join(copy.root, 'tests', 'test-output', 'scaffold-contract.json');
    const vitest = join(copy.root, 'node_modules', 'vitest', 'vitest.mjs');
    const contract = await run(
      process.execPath,
      [
        vitest,
        'run',
        'contract',
        'webhooks',
        'sandbox/robustness',
        'packaging/contents',
        'packaging/size',
        'packaging/attw',
        'packaging/consumer',
        '-t',
        NAME,
        '--typecheck.enabled=false',
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      join(copy.root, 'tests'),
      // About 150 s on a quiet 2-core machine; shared with other jobs it takes longer.
      300_000,
    );
    timings.contract = contract.ms;
    const results = JSON.parse(await readFile(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      testResults: Array<{ assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>;
    };
    const failed = results.testResults
      .flatMap((file) => file.assertionResults)
      .filter((test) => test.status === 'failed');
    expect(failed.map((test) => `${test.fullName}\n${test.failureMessages.join('\n').slice(0, 2000)}`)).toEqual([]);
    expect(contract.code, contract.output.slice(-4000)).toBe(0);
    // Every contract file that is driven by the API list ran for the new API.
    const ran = results.testResults
      .flatMap((file) => file.assertionResults)
      .filter((test) => test.status === 'passed')
      .map((test) => test.fullName);
    for (const check of [
      'examples',
      'generated code',
      'docs',
      'mock answers as the spec says',
      'sandbox (stateful) survives hostile requests',
      'documented callback examples',
      'callbacks end to end',
      'receiver refuses',
    ]) {
      expect(
        ran.some((name) => name.startsWith(`${NAME} ${check}`)),
        `no passing "${NAME} ${check}" test`,
      ).toBe(true);
    }
    expect(
      ran.some((name) => name.includes(`${NAME} has its client package`)),
      'the API list test ran for it',
    ).toBe(true);
    for (const check of [
      'tarball',
      'bundles',
      'types (attw)',
      '{ createClient } (gzipped',
      'README example',
      'README quick start',
    ]) {
      expect(
        ran.some((name) => name.startsWith(`@messaging-contracts/${NAME} ${check}`)),
        `no passing "@messaging-contracts/${NAME} ${check}" test`,
      ).toBe(true);
    }
  }, 330_000);
});

describe(`npm run new-api -- ${KESTREL} --spec fixtures/kestrel-sms.yaml (error body {api_id, error}, a GET callback)`, () => {
  let adopted: Ran;
  beforeAll(async () => {
    adopted = await newApi(KESTREL, '--spec', KESTREL_FIXTURE);
    timings.kestrel = adopted.ms;
  }, 150_000);

  it('writes the sandbox folder from the declared error fields, and says so accurately', async () => {
    expect(adopted.code, adopted.output).toBe(0);
    const folder = `packages/sandbox/src/apis/${KESTREL}`;
    expect(adopted.output).toContain(
      `wrote ${folder}/ (errors in the shape of components/schemas/Error: \`api_id\` (request-id) and \`error\` (message))`,
    );
    // The closing line points at the folder that was written.
    const next = adopted.output.split('\n').find((line) => line.startsWith('Next:'));
    expect(next).toContain(`${folder}/`);
    expect(existsSync(join(copy.root, folder, 'errors.ts'))).toBe(true);
    expect(existsSync(join(copy.root, folder, 'index.ts'))).toBe(true);
  });

  it('generates no name that shadows a global: the Error schema is aliased ErrorSchema', async () => {
    const client = await readFile(join(copy.root, 'packages', KESTREL, 'src', 'generated', 'client.ts'), 'utf8');
    expect(client).toContain("export type ErrorSchema = Schemas['Error'];");
    expect(client).not.toMatch(/^export type Error\b/m);
  });

  it("answers errors in the spec's {api_id, error} shape: a fresh request id each time, the violation named", async () => {
    const sandboxModule = (await import(
      pathToFileURL(join(copy.root, 'packages', 'sandbox', 'dist', 'index.js')).href
    )) as typeof import('@messaging-contracts/sandbox');
    const sandbox = await sandboxModule.startSandbox({
      api: KESTREL,
      spec: join(copy.root, 'specs', KESTREL, 'openapi.yaml'),
      port: 0,
      log: false,
    });
    try {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      const first = await fetch(`${sandbox.url}/Message/0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a`);
      const second = await fetch(`${sandbox.url}/Message/0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a`);
      expect(first.status).toBe(401);
      const [one, two] = (await Promise.all([first.json(), second.json()])) as { api_id: string; error: string }[];
      expect(one).toEqual({ api_id: expect.stringMatching(uuid), error: expect.any(String) });
      expect(two!.api_id).not.toBe(one!.api_id);
      const invalid = await fetch(`${sandbox.url}/Message`, {
        method: 'POST',
        headers: { authorization: AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ src: '+15555550199', dst: 'not-a-number', text: 'hi' }),
      });
      expect(invalid.status).toBe(400);
      const body = (await invalid.json()) as { api_id: string; error: string };
      expect(Object.keys(body).sort()).toEqual(['api_id', 'error']);
      expect(body.api_id).toMatch(uuid);
      expect(body.error).toMatch(/\bdst\b/);
      expect(body.error).not.toContain('scaffold-pass');
      expect(invalid.headers.get('x-sandbox-violations'), 'the answer is valid against the spec').toBeNull();
    } finally {
      await sandbox.stop();
    }
  }, 60_000);

  it('receives the GET callback with the dedupe key its operation declares (no hand edit)', async () => {
    const webhooks = await readFile(join(copy.root, 'packages', KESTREL, 'src', 'generated', 'webhooks.ts'), 'utf8');
    expect(webhooks).toContain('dedupeKey: ["/MessageUUID"]');
    const module = (await import(pathToFileURL(join(copy.root, 'packages', KESTREL, 'dist', 'webhooks.js')).href)) as {
      createCallbackReceiver: (options: { credentials: false }) => {
        verify(callback: { method: string; headers: Record<string, string>; query: string }): {
          webhook: string;
          events: { event: Record<string, unknown>; dedupeKey: string }[];
        };
      };
    };
    const receiver = module.createCallbackReceiver({ credentials: false });
    const query = (text: string) =>
      new URLSearchParams({
        type: 'inbound-message',
        MessageUUID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
        From: '+15555550100',
        To: '+15555550199',
        Text: text,
      }).toString();
    const delivery = receiver.verify({ method: 'GET', headers: {}, query: query('Thanks') });
    expect(delivery.webhook).toBe('inboundMessage');
    expect(delivery.events).toHaveLength(1);
    expect(delivery.events[0]!.event).toMatchObject({
      MessageUUID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      Text: 'Thanks',
    });
    expect(delivery.events[0]!.dedupeKey).toBe('["7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"]');
    // A retry is the same event, whatever else it carries.
    expect(receiver.verify({ method: 'GET', headers: {}, query: query('Thanks!') }).events[0]!.dedupeKey).toBe(
      delivery.events[0]!.dedupeKey,
    );
    // The status callback keeps its schema's own key.
    const status = receiver.verify({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message-state',
        message_uuid: '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
        state: 'delivered',
      }),
    } as never);
    expect(status.events[0]!.dedupeKey).toBe('["0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a","delivered"]');
  });
});
