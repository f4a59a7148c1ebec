// @ts-check
// The drift gate, proved by mutation: copy the repository, apply one deliberate fault at a time,
// run the checks there, and report which checks caught it. A fault no check catches is a hole in
// the contract tests.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './apis.mjs';

const run = promisify(execFile);
const API = 'bandwidth-messaging-v2';
const SPEC = `specs/${API}`;
const PACKAGE = `packages/${API}`;

/**
 * @typedef {object} Fault
 * @property {string} name
 * @property {string[]} expectedBy  checks that must catch it
 * @property {(copy: Copy) => Promise<void>} apply
 */

/**
 * @typedef {object} Copy
 * @property {string} root
 * @property {(file: string, from: string | RegExp, to: string) => Promise<void>} edit  replace text in a file, failing if it is absent
 * @property {(...args: string[]) => Promise<void>} node  run a script of the copy
 */

/** @type {Fault[]} */
export const FAULTS = [
  {
    name: 'a spec property renamed without regenerating',
    expectedBy: ['generated types current'],
    apply: (copy) => copy.edit(`${SPEC}/components/schemas/Message.yaml`, '\n  owner:\n', '\n  ownerNumber:\n'),
  },
  {
    name: 'an enum value removed from a spec',
    expectedBy: ['generated types current'],
    apply: async (copy) => {
      await copy.edit(`${SPEC}/components/schemas/Priority.yaml`, '\n  - high\n', '\n');
    },
  },
  {
    name: 'a spec example that no longer matches its schema',
    expectedBy: ['lint', 'examples validate'],
    apply: (copy) =>
      copy.edit(`${SPEC}/components/examples/CreateMessageAccepted.yaml`, 'segmentCount: 1', "segmentCount: 'one'"),
  },
  {
    name: 'a required field added to a response schema',
    expectedBy: ['generated types current', 'mock answers as the spec says'],
    apply: (copy) =>
      copy.edit(
        `${SPEC}/components/schemas/MessagesList.yaml`,
        'properties:\n',
        'required:\n  - nextCursor\nproperties:\n  nextCursor:\n    type: string\n',
      ),
  },
  {
    name: 'docs HTML left from an older spec',
    expectedBy: ['docs current'],
    apply: (copy) =>
      copy.edit(`${SPEC}/openapi.yaml`, 'summary: Send SMS/MMS messages', 'summary: Send and receive SMS/MMS messages'),
  },
  {
    name: 'a generated types file edited by hand',
    expectedBy: ['generated types current'],
    apply: (copy) =>
      copy.edit(`${PACKAGE}/src/generated/openapi.ts`, /nextPageToken\?: string;/, 'nextPageToken?: string | number;'),
  },
  {
    name: 'a client path that no longer exists in the spec',
    expectedBy: ['clients type-check'],
    apply: (copy) =>
      copy.edit(
        `${PACKAGE}/src/media.ts`,
        "client.PUT('/users/{accountId}/media/{mediaId}'",
        "client.PUT('/users/{accountId}/medium/{mediaId}'",
      ),
  },
  {
    // The paginators are generated from the operation's `x-pagination`, which names the parameter:
    // the generator refuses a declaration the spec no longer matches.
    name: 'a parameter the paginator uses renamed in the spec, its x-pagination not',
    expectedBy: ['generated types current'],
    apply: (copy) => copy.edit(`${SPEC}/paths/users_{accountId}_messages.yaml`, '- name: pageToken', '- name: cursor'),
  },
  {
    // A constraint openapi-typescript does not render (the types stay equal): only the callback
    // validators compiled from the spec (generated/webhook-validators.ts) change, so this proves they are checked.
    name: 'a webhook schema edited without regenerating',
    expectedBy: ['generated types current'],
    apply: (copy) =>
      copy.edit(
        `${SPEC}/components/schemas/CallbackMessage.yaml`,
        '\n  id:\n    type: string\n',
        '\n  id:\n    type: string\n    minLength: 1\n',
      ),
  },
  {
    name: 'a mock response that violates the spec',
    expectedBy: ['mock answers as the spec says'],
    apply: (copy) =>
      copy.edit(`${SPEC}/components/headers/RetryAfter.yaml`, 'example: 300', "example: 'in five minutes'"),
  },
];

/** The contract test files and the check each stands for. */
const CONTRACT_CHECKS = {
  'contract/lint.test.ts': 'lint',
  'contract/examples.test.ts': 'examples validate',
  'contract/generated.test.ts': 'generated types current',
  'contract/docs.test.ts': 'docs current',
  'contract/mock.test.ts': 'mock answers as the spec says',
};
export const CHECKS = [...Object.values(CONTRACT_CHECKS), 'clients type-check'];

