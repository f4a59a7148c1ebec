import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { npmEnv } from '../../scripts/lib/pack.mjs';

const exec = promisify(execFile);

/**
 * Where Node binaries are kept between runs (and between checkouts): NODE_BIN_CACHE, else
 * ~/.cache/messaging-contracts/node-bin. Each major version is downloaded once per machine.
 */
export const nodeBinCache = process.env.NODE_BIN_CACHE ?? join(homedir(), '.cache', 'messaging-contracts', 'node-bin');

/**
 * The path of a `node` of the given major version for this platform. The one running the tests
 * is used when it is that version; any other comes from the npm registry's `node-<platform>-<arch>`
 * package (`npm pack`, then only its bin/node is extracted), the one download the project allows.
 */
export async function nodeBinary(major: number): Promise<{ path: string; version: string }> {
  if (Number(process.versions.node.split('.')[0]) === major)
    return { path: process.execPath, version: process.version };
  const dir = join(nodeBinCache, `v${major}-${process.platform}-${process.arch}`);
  const path = join(dir, 'bin', 'node');
  if (!existsSync(path)) await download(major, dir);
  const { stdout } = await exec(path, ['--version'], { timeout: 20_000 });
  const version = stdout.trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${path} reports ${version}, not Node ${major}`);
  return { path, version };
}

async function download(major: number, dir: string): Promise<void> {
  const pkg = `node-${process.platform}-${process.arch}@${major}`;
  await mkdir(nodeBinCache, { recursive: true });
  // A directory of its own per download, renamed into place at the end: a concurrent run never sees half a binary.
  const work = join(nodeBinCache, `.download-${major}-${process.pid}-${Date.now()}`);
  await mkdir(work, { recursive: true });
  try {
    const { stdout } = await exec('npm', ['pack', pkg, '--json', '--loglevel=error', '--pack-destination', work], {
      cwd: work,
      env: npmEnv(),
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack ${pkg} packed nothing`);
    await exec('tar', ['-xzf', join(work, packed.filename), '-C', work, 'package/bin/node'], { timeout: 120_000 });
    await mkdir(join(work, 'out', 'bin'), { recursive: true });
    await rename(join(work, 'package', 'bin', 'node'), join(work, 'out', 'bin', 'node'));
    await rename(join(work, 'out'), dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another run got there first: keep its copy.
      if (!existsSync(join(dir, 'bin', 'node'))) throw error;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Cached majors, for the report. */
export async function cachedMajors(): Promise<string[]> {
  return existsSync(nodeBinCache) ? (await readdir(nodeBinCache)).filter((name) => name.startsWith('v')) : [];
}
