// @ts-check
// Per-request throughput and latency of each option against the local server. Every option runs in
// processes of its own (no shared JIT state, heap or connection pool; several, taken in turn, since
// one process can be unlucky with the JIT for its whole life); runs are interleaved round by round,
// in a rotating order, so drift on the machine hits every option alike, and each option's ratio to
// raw fetch is taken within a round before the median is taken over rounds.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './fixtures.mjs';
import { median, pairedRatio, range } from './stats.mjs';

/**
 * @typedef {import('./throughput-worker.mjs').RunResult} RunResult
 * @typedef {import('./server.mjs').LocalServer} LocalServer
 */

/**
 * @typedef {object} ThroughputPlan
 * @property {string[]} options        option ids; the first is the baseline of the ratios
 * @property {('list' | 'create')[]} ops
 * @property {number[]} concurrencies
 * @property {number} processes        processes per option; rounds take them in turn
 * @property {number} rounds           timed runs per option, operation and concurrency
 * @property {number} requests         requests per timed run
 * @property {number} warmupRequests   untimed requests per option, operation and concurrency before anything
 *                                     is timed (all options at once: JIT warm-up counts calls, not time)
 * @property {number} caseWarmupRequests untimed requests per option right before each operation and concurrency
 * @property {number} maxRunMs         a timed run stops early after this long
 */

/**
 * @typedef {object} ThroughputRow
 * @property {string} option
 * @property {'list' | 'create'} op
 * @property {number} concurrency
 * @property {number} opsPerSec        median over rounds
 * @property {{ min: number, max: number }} opsPerSecRange
 * @property {number} ratioToBaseline  median over rounds of (ops/s ÷ baseline's ops/s in that round)
 * @property {number} p50Ms            median over rounds
 * @property {number} p99Ms            median over rounds
 * @property {number} cpuUsPerRequest  median over rounds: the client process's CPU time per request
 * @property {number} cpuRatioToBaseline  median over rounds of (CPU per request ÷ baseline's in that round)
 * @property {number} requests         completed in all timed runs
 * @property {number[]} roundOpsPerSec  per round, for ratios between any two options within a round
 * @property {number[]} roundCpuUs      per round
 */

