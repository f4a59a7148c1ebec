// @ts-check
// Wall time of the repository's pipeline: regeneration check, a cold build (lint, docs, packages)
// and the same build when nothing changed (turbo cache hit).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from './fixtures.mjs';
import { median, range } from './stats.mjs';

const COMMAND_TIMEOUT_MS = 180_000;
const turboBin = join(repoRoot, 'node_modules', '.bin', 'turbo');
const TASKS = ['build', '//#lint', '//#docs'];

/** No tool may phone home while it is being timed (as in .ci/run). */
const quietEnv = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
};

/**
 * @typedef {object} PipelineStep
 * @property {string} id
 * @property {string} command   as a person would type it
 * @property {string} file
 * @property {string[]} args
 * @property {(output: string) => string | undefined} [check]  a complaint about the output, if any
 */

/**
 * @typedef {object} PipelineRow
 * @property {string} id
 * @property {string} command
 * @property {number} medianMs
 * @property {{ min: number, max: number }} rangeMs
 * @property {number} runs
 */

/** @param {number} expected how many of the tasks turbo must report as cached */
const cached = (expected) => (/** @type {string} */ output) => {
  const match = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!match) return 'turbo printed no cache summary';
  const [hits, total] = [Number(match[1]), Number(match[2])];
  if (expected === 0 ? hits !== 0 : hits !== total) return `turbo reported ${hits} of ${total} tasks cached`;
  return undefined;
};

/** @type {PipelineStep[]} */
export const PIPELINE_STEPS = [
  {
    id: 'generate-check',
    command: 'node scripts/generate.mjs --check',
    file: process.execPath,
    args: [join(repoRoot, 'scripts', 'generate.mjs'), '--check'],
  },
  {
    id: 'build-cold',
    command: `npx turbo run ${TASKS.join(' ')} --force`,
    file: turboBin,
    args: ['run', ...TASKS, '--force'],
    check: cached(0),
  },
  {
    id: 'build-cached',
    command: `npx turbo run ${TASKS.join(' ')}`,
    file: turboBin,
    args: ['run', ...TASKS],
    check: cached(1),
  },
];

/**
 * @param {PipelineStep} step
 * @returns {Promise<number>} wall milliseconds
 */
function timeStep(step) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(step.file, step.args, { cwd: repoRoot, env: quietEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), COMMAND_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const elapsed = performance.now() - started;
      clearTimeout(timer);
      const complaint = code === 0 ? step.check?.(output) : `exited with ${signal ?? code}`;
      if (complaint) reject(new Error(`${step.command}: ${complaint}\n${output.slice(-4000)}`));
      else resolve(elapsed);
    });
  });
}

/**
 * Each step `runs` times in a row (a cold build right before a cached one, so the cache is warm).
 * @param {{ runs: number }} plan
 * @returns {Promise<PipelineRow[]>}
 */
export async function measurePipeline({ runs }) {
  /** @type {PipelineRow[]} */
  const rows = [];
  for (const step of PIPELINE_STEPS) {
    /** @type {number[]} */
    const times = [];
    for (let run = 0; run < runs; run++) times.push(await timeStep(step));
    rows.push({ id: step.id, command: step.command, medianMs: median(times), rangeMs: range(times), runs });
  }
  return rows;
}

/** Build the packages the benchmarks import (a turbo cache hit when they are current). */
export async function ensureBuilt() {
  await timeStep({ id: 'build', command: 'npx turbo run build', file: turboBin, args: ['run', 'build'] });
}
