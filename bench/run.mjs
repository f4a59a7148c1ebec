// @ts-check
// npm run bench [-- --quick] [-- --only=throughput,micro,cold-start,prism,bundle,footprint,pipeline]
// Client throughput and latency, bundle size, install footprint, cold start, pipeline wall time and
// Prism mock performance, in one run of a few minutes. Prints the results as markdown; a full run
// also writes bench/results/latest.{md,json} and the results section of bench/README.md.
// Every request goes to 127.0.0.1. Not part of `npm test`.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { measureBundle, BUNDLE_CONFIG } from './lib/bundle.mjs';
import { measureColdStart } from './lib/cold-start.mjs';
import { benchDir } from './lib/fixtures.mjs';
import { oursFootprint, registryFootprint } from './lib/footprint.mjs';
import { describeMachine, libraryVersions } from './lib/machine.mjs';
import { OPTIONS } from './lib/options.mjs';
import { measureMicro } from './lib/micro.mjs';
import { ensureBuilt, measurePipeline } from './lib/pipeline.mjs';
import { measurePrism } from './lib/prism.mjs';
import { judgeTargets, renderMarkdown } from './lib/report.mjs';
import { checkSdkBasePath } from './lib/sdk-base-path.mjs';
import { startServer } from './lib/server.mjs';
import { measureThroughput } from './lib/throughput.mjs';

const SECTIONS = ['throughput', 'micro', 'cold-start', 'prism', 'bundle', 'footprint', 'pipeline'];
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const unknown = (only ?? []).filter((section) => !SECTIONS.includes(section));
if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
const runs = (/** @type {string} */ section) => !only || only.includes(section);
const full = !quick && !only;

/** How much of everything; --quick is for trying the harness, not for numbers. */
const PLAN = quick
  ? {
      throughput: { processes: 1, rounds: 2, requests: 200, warmupRequests: 100, caseWarmupRequests: 50 },
      micro: { batches: 2, iterations: 500 },
      coldStartRuns: 2,
      pipelineRuns: 1,
      prism: { seconds: 1, warmupSeconds: 1 },
    }
  : {
      throughput: { processes: 2, rounds: 8, requests: 400, warmupRequests: 400, caseWarmupRequests: 100 },
      micro: { batches: 5, iterations: 3000 },
      coldStartRuns: 7,
      pipelineRuns: 2,
      prism: { seconds: 5, warmupSeconds: 1 },
    };

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
const started = performance.now();
const machine = describeMachine();
log(
  `bench: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load ${machine.loadAverage.join(' / ')}${quick ? ' (quick)' : ''}`,
);

await ensureBuilt();
/** @type {Record<string, any>} */
const results = {
  generatedAt: new Date().toISOString(),
  command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  versions: libraryVersions(),
};

const server = await startServer();
try {
  results.sdkBasePath = await checkSdkBasePath(server.url);
  if (runs('throughput')) {
    log(`throughput (each option in ${PLAN.throughput.processes} processes of its own, rounds interleaved)…`);
    const plan = {
      options: OPTIONS.map((option) => option.id),
      ops: /** @type {('list' | 'create')[]} */ (['list', 'create']),
      concurrencies: [1, 50],
      maxRunMs: 10_000,
      ...PLAN.throughput,
    };
    results.throughput = { plan, rows: await measureThroughput(server, plan, log) };
  }
  if (runs('micro')) {
    log('building blocks of a request, alone…');
    results.micro = await measureMicro(PLAN.micro);
  }
  if (runs('cold-start')) {
    log('cold start…');
    results.coldStart = {
      runs: PLAN.coldStartRuns,
      rows: await measureColdStart(server.url, { programs: ['fetch', 'ours', 'sdk'], runs: PLAN.coldStartRuns }),
    };
  }
  if (runs('prism')) {
    log('Prism mocks…');
    const plan = { connections: [10, 50], ...PLAN.prism };
    results.prism = { plan, ...(await measurePrism(server.url, plan, log)) };
  }
} finally {
  await server.stop();
}

if (runs('bundle')) {
  log('bundle size…');
  const { write, metafile, logLevel, ...config } = BUNDLE_CONFIG;
  results.bundle = {
    config: { ...config, external: 'Node built-ins' },
    rows: await Promise.all(['ours', 'fetch', 'sdk'].map((program) => measureBundle(program))),
  };
}
if (runs('footprint')) {
  log('install footprint…');
  results.footprint = [
    await oursFootprint(),
    { option: 'fetch', bytes: 0, files: 0, packages: [] },
    registryFootprint('sdk', 'bandwidth-sdk'),
  ];
}
if (runs('pipeline')) {
  log('pipeline (generate --check, cold build, cached build)…');
  results.pipeline = await measurePipeline({ runs: PLAN.pipelineRuns });
}

results.durationSeconds = (performance.now() - started) / 1000;
results.machine = { ...machine, loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100) };

const typed = /** @type {import('./lib/report.mjs').Results} */ (/** @type {unknown} */ (results));
const targets = judgeTargets(typed);
const markdown = renderMarkdown(typed, targets);
process.stdout.write(markdown);
if (!full) {
  log(
    `(${quick ? '--quick' : '--only'}: nothing written; a full \`npm run bench\` writes bench/results/ and the README)`,
  );
} else {
  await writeFile(join(benchDir, 'results', 'latest.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
  await writeFile(join(benchDir, 'results', 'latest.md'), `# Benchmark results\n\n${markdown}`);
  await updateReadme(markdown);
  log(
    `wrote bench/results/latest.md, bench/results/latest.json and the results section of bench/README.md (${Math.round(results.durationSeconds)} s)`,
  );
}

/** Replace what lies between the README's results markers. @param {string} markdown */
async function updateReadme(markdown) {
  const file = join(benchDir, 'README.md');
  const readme = await readFile(file, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const [before, rest] = readme.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined)
    throw new Error(`bench/README.md needs the markers ${start} and ${end}`);
  await writeFile(
    file,
    `${before}${start}\n<!-- Written by \`npm run bench\`; edits here are overwritten. -->\n\n${markdown.replace(/^### /gm, '#### ')}\n${end}${after}`,
  );
}
