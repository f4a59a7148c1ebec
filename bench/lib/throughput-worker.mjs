// @ts-check
// One option's process in the throughput benchmark: set up its client once, check that its answers
// are the spec's examples, then run timed batches of requests whenever the parent asks.
// Usage (by throughput.mjs only): node throughput-worker.mjs <option id> <base URL>
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { createMessageBody, listMessagesBody } from './fixtures.mjs';
import { optionById } from './options.mjs';
import { percentile } from './stats.mjs';

const [optionId = '', baseUrl = ''] = process.argv.slice(2);
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl))
  throw new Error(`the base URL must be http://127.0.0.1:<port>, got ${baseUrl}`);
const calls = await optionById(optionId).setup(baseUrl);

// Every option must parse the same bodies into the same values before its speed means anything.
for (const [op, expected] of /** @type {const} */ ([
  ['list', listMessagesBody],
  ['create', createMessageBody],
])) {
  const actual = await calls[op]();
  if (!isDeepStrictEqual(actual, expected))
    throw new Error(`${optionId} ${op} resolved ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

/**
 * @typedef {object} RunRequest
 * @property {'list' | 'create'} op
 * @property {number} concurrency  requests in flight at once
 * @property {number} requests     how many to send in all
 * @property {number} maxMs        stop early after this long
 */

/**
 * @typedef {object} RunResult
 * @property {number} requests   completed
 * @property {number} errors
 * @property {string} [firstError]
 * @property {number} elapsedMs
 * @property {number} opsPerSec
 * @property {number} p50Ms      per-request latency
 * @property {number} p99Ms
 * @property {number} cpuUsPerRequest  this process's CPU time (user + system) per request: what the
 *                                     client itself costs, whatever else the machine is doing
 */

/**
 * Send `requests` requests with `concurrency` in flight, each lane starting its next as its last ends.
 * @param {RunRequest} run
 * @returns {Promise<RunResult>}
 */
async function timedRun({ op, concurrency, requests, maxMs }) {
  const call = calls[op];
  const latencies = new Float64Array(requests);
  let issued = 0;
  let completed = 0;
  let errors = 0;
  /** @type {unknown} */
  let firstError;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const deadline = start + maxMs;
  const lane = async () => {
    while (issued < requests && performance.now() < deadline) {
      issued++;
      const sent = performance.now();
      try {
        await call();
      } catch (error) {
        errors++;
        firstError ??= error;
      }
      latencies[completed++] = performance.now() - sent;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = latencies.subarray(0, completed).sort();
  return {
    requests: completed,
    errors,
    ...(firstError === undefined ? {} : { firstError: describe(firstError) }),
    elapsedMs,
    opsPerSec: (completed / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    cpuUsPerRequest: (cpu.user + cpu.system) / completed,
  };
}

/** An error and its cause ("fetch failed" alone says little). @param {unknown} error */
function describe(error) {
  const cause = error instanceof Error && error.cause ? ` (cause: ${String(error.cause)})` : '';
  return `${String(error)}${cause}`;
}

process.on('message', async (/** @type {{ type: 'run' } & RunRequest} */ message) => {
  if (message.type !== 'run') return;
  process.send?.({ type: 'result', result: await timedRun(message) });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
