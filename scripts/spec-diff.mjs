// @ts-check
// npm run spec-diff [-- --base <git-ref>]: compare every spec with its last release and fail when
// a breaking change has no pending major changeset for the API's client package.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { diffSpecs, majorBumps } from './lib/spec-diff.mjs';
import { bundleSpec } from './lib/spec.mjs';

const git = (/** @type {string[]} */ ...args) => promisify(execFile)('git', args, { cwd: repoRoot }).then(({ stdout }) => stdout.trim());

const baseArg = process.argv.indexOf('--base');
const base = baseArg > 0 ? process.argv[baseArg + 1] : await latestReleaseTag();
if (!base) {
  console.log('No release tag (v* or @messaging-contracts/<package>@*) yet: nothing is released, so nothing can break.');
  process.exit(0);
}

const majors = majorBumps(await pendingChangesets());
const snapshot = await mkdtemp(join(tmpdir(), 'spec-diff-'));
let unapproved = 0;
try {
  await extract(base, 'specs', snapshot);
  for (const api of loadApis()) {
    const specPath = relative(repoRoot, api.root);
    const packageName = `@messaging-contracts/${api.name}`;
    const released = await git('cat-file', '-e', `${base}:${specPath}`).then(() => true, () => false);
    if (!released) {
      console.log(`${api.name}: new since ${base}`);
      continue;
    }
    const changes = diffSpecs(await bundleSpec(join(snapshot, specPath), { dereference: true }), await bundleSpec(api.root, { dereference: true }));
    const breaking = changes.filter((change) => change.breaking);
    console.log(`${api.name}: ${changes.length} change(s) since ${base}, ${breaking.length} breaking`);
    for (const change of changes) console.log(`  ${change.breaking ? 'BREAKING' : 'ok      '} ${change.where}: ${change.message}`);
    if (breaking.length && !majors.has(packageName)) {
      unapproved++;
      console.error(`\n${api.name} has breaking changes but no pending major changeset for ${packageName}.\nRun \`npx changeset\`, choose ${packageName} and "major", and say what breaks.\n`);
    }
  }
} finally {
  await rm(snapshot, { recursive: true, force: true });
}
process.exit(unapproved ? 1 : 0);

async function latestReleaseTag() {
  const tags = await git('tag', '--list', 'v*', '@messaging-contracts/*@*', '--sort=-creatordate').catch(() => '');
  return tags.split('\n').find(Boolean);
}

async function pendingChangesets() {
  const folder = join(repoRoot, '.changeset');
  const files = (await readdir(folder).catch(() => [])).filter((file) => file.endsWith('.md') && file !== 'README.md');
  return Promise.all(files.map((file) => readFile(join(folder, file), 'utf8')));
}

/** Unpack `path` as it was at `ref` into `into`. @param {string} ref @param {string} path @param {string} into */
function extract(ref, path, into) {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', ref, path], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    const untar = spawn('tar', ['-x', '-C', into], { stdio: ['pipe', 'inherit', 'inherit'] });
    archive.stdout.pipe(untar.stdin);
    archive.once('error', reject);
    untar.once('error', reject);
    untar.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`could not read ${path} at ${ref}`))));
  });
}
