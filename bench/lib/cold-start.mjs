// @ts-check
// Cold start: wall time from spawning a fresh `node` to its exit after one completed listMessages.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchDir } from './fixtures.mjs';
import { median, range } from './stats.mjs';

const CHILD_TIMEOUT_MS = 20_000;

/**
 * @typedef {object} ColdStartRow
 * @property {string} program     a bench/programs/ name, or "node" for Node starting and exiting with nothing to do
 * @property {number} medianMs
 * @property {{ min: number, max: number }} rangeMs
 * @property {number} ratioToBaseline  median ÷ the baseline program's median
 */

/**
 * @param {string[]} args
 * @returns {Promise<number>} milliseconds from spawn to exit
 */
function timeProcess(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const elapsed = performance.now() - started;
      clearTimeout(timer);
      if (code === 0) resolve(elapsed);
      else reject(new Error(`node ${args.join(' ')} exited with ${signal ?? code}:\n${stderr}`));
    });
  });
}

/**
 * @param {string} baseUrl the local server
 * @param {{ programs: string[], runs: number }} plan the first program is the baseline of the ratios
 * @returns {Promise<ColdStartRow[]>}
 */
export async function measureColdStart(baseUrl, { programs, runs }) {
  const entry = join(benchDir, 'lib', 'cold-start-entry.mjs');
  /** @type {Record<string, string[]>} */
  const commands = {
    node: ['-e', ''],
    ...Object.fromEntries(programs.map((program) => [program, [entry, program, baseUrl]])),
  };
  /** @type {Map<string, number[]>} */
  const times = new Map(Object.keys(commands).map((name) => [name, []]));
  // One untimed pass fills the OS file cache, as for any process that is not the first since boot.
  for (const args of Object.values(commands)) await timeProcess(args);
  for (let run = 0; run < runs; run++) {
    for (const [name, args] of Object.entries(commands)) times.get(name)?.push(await timeProcess(args));
  }
  const baseline = median(times.get(programs[0] ?? '') ?? []);
  return [...times].map(([program, values]) => ({
    program,
    medianMs: median(values),
    rangeMs: range(values),
    ratioToBaseline: median(values) / baseline,
  }));
}
