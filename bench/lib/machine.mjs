// @ts-check
// What the numbers were measured on: the machine, Node, the repository's commit and every library's version.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures.mjs';

/** The libraries whose versions the report names, with where they come from. */
const LIBRARIES = [
  '@messaging-contracts/bandwidth-messaging-v2',
  '@messaging-contracts/runtime',
  'openapi-fetch',
  'bandwidth-sdk',
  'axios',
  'xmlbuilder2',
  'esbuild',
  'autocannon',
  '@stoplight/prism-cli',
  'turbo',
  '@redocly/cli',
];

/**
 * @typedef {object} Machine
 * @property {number} cpus           nproc (available parallelism)
 * @property {string} cpuModel       from /proc/cpuinfo
 * @property {string} os
 * @property {number} memoryGiB
 * @property {string} node
 * @property {number[]} loadAverage  1, 5 and 15 minutes, when the run started
 * @property {string} commit         the repository's HEAD, "+dirty" when the tree has changes
 */

/** @returns {Machine} */
export function describeMachine() {
  return {
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    os: `${type()} ${release()}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    commit: commit(),
  };
}

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return match?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function commit() {
  try {
    const git = (/** @type {string[]} */ ...args) =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** @returns {Record<string, string>} library name → installed version */
export function libraryVersions() {
  return Object.fromEntries(
    LIBRARIES.map((name) => {
      const manifest = join(repoRoot, 'node_modules', ...name.split('/'), 'package.json');
      return [name, existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'not installed'];
    }),
  );
}
