// @ts-check
// node scripts/release-baseline.mjs [--from <git-ref>]: record each API's bundled contract and its client
// package's version as the release baseline (release/baseline/). Run after `changeset version` (that is
// what `npm run version-packages` does), so the next spec diff compares with what was just released.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { baselineDir, extractAtRef, writeBaseline } from './lib/release-baseline.mjs';
import { bundleSpec } from './lib/spec.mjs';

const fromArg = process.argv.indexOf('--from');
const ref = fromArg > 0 ? process.argv[fromArg + 1] : 'HEAD';
const commit = (await promisify(execFile)('git', ['rev-parse', `${ref}^{commit}`], { cwd: repoRoot })).stdout.trim();

// With --from, specs and package versions are read as they were at that commit.
const source = fromArg > 0 ? await mkdtemp(join(tmpdir(), 'baseline-')) : repoRoot;
try {
  if (source !== repoRoot) {
    await extractAtRef(commit, 'specs', source);
    await extractAtRef(commit, 'packages', source);
  }
  /** @type {import('./lib/release-baseline.mjs').BaselineManifest} */
  const manifest = { recordedFrom: commit, apis: {} };
  await mkdir(baselineDir, { recursive: true });
  for (const api of loadApis()) {
    const root = join(source, relative(repoRoot, api.root));
    const packageJson = join(source, relative(repoRoot, api.packageDir), 'package.json');
    const pkg = await readFile(packageJson, 'utf8').then(JSON.parse, () => undefined);
    const spec = await bundleSpec(root).catch(() => undefined);
    if (!pkg || !spec) {
      console.log(`${api.name}: not in ${ref}, left out of the baseline`);
      continue;
    }
    const file = `${api.name}.json`;
    await writeFile(join(baselineDir, file), `${JSON.stringify(spec, null, 2)}\n`);
    manifest.apis[api.name] = { package: pkg.name, version: pkg.version, spec: file };
    console.log(`${api.name}: ${pkg.name}@${pkg.version} recorded from ${commit.slice(0, 12)}`);
  }
  await writeBaseline(manifest);
} finally {
  if (source !== repoRoot) await rm(source, { recursive: true, force: true });
}
