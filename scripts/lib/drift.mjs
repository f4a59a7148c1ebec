// @ts-check
// The drift gate, proved by mutation: apply each deliberate fault to its own copy of the repository,
// run the checks on every copy at once (one vitest run, a project per copy), and report which checks
// caught each fault. A fault no check catches is a hole in the contract tests.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
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
 * Run every check on each copy, all copies at once; the names of the checks that failed, by copy.
 * The contract tests run in one vitest run with one project per copy (each with its own global
 * setup, so each copy's sandboxes serve its own specs). The clients' type-check runs tsc once per
 * distinct set of inputs: a copy whose package inputs equal another's has the same answer.
 * @param {string[]} roots
 * @returns {Promise<Map<string, string[]>>}
 */
export async function failingChecks(roots) {
  const [contract, typecheck] = await Promise.all([runContractTests(roots), typecheckClients(roots)]);
  return new Map(roots.map((root) => [root, [...(contract.get(root) ?? []), ...(typecheck.get(root) ?? [])].sort()]));
}

/**
 * The contract test files (tests/contract/) of every copy, in one vitest run.
 * @param {string[]} roots
 * @returns {Promise<Map<string, string[]>>}
 */
async function runContractTests(roots) {
  const { createVitest } = await import('vitest/node');
  const names = new Map(roots.map((root) => [basename(root), root]));
  const vitest = await createVitest(
    'test',
    {
      config: false,
      root: repoRoot,
      watch: false,
      reporters: [{}],
      // Each project is the copy's own test configuration (timeouts, global setup), minus the type tests.
      projects: roots.map((root) => ({
        extends: join(root, 'tests', 'vitest.config.ts'),
        test: { name: basename(root), root: join(root, 'tests'), typecheck: { enabled: false } },
      })),
    },
    { cacheDir: join(tmpdir(), 'drift-vitest-cache') },
  );
  try {
    const { testModules, unhandledErrors } = await vitest.start(['contract/']);
    if (unhandledErrors.length)
      throw new Error(`the contract tests errored outside any test: ${unhandledErrors.map(String).join('\n')}`);
    /** @type {Map<string, string[]>} */
    const failed = new Map(roots.map((root) => [root, []]));
    for (const module of testModules) {
      const root = names.get(module.project.name);
      if (!root) throw new Error(`vitest ran a test of an unknown project ${module.project.name}`);
      const file = relative(join(root, 'tests'), module.moduleId);
      if (!module.ok())
        failed.get(root)?.push(CONTRACT_CHECKS[/** @type {keyof typeof CONTRACT_CHECKS} */ (file)] ?? file);
    }
    for (const root of roots)
      if (!testModules.some((module) => module.project.name === basename(root)))
        throw new Error(`no contract test ran in ${root}`);
    return failed;
  } finally {
    await vitest.close();
  }
}

/**
 * tsc over each client package of every copy. A package's inputs are its own folder and the
 * workspace packages it depends on (their declarations are what it compiles against), plus the
 * shared compiler options; tsc runs once per distinct content of those inputs.
 * @param {string[]} roots
 * @returns {Promise<Map<string, string[]>>}
 */
async function typecheckClients(roots) {
  /** @type {Map<string, Promise<boolean>>} */
  const byInputs = new Map();
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  /** @type {Map<string, string[]>} */
  const failed = new Map();
  await Promise.all(
    roots.map(async (root) => {
      const packages = (await readdir(join(root, 'packages'))).filter((name) => name !== 'runtime');
      const passed = await Promise.all(
        packages.map(async (name) => {
          const key = `${name} ${await hashInputs(root, name)}`;
          let check = byInputs.get(key);
          if (!check) {
            check = run(process.execPath, [tsc, '-p', join(root, 'packages', name), '--noEmit']).then(
              () => true,
              () => false,
            );
            byInputs.set(key, check);
          }
          return check;
        }),
      );
      failed.set(root, passed.every(Boolean) ? [] : ['clients type-check']);
    }),
  );
  return failed;
}

/**
 * One hash of everything tsc reads for a package of a copy, outside node_modules.
 * @param {string} root
 * @param {string} name
 */
async function hashInputs(root, name) {
  const manifest = JSON.parse(await readFile(join(root, 'packages', name, 'package.json'), 'utf8'));
  const workspaceDependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
    .filter((dependency) => dependency.startsWith('@messaging-contracts/'))
    .map((dependency) => dependency.slice('@messaging-contracts/'.length));
  const hash = createHash('sha256');
  const files = [
    'tsconfig.base.json',
    ...(await filesUnder(root, join('packages', name))),
    ...(
      await Promise.all(workspaceDependencies.map((dependency) => filesUnder(root, join('packages', dependency))))
    ).flat(),
  ];
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(await readFile(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * Every file under a folder of a copy (relative to the copy, sorted), node_modules excluded.
 * @param {string} root
 * @param {string} folder
 * @returns {Promise<string[]>}
 */
async function filesUnder(root, folder) {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').includes('node_modules'))
    .sort();
}

/**
 * Apply each fault to its own copy, check every copy and the unfaulted one at once, and record
 * which checks caught each fault.
 * @param {{ faults?: Fault[], onResult?: (result: { fault: Fault, caughtBy: string[] }) => void }} [options]
 */
export async function verifyDrift({ faults = FAULTS, onResult } = {}) {
  const copies = await Promise.all([null, ...faults].map(() => copyRepository()));
  const [baseline, ...faulted] = copies;
  if (!baseline || faulted.length !== faults.length) throw new Error('verifyDrift: a repository copy is missing');
  try {
    await Promise.all(faults.map((fault, index) => fault.apply(/** @type {Copy} */ (faulted[index]))));
    const failing = await failingChecks(copies.map((copy) => copy.root));
    const unfaulted = failing.get(baseline.root) ?? [];
    if (unfaulted.length)
      throw new Error(`the checks already fail without any fault: ${unfaulted.join(', ')}; fix those first`);
    return faults.map((fault, index) => {
      const result = { fault, caughtBy: failing.get(/** @type {Copy} */ (faulted[index]).root) ?? [] };
      onResult?.(result);
      return result;
    });
  } finally {
    await Promise.all(copies.map((copy) => copy.dispose()));
  }
}