class Worker {
  /** @param {string} optionId @param {string} baseUrl */
  constructor(optionId, baseUrl) {
    this.optionId = optionId;
    this.child = fork(join(benchDir, 'lib', 'throughput-worker.mjs'), [optionId, baseUrl], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
    /** @type {Promise<void>} */
    this.ready = new Promise((resolve, reject) => {
      this.child.once('exit', (code) => reject(new Error(`throughput worker ${optionId} exited with code ${code}`)));
      this.child.on('message', (/** @type {any} */ message) => message?.type === 'ready' && resolve());
    });
  }

  /**
   * @param {import('./throughput-worker.mjs').RunRequest} run
   * @returns {Promise<RunResult>}
   */
  run(run) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.optionId} did not finish a run within ${run.maxMs + 30_000} ms`)),
        run.maxMs + 30_000,
      );
      this.child.once('message', (/** @type {any} */ message) => {
        clearTimeout(timer);
        resolve(message.result);
      });
      this.child.send({ type: 'run', ...run });
    });
  }

  async stop() {
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }
}

/**
 * @param {LocalServer} server
 * @param {ThroughputPlan} plan
 * @param {(line: string) => void} log
 * @returns {Promise<ThroughputRow[]>}
 */
export async function measureThroughput(server, plan, log) {
  /** @type {Map<string, Worker[]>} each option's processes */
  const replicas = new Map(
    plan.options.map((id) => [id, Array.from({ length: plan.processes }, () => new Worker(id, server.url))]),
  );
  const workers = [...replicas.values()].flat();
  try {
    await Promise.all(workers.map((worker) => worker.ready));
    const warmupStarted = Date.now();
    await Promise.all(
      workers.map(async (worker) => {
        for (const op of plan.ops) {
          // At most 4 in flight: every process warms up at once, and 50 each would flood the server.
          for (const concurrency of plan.concurrencies) {
            checked(
              worker,
              op,
              await worker.run({
                op,
                concurrency: Math.min(concurrency, 4),
                requests: plan.warmupRequests,
                maxMs: plan.maxRunMs * 3,
              }),
            );
          }
        }
      }),
    );
    log(`  warm-up of all ${workers.length} processes at once: ${((Date.now() - warmupStarted) / 1000).toFixed(1)} s`);
    /** @type {ThroughputRow[]} */
    const rows = [];
    for (const op of plan.ops) {
      for (const concurrency of plan.concurrencies) {
        rows.push(...(await measureCase(server, replicas, plan, op, concurrency, log)));
      }
    }
    return rows;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/**
 * @param {Worker} worker
 * @param {string} op
 * @param {RunResult} result
 */
function checked(worker, op, result) {
  if (result.errors)
    throw new Error(
      `${worker.optionId} ${op}: ${result.errors} of ${result.requests} requests failed, first: ${result.firstError}`,
    );
  return result;
}

/**
 * @param {LocalServer} server
 * @param {Map<string, Worker[]>} replicas
 * @param {ThroughputPlan} plan
 * @param {'list' | 'create'} op
 * @param {number} concurrency
 * @param {(line: string) => void} log
 * @returns {Promise<ThroughputRow[]>}
 */
async function measureCase(server, replicas, plan, op, concurrency, log) {
  const started = Date.now();
  for (const worker of [...replicas.values()].flat())
    checked(worker, op, await worker.run({ op, concurrency, requests: plan.caseWarmupRequests, maxMs: plan.maxRunMs }));
  /** @type {Map<string, RunResult[]>} */
  const results = new Map(plan.options.map((id) => [id, []]));
  for (let round = 0; round < plan.rounds; round++) {
    // Rotate who goes first, so no option always runs right after the same neighbour; and take
    // each option's processes in turn, so one process's luck with the JIT is not the whole answer.
    const order = plan.options.map(
      (_, index) => /** @type {string} */ (plan.options[(index + round) % plan.options.length]),
    );
    for (const id of order) {
      const processes = /** @type {Worker[]} */ (replicas.get(id));
      const worker = /** @type {Worker} */ (processes[round % processes.length]);
      // Reopen any connection the pool dropped while others ran, untimed.
      checked(worker, op, await worker.run({ op, concurrency, requests: concurrency * 2, maxMs: plan.maxRunMs }));
      const before = await server.requests();
      const result = checked(
        worker,
        op,
        await worker.run({ op, concurrency, requests: plan.requests, maxMs: plan.maxRunMs }),
      );
      const received = (await server.requests()) - before;
      if (received !== result.requests)
        throw new Error(`${id} ${op}: completed ${result.requests} requests but the server received ${received}`);
      results.get(id)?.push(result);
    }
  }
  const baseline = /** @type {RunResult[]} */ (results.get(plan.options[0] ?? ''));
  const rows = plan.options.map((id) => {
    const runs = /** @type {RunResult[]} */ (results.get(id));
    const opsPerSec = runs.map((run) => run.opsPerSec);
    const cpuUs = runs.map((run) => run.cpuUsPerRequest);
    return {
      option: id,
      op,
      concurrency,
      opsPerSec: median(opsPerSec),
      opsPerSecRange: range(opsPerSec),
      ratioToBaseline: pairedRatio(
        opsPerSec,
        baseline.map((run) => run.opsPerSec),
      ),
      p50Ms: median(runs.map((run) => run.p50Ms)),
      p99Ms: median(runs.map((run) => run.p99Ms)),
      cpuUsPerRequest: median(cpuUs),
      cpuRatioToBaseline: pairedRatio(
        cpuUs,
        baseline.map((run) => run.cpuUsPerRequest),
      ),
      requests: runs.reduce((sum, run) => sum + run.requests, 0),
      roundOpsPerSec: opsPerSec,
      roundCpuUs: cpuUs,
    };
  });
  log(
    `  ${op} ×${concurrency} (${((Date.now() - started) / 1000).toFixed(1)} s): ` +
      rows
        .map(
          (row) =>
            `${row.option} ${Math.round(row.opsPerSec)}/s (${row.ratioToBaseline.toFixed(2)}x, ${Math.round(row.cpuUsPerRequest)} µs CPU)`,
        )
        .join(', '),
  );
  return rows;
}
