// @ts-check
// node bench/sandbox.mjs [--quick] [--only=ready,throughput,callbacks,memory]: the sandbox (@messaging-contracts/sandbox) of Bandwidth v2.
//   1. time to ready: spawning `messaging-sandbox <api> --port 0` until it prints its URL (it
//      prints only once it answers), next to `prism mock` until its port accepts a connection;
//   2. send+get throughput through Prism's validation (request and response) under autocannon,
//      stateful, next to the stateless sandbox and to stateless `prism mock` (prism-cli 5.14.2);
//   3. callback delivery latency p50/p99 (queued -> the target's 2xx, from the delivery log);
//   4. RSS of the sandbox process holding 100,000 stored messages.
// Every server is its own process on 127.0.0.1; autocannon runs here. Not part of npm test.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';
import { median, percentile } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages', 'sandbox', 'dist', 'cli.js');
const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
const API = 'bandwidth-messaging-v2';
const SPEC = join(root, 'packages', 'specs', 'dist', `${API}.json`);
const quick = process.argv.includes('--quick');
const SECTIONS = ['ready', 'throughput', 'callbacks', 'memory'];
const only =
  process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? SECTIONS;
const unknownSection = only.filter((section) => !SECTIONS.includes(section));
if (unknownSection.length)
  throw new Error(`unknown section ${unknownSection.join(', ')}; known: ${SECTIONS.join(', ')}`);
const PLAN = quick
  ? { readyRuns: 2, rounds: 1, seconds: 2, connections: 10, stored: 10_000, callbacks: 200 }
  : { readyRuns: 7, rounds: 3, seconds: 5, connections: 10, stored: 100_000, callbacks: 1000 };
const AUTH = `Basic ${Buffer.from('bench:bench').toString('base64')}`;
const ACCOUNT = '9900000';
const SEND_BODY = JSON.stringify({
  applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
  to: ['+15554443333'],
  from: '+15552221111',
  text: 'Hello world',
});
const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

/**
 * @typedef {object} Server
 * @property {string} url
 * @property {number} pid
 * @property {number} readyMs from spawn to ready
 * @property {() => Promise<void>} stop
 */

/** Spawns the sandbox CLI; ready = the URL line on stdout. @param {string[]} args @returns {Promise<Server>} */
function startSandboxProcess(args) {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, API, '--port', '0', '--quiet', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (url)
        resolve({
          url,
          pid: /** @type {number} */ (child.pid),
          readyMs: performance.now() - started,
          stop: () => stopChild(child),
        });
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code} before it was ready`)));
  });
}

/** Spawns `prism mock` (stateless, validating, --errors as the project used it); ready = port accepts. @param {number} port @returns {Promise<Server>} */
async function startPrismProcess(port) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [prismBin, 'mock', SPEC, '--host', '127.0.0.1', '--port', String(port), '--errors', '--verboseLevel', 'silent'],
    { stdio: 'ignore' },
  );
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prism exited with ${child.exitCode}`);
    if (await accepts(port))
      return {
        url: `http://127.0.0.1:${port}`,
        pid: /** @type {number} */ (child.pid),
        readyMs: performance.now() - started,
        stop: () => stopChild(child),
      };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** @param {import('node:child_process').ChildProcess} child */
function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
    child.once('exit', () => resolve(undefined));
    child.kill('SIGTERM');
  });
}

/** @param {number} port */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/** VmRSS of a process, in MB (Linux). @param {number} pid */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

/**
 * send (POST createMessage) then get (GET listMessages?messageId=<the id sent>) on every
 * connection, under autocannon. Answers other than 2xx count as errors.
 * @param {string} url
 * @param {{ seconds: number, connections: number, stateless: boolean }} options
 */
