// @ts-check
// node bench/standalone.mjs [--quick] [--build]: start time of the standalone messaging-sandbox
// executable (packages/sandbox/scripts/build-standalone.mjs) next to `npx messaging-sandbox` and
// `node packages/sandbox/dist/cli.js`: from spawning the command until GET /__sandbox/health answers
// 200 (the URL comes from its first stdout line; --port 0). The standalone one twice: its first
// start with an empty unpack directory ("cold": it unpacks ~65 MB), then with the directory kept.
// --build also times a forced rebuild of the executable. Every server on 127.0.0.1; not part of npm test.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildStandalone, NODE_VERSION } from '../packages/sandbox/scripts/build-standalone.mjs';
import { median } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--quick' && arg !== '--build');
if (unknown.length) throw new Error(`unknown option ${unknown.join(', ')}; known: --quick, --build`);
const RUNS = quick ? 2 : 5;
const API = 'bandwidth-messaging-v2';
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

/**
 * Milliseconds from spawn until the health check answers 200.
 * @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} env
 */
async function startTime(command, args, env) {
  const started = performance.now();
  // Its own process group, so npx and the node it starts end together.
  const child = spawn(command, [...args, API, '--port', '0', '--quiet'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const deadline = started + 120_000;
    for (;;) {
      if (performance.now() > deadline) throw new Error(`${command} gave no answering URL in 120 s:\n${output}`);
      if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}:\n${output}`);
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) {
        const answer = await fetch(`${url}/__sandbox/health`).catch(() => undefined);
        if (answer?.status === 200) return performance.now() - started;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

const build = await buildStandalone({ force: process.argv.includes('--build'), log: (line) => log(`build: ${line}`) });
const unpackRoot = await mkdtemp(join(tmpdir(), 'bench-standalone-'));
/** @type {Record<string, number[]>} */
const times = {
  'standalone, cold (first start: unpacks)': [],
  'standalone, warm': [],
  'npx messaging-sandbox': [],
  'node dist/cli.js': [],
};
const plain = { PATH: process.env.PATH, HOME: process.env.HOME };
try {
  for (let round = 0; round < RUNS; round++) {
    // Each round: the same order, a fresh unpack directory for the cold start only.
    const cache = join(unpackRoot, `round-${round}`);
    const standaloneEnv = { PATH: '/nonexistent', MESSAGING_SANDBOX_CACHE: cache };
    times['standalone, cold (first start: unpacks)']?.push(await startTime(build.executable, [], standaloneEnv));
    times['standalone, warm']?.push(await startTime(build.executable, [], standaloneEnv));
    times['npx messaging-sandbox']?.push(await startTime('npx', ['messaging-sandbox'], plain));
    times['node dist/cli.js']?.push(
      await startTime(process.execPath, [join(root, 'packages', 'sandbox', 'dist', 'cli.js')], plain),
    );
    log(`round ${round + 1}/${RUNS} done`);
  }
} finally {
  await rm(unpackRoot, { recursive: true, force: true });
}

const lines = [
  `## Standalone executable: start until /__sandbox/health answers (${API}, ${RUNS} runs each)`,
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')}; host Node ${process.version}, embedded Node v${NODE_VERSION}.`,
  `Executable: ${build.files} files of ${build.packages.length} packages; ${build.built ? `built in ${(build.ms / 1000).toFixed(1)} s` : `up to date, checked in ${build.ms.toFixed(0)} ms`}.`,
  '',
  '| command | median ms | min | max |',
  '|---|---:|---:|---:|',
  ...Object.entries(times).map(
    ([name, values]) =>
      `| ${name} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
