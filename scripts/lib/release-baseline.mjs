// @ts-check
// The recorded release baseline: each API's bundled contract as its client package last published it.
// `npm run spec-diff` compares today's specs with it; `npm run version-packages` records a new one.
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './apis.mjs';

export const baselineDir = join(repoRoot, 'release', 'baseline');
export const baselineManifest = join(baselineDir, 'release.json');

/**
 * @typedef {object} BaselineManifest
 * @property {string} recordedFrom  the git commit whose specs were recorded
 * @property {Record<string, { package: string, version: string, spec: string }>} apis  by API name; `spec` is relative to release/baseline
 */

/** @returns {Promise<BaselineManifest>} */
export async function readBaseline() {
  const text = await readFile(baselineManifest, 'utf8').catch((error) => {
    throw new Error(
      `No release baseline at ${baselineManifest} (${error.code}): record one with \`npm run version-packages\` or \`node scripts/release-baseline.mjs\``,
    );
  });
  return JSON.parse(text);
}

/** The spec file of an API in the baseline, or undefined when the API was not released yet. @param {BaselineManifest} manifest @param {string} api */
export function baselineSpecPath(manifest, api) {
  const entry = manifest.apis[api];
  return entry ? join(baselineDir, entry.spec) : undefined;
}

/** @param {BaselineManifest} manifest */
export async function writeBaseline(manifest) {
  await mkdir(baselineDir, { recursive: true });
  await writeFile(baselineManifest, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Unpack `path` as it was at `ref` into `into`. @param {string} ref @param {string} path @param {string} into */
export function extractAtRef(ref, path, into) {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', ref, path], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const untar = spawn('tar', ['-x', '-C', into], { stdio: ['pipe', 'inherit', 'inherit'] });
    archive.stdout.pipe(untar.stdin);
    archive.once('error', reject);
    untar.once('error', reject);
    untar.once('exit', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`could not read ${path} at ${ref}`)),
    );
  });
}
