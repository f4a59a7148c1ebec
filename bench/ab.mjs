// @ts-check
// node bench/ab.mjs [--options=fetch,ours,sdk] [--ops=list,create] [--concurrency=1,50] [--rounds=12] [--requests=800]
// A focused comparison of a few options with more rounds than `npm run bench` can afford: the same
// harness (local server, processes of their own, interleaved rounds, ratios within a round), printed
// as one markdown table. The first option is the baseline. Writes nothing.
import { OPTIONS } from './lib/options.mjs';
import { startServer } from './lib/server.mjs';
import { pairedRatio } from './lib/stats.mjs';
import { measureThroughput } from './lib/throughput.mjs';

/** @param {string} name @param {string} fallback */
const arg = (name, fallback) =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const options = arg('options', 'fetch,ours,sdk,fetch-timeout,proto-lean,before-e33bf68').split(',');
const ops = /** @type {('list' | 'create')[]} */ (arg('ops', 'list,create').split(','));
const concurrencies = arg('concurrency', '1,50').split(',').map(Number);
const rounds = Math.min(Number(arg('rounds', '12')), 50);
const requests = Math.min(Number(arg('requests', '800')), 5_000);
for (const id of options)
  if (!OPTIONS.some((option) => option.id === id))
    throw new Error(`unknown option ${id}; known: ${OPTIONS.map((option) => option.id).join(', ')}`);
if (!ops.every((op) => op === 'list' || op === 'create')) throw new Error('--ops takes list and/or create');
if (!concurrencies.every((value) => Number.isInteger(value) && value >= 1 && value <= 100))
  throw new Error('--concurrency takes whole numbers from 1 to 100');

const server = await startServer();
try {
  const plan = {
    options,
    ops,
    concurrencies,
    processes: 2,
    rounds,
    requests,
    warmupRequests: 1500,
    caseWarmupRequests: 300,
    maxRunMs: 10_000,
  };
  const rows = await measureThroughput(server, plan, (line) => process.stderr.write(`${line}\n`));
  const sdkRow = (/** @type {string} */ op, /** @type {number} */ concurrency) =>
    rows.find((row) => row.option === 'sdk' && row.op === op && row.concurrency === concurrency);
  console.log(
    `| operation | option | ops/s ratio to ${options[0]} | CPU µs per request | CPU ratio | ops/s ratio to bandwidth-sdk |`,
  );
  console.log('|---|---|---:|---:|---:|---:|');
  for (const row of rows) {
    const sdk = sdkRow(row.op, row.concurrency);
    const versusSdk = sdk ? `${pairedRatio(row.roundOpsPerSec, sdk.roundOpsPerSec).toFixed(2)}x` : '—';
    console.log(
      `| ${row.op} ×${row.concurrency} | ${row.option} | ${row.ratioToBaseline.toFixed(2)}x | ${Math.round(row.cpuUsPerRequest)} | ${row.cpuRatioToBaseline.toFixed(2)}x | ${versusSdk} |`,
    );
  }
} finally {
  await server.stop();
}