const SKIP = new Set(['node_modules', '.git', '.turbo', 'test-output', 'bench']);

/**
 * A copy of the repository (working tree and build outputs) whose node_modules link to this one's,
 * except the workspace packages, which link to the copy's own packages.
 * @returns {Promise<Copy & { dispose: () => Promise<void> }>}
 */
export async function copyRepository() {
  const root = await mkdtemp(join(tmpdir(), 'drift-'));
  await cp(repoRoot, root, {
    recursive: true,
    filter: (source) =>
      !relative(repoRoot, source)
        .split('/')
        .some((part) => SKIP.has(part)),
  });
  await mkdir(join(root, 'node_modules', '@messaging-contracts'), { recursive: true });
  for (const entry of await readdir(join(repoRoot, 'node_modules'))) {
    if (entry !== '@messaging-contracts')
      await symlink(join(repoRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  for (const name of await readdir(join(root, 'packages'))) {
    await symlink(join(root, 'packages', name), join(root, 'node_modules', '@messaging-contracts', name));
  }
  for (const workspace of ['tests']) {
    await rm(join(root, workspace, 'node_modules'), { recursive: true, force: true });
    await symlink(join(repoRoot, workspace, 'node_modules'), join(root, workspace, 'node_modules')).catch(() => {});
  }
  return {
    root,
    async edit(file, from, to) {
      const path = join(root, file);
      const text = await readFile(path, 'utf8');
      const found = typeof from === 'string' ? text.includes(from) : from.test(text);
      if (!found) throw new Error(`fault cannot be applied: ${file} no longer contains ${from}`);
      await writeFile(path, text.replace(from, to));
    },
    async node(...args) {
      await run(process.execPath, args, { cwd: root });
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * Run every check in a copy; the names of the checks that failed.
 * @param {string} root
 * @returns {Promise<string[]>}
 */
export async function failingChecks(root) {
  const report = join(root, 'test-output', 'drift-report.json');
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const [contract, typecheck] = await Promise.all([
    run(
      process.execPath,
      [vitest, 'run', 'contract', '--reporter=json', `--outputFile=${report}`, '--typecheck.enabled=false'],
      {
        cwd: join(root, 'tests'),
        maxBuffer: 64 * 1024 * 1024,
      },
    ).then(
      () => [],
      async () => {
        const results = JSON.parse(await readFile(report, 'utf8')).testResults;
        return results
          .filter((/** @type {any} */ file) => file.status === 'failed')
          .map(
            (/** @type {any} */ file) =>
              CONTRACT_CHECKS[/** @type {keyof typeof CONTRACT_CHECKS} */ (relative(join(root, 'tests'), file.name))] ??
              file.name,
          );
      },
    ),
    typecheckClients(root),
  ]);
  return [...contract, ...typecheck];
}

/** @param {string} root */
async function typecheckClients(root) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const packages = (await readdir(join(root, 'packages'))).filter((name) => name !== 'runtime');
  const results = await Promise.allSettled(
    packages.map((name) => run(process.execPath, [tsc, '-p', join(root, 'packages', name), '--noEmit'])),
  );
  return results.some((result) => result.status === 'rejected') ? ['clients type-check'] : [];
}

/**
 * Apply each fault to a fresh state of one copy and record which checks caught it.
 * @param {{ faults?: Fault[], onResult?: (result: { fault: Fault, caughtBy: string[] }) => void }} [options]
 */
export async function verifyDrift({ faults = FAULTS, onResult } = {}) {
  const copy = await copyRepository();
  try {
    const baseline = await failingChecks(copy.root);
    if (baseline.length)
      throw new Error(`the checks already fail without any fault: ${baseline.join(', ')}; fix those first`);
    const pristine = `${copy.root}-pristine`;
    await cp(copy.root, pristine, { recursive: true, verbatimSymlinks: true });
    const results = [];
    try {
      for (const fault of faults) {
        await fault.apply(copy);
        const result = { fault, caughtBy: await failingChecks(copy.root) };
        results.push(result);
        onResult?.(result);
        await rm(copy.root, { recursive: true, force: true });
        await cp(pristine, copy.root, { recursive: true, verbatimSymlinks: true });
      }
    } finally {
      await rm(pristine, { recursive: true, force: true });
    }
    return results;
  } finally {
    await copy.dispose();
  }
}