async function sendAndGet(url, { seconds, connections, stateless }) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/users/${ACCOUNT}/messages`,
        headers: { authorization: AUTH, 'content-type': 'application/json', accept: 'application/json' },
        body: SEND_BODY,
        onResponse: (/** @type {number} */ status, /** @type {string} */ body, /** @type {any} */ context) => {
          if (status === 202) context.id = JSON.parse(body).id;
        },
      },
      {
        method: 'GET',
        setupRequest: (/** @type {any} */ request, /** @type {any} */ context) => ({
          ...request,
          // Stateless answers carry the example's id, which is what a stateless mock can find.
          path: `/users/${ACCOUNT}/messages?messageId=${encodeURIComponent(stateless ? '1589228074636lm4k2je7j7jklbn2' : (context.id ?? 'none'))}`,
          headers: { authorization: AUTH, accept: 'application/json' },
        }),
      },
    ],
  });
  const answered = result['2xx'];
  return {
    requestsPerSec: answered / seconds,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

const results = {
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    node: process.versions.node,
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  },
  plan: PLAN,
};
log(
  `sandbox bench: ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}, load ${results.machine.loadAverage.join(' / ')}${quick ? ' (quick)' : ''}`,
);

// 1. Time to ready.
/** @type {any} */
let ready = 'not measured';
if (only.includes('ready')) {
  log('time to ready…');
  const sandboxReady = [];
  const prismReady = [];
  for (let run = 0; run < PLAN.readyRuns; run++) {
    const sandbox = await startSandboxProcess([]);
    sandboxReady.push(sandbox.readyMs);
    await sandbox.stop();
    const prism = await startPrismProcess(await freePort());
    prismReady.push(prism.readyMs);
    await prism.stop();
  }
  ready = {
    sandboxMedianMs: Math.round(median(sandboxReady)),
    sandboxMaxMs: Math.round(Math.max(...sandboxReady)),
    prismMedianMs: Math.round(median(prismReady)),
    prismMaxMs: Math.round(Math.max(...prismReady)),
  };
  log(
    `  sandbox ${ready.sandboxMedianMs} ms (max ${ready.sandboxMaxMs}), prism mock ${ready.prismMedianMs} ms (max ${ready.prismMaxMs})`,
  );
}

// 2. Throughput.
/** @type {any[]} */
const throughput = [];
if (only.includes('throughput')) {
  // All three run at once, each in its own process, and are measured in interleaved rounds (the
  // order rotating), so load from elsewhere on a shared machine hits each alike; the median round counts.
  log(`send+get, ${PLAN.connections} connections, ${PLAN.rounds} interleaved rounds of ${PLAN.seconds} s…`);
  const targets = [
    {
      target: 'sandbox (stateful)',
      server: await startSandboxProcess([
        '--delay',
        'queued=0',
        '--delay',
        'sending=0',
        '--delay',
        'sent=0',
        '--delay',
        'delivered=0',
      ]),
      stateless: false,
    },
    { target: 'sandbox --stateless', server: await startSandboxProcess(['--stateless']), stateless: true },
    { target: 'prism mock (prism-cli 5.14.2)', server: await startPrismProcess(await freePort()), stateless: true },
  ];
  /** @type {Map<string, any[]>} */
  const rounds = new Map(targets.map((entry) => [entry.target, []]));
  for (const entry of targets)
    await sendAndGet(entry.server.url, { seconds: 1, connections: PLAN.connections, stateless: entry.stateless }); // warm-up
  for (let round = 0; round < PLAN.rounds; round++) {
    for (let turn = 0; turn < targets.length; turn++) {
      const entry = /** @type {(typeof targets)[number]} */ (targets[(round + turn) % targets.length]);
      rounds.get(entry.target)?.push(
        await sendAndGet(entry.server.url, {
          seconds: PLAN.seconds,
          connections: PLAN.connections,
          stateless: entry.stateless,
        }),
      );
    }
  }
  for (const entry of targets) {
    const measured = rounds.get(entry.target) ?? [];
    const row = {
      target: entry.target,
      requestsPerSec: Math.round(median(measured.map((one) => one.requestsPerSec))),
      roundsRequestsPerSec: measured.map((one) => Math.round(one.requestsPerSec)),
      p50Ms: median(measured.map((one) => one.p50Ms)),
      p99Ms: median(measured.map((one) => one.p99Ms)),
      non2xx: measured.reduce((sum, one) => sum + one.non2xx, 0),
      errors: measured.reduce((sum, one) => sum + one.errors, 0),
      rssMb: Math.round(rssMb(entry.server.pid)),
    };
    throughput.push(row);
    log(
      `  ${row.target}: ${row.requestsPerSec} req/s 2xx (rounds ${row.roundsRequestsPerSec.join(', ')}), p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, non-2xx ${row.non2xx}`,
    );
    await entry.server.stop();
  }
}

// 3. Callback latency (each send causes message-sent and message-delivered, to one node:http target).
/** @type {any} */
let callbacks = 'not measured';
if (only.includes('callbacks')) {
  log(`callback delivery latency over ${PLAN.callbacks} messages…`);
  let received = 0;
  const target = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received++;
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => target.listen(0, '127.0.0.1', () => resolve(undefined)));
  const targetUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (target.address()).port}/status`;
  const delivering = await startSandboxProcess([
    '--callback-url',
    targetUrl,
    '--delay',
    'queued=0',
    '--delay',
    'sending=0',
    '--delay',
    'sent=0',
    '--delay',
    'delivered=0',
  ]);
  // Paced at 100 sends/s (200 callbacks/s), so the figure is delivery latency, not a queue built up by a flood.
  const pacing = performance.now();
  for (let sent = 0; sent < PLAN.callbacks; sent++) {
    await fetch(`${delivering.url}/users/${ACCOUNT}/messages`, {
      method: 'POST',
      headers: { authorization: AUTH, 'content-type': 'application/json' },
      body: SEND_BODY,
    }).then((response) => response.arrayBuffer());
    const due = pacing + (sent + 1) * 10;
    if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
  }
  const settled = /** @type {{ deliveries: Array<{ state: string, latencyMs?: number }> }} */ (
    await (await fetch(`${delivering.url}/__sandbox/deliveries?settleMs=30000`)).json()
  );
  const latencies = settled.deliveries
    .filter((delivery) => delivery.state === 'delivered')
    .map((delivery) => /** @type {number} */ (delivery.latencyMs))
    .sort((a, b) => a - b);
  callbacks = {
    delivered: latencies.length,
    logged: settled.deliveries.length,
    received,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
  log(
    `  ${callbacks.delivered} delivered of the last ${callbacks.logged} logged: p50 ${callbacks.p50Ms} ms, p99 ${callbacks.p99Ms} ms`,
  );
  await delivering.stop();
  await new Promise((resolve) => target.close(() => resolve(undefined)));
}

