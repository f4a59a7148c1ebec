// @ts-check
// npm run spec-diff [-- --base <git-ref>]: compare every spec with its last release and fail when a
// breaking change has no pending changeset that may break the API's client package (a major one, or a
// minor one below 1.0.0). The last release is the recorded baseline in release/baseline/ unless --base
// names a git ref to compare with instead.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { baselineSpecPath, extractAtRef, readBaseline } from './lib/release-baseline.mjs';
import { breakingBumps, diffSpecs } from './lib/spec-diff.mjs';
import { bundleSpec } from './lib/spec.mjs';

const git = (/** @type {string[]} */ ...args) =>
  promisify(execFile)('git', args, { cwd: repoRoot }).then(({ stdout }) => stdout.trim());

const baseArg = process.argv.indexOf('--base');
const gitBase = baseArg > 0 ? process.argv[baseArg + 1] : undefined;
const apis = loadApis();
const versions = Object.fromEntries(
  await Promise.all(
    apis.map(async (api) => {
      const pkg = JSON.parse(await readFile(join(api.packageDir, 'package.json'), 'utf8'));
      return [pkg.name, pkg.version];
    }),
  ),
);
const approved = breakingBumps(await pendingChangesets(), versions);

const snapshot = gitBase ? await mkdtemp(join(tmpdir(), 'spec-diff-')) : undefined;
let unapproved = 0;
try {
  /** @type {(api: import('./lib/apis.mjs').Api) => Promise<string | undefined>} the released spec file of an API */
  let releasedSpec;
  let baseName;
  if (snapshot && gitBase) {
    await extractAtRef(gitBase, 'specs', snapshot);
    baseName = gitBase;
    releasedSpec = async (api) => {
      const specPath = relative(repoRoot, api.root);
      const released = await git('cat-file', '-e', `${gitBase}:${specPath}`).then(
        () => true,
        () => false,
      );
      return released ? join(snapshot, specPath) : undefined;
    };
  } else {
    const manifest = await readBaseline();
    baseName = `the release baseline (release/baseline, recorded from ${manifest.recordedFrom.slice(0, 12)})`;
    releasedSpec = async (api) => baselineSpecPath(manifest, api.name);
  }
  console.log(`Comparing every spec with ${baseName}.`);
  for (const api of apis) {
    const packageName = `@messaging-contracts/${api.name}`;
    const released = await releasedSpec(api);
    if (!released) {
      console.log(`${api.name}: new since ${baseName}`);
      continue;
    }
    const changes = diffSpecs(
      await bundleSpec(released, { dereference: true }),
      await bundleSpec(api.root, { dereference: true }),
    );
    const breaking = changes.filter((change) => change.breaking);
    console.log(`${api.name}: ${changes.length} change(s), ${breaking.length} breaking`);
    for (const change of changes)
      console.log(`  ${change.breaking ? 'BREAKING' : 'ok      '} ${change.where}: ${change.message}`);
    if (breaking.length && !approved.has(packageName)) {
      unapproved++;
      const bump = /^0\./.test(versions[packageName] ?? '')
        ? '"minor" (or "major"; the package is below 1.0.0)'
        : '"major"';
      console.error(
        `\n${api.name} has breaking changes but no pending changeset that may break ${packageName}.\nRun \`npx changeset\`, choose ${packageName} and ${bump}, and say what breaks.\n`,
      );
    }
  }
} finally {
  if (snapshot) await rm(snapshot, { recursive: true, force: true });
}
process.exit(unapproved ? 1 : 0);

async function pendingChangesets() {
  const folder = join(repoRoot, '.changeset');
  const files = (await readdir(folder).catch(() => [])).filter((file) => file.endsWith('.md') && file !== 'README.md');
  return Promise.all(files.map((file) => readFile(join(folder, file), 'utf8')));
}