// 4. RSS with 100,000 stored messages (each ends DELIVERED at once: no timers left behind).
/** @type {any} */
let memory = 'not measured';
if (only.includes('memory')) {
  log(`RSS with ${PLAN.stored} stored messages…`);
  const holding = await startSandboxProcess([
    '--delay',
    'queued=0',
    '--delay',
    'sending=0',
    '--delay',
    'sent=0',
    '--delay',
    'delivered=0',
  ]);
  const emptyRss = rssMb(holding.pid);
  const fill = await autocannon({
    url: holding.url,
    connections: PLAN.connections,
    amount: PLAN.stored,
    requests: [
      {
        method: 'POST',
        path: `/users/${ACCOUNT}/messages`,
        headers: { authorization: AUTH, 'content-type': 'application/json' },
        body: SEND_BODY,
      },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const health = /** @type {{ stores: Record<string, { size: number }> }} */ (
    await (await fetch(`${holding.url}/__sandbox/health`)).json()
  );
  memory = {
    stored: Math.max(...Object.values(health.stores).map((store) => store.size)),
    sent2xx: fill['2xx'],
    emptyRssMb: Math.round(emptyRss),
    fullRssMb: Math.round(rssMb(holding.pid)),
  };
  log(`  ${memory.stored} stored: RSS ${memory.fullRssMb} MB (${memory.emptyRssMb} MB empty)`);
  await holding.stop();
}

const goals = {
  readyUnder1500Ms: typeof ready === 'object' ? ready.sandboxMedianMs < 1500 : 'not measured',
  statefulAtLeast1000Rps: throughput.length ? (throughput[0]?.requestsPerSec ?? 0) >= 1000 : 'not measured',
  rssUnder250MbAt100k: typeof memory === 'object' && memory.stored >= 100_000 ? memory.fullRssMb < 250 : 'not measured',
};
const output = { ...results, ready, throughput, callbacks, memory, goals };
console.log(JSON.stringify(output, null, 2));
