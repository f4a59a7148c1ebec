// @ts-check
// The results as markdown (stdout, bench/results/latest.md, the README's results section) and the
// targets of the issue, judged.
import { OPTIONS } from './options.mjs';
import { pairedDifference, pairedRatio } from './stats.mjs';

/**
 * @typedef {object} Results
 * @property {string} generatedAt
 * @property {string} command
 * @property {number} durationSeconds
 * @property {import('./machine.mjs').Machine & { loadAverageAtEnd: number[] }} machine
 * @property {Record<string, string>} versions
 * @property {Awaited<ReturnType<import('./sdk-base-path.mjs').checkSdkBasePath>>} sdkBasePath
 * @property {{ plan: import('./throughput.mjs').ThroughputPlan, rows: import('./throughput.mjs').ThroughputRow[] }} [throughput]
 * @property {{ config: Record<string, unknown>, rows: import('./bundle.mjs').BundleResult[] }} [bundle]
 * @property {import('./footprint.mjs').Footprint[]} [footprint]
 * @property {{ runs: number, rows: import('./cold-start.mjs').ColdStartRow[] }} [coldStart]
 * @property {import('./pipeline.mjs').PipelineRow[]} [pipeline]
 * @property {{ plan: { connections: number[], seconds: number }, startup: import('./prism.mjs').StartupRow[], load: import('./prism.mjs').LoadRow[], skipped: string[] }} [prism]
 * @property {import('./micro.mjs').MicroRow[]} [micro]
 */

/**
 * @typedef {object} Target
 * @property {string} target
 * @property {string} measured
 * @property {boolean} met
 */

const CASES = /** @type {const} */ ([
  ['list', 1],
  ['list', 50],
  ['create', 1],
  ['create', 50],
]);
const caseName = (/** @type {string} */ op, /** @type {number} */ concurrency) =>
  `${op === 'list' ? 'listMessages' : 'createMessage'} ×${concurrency}`;
const label = (/** @type {string} */ id) => OPTIONS.find((option) => option.id === id)?.label ?? id;
const int = (/** @type {number} */ value) => Math.round(value).toLocaleString('en-US');
const x = (/** @type {number} */ value) => `${value.toFixed(2)}x`;
const ms = (/** @type {number} */ value) =>
  value >= 100 ? Math.round(value).toString() : value.toFixed(value >= 10 ? 1 : 2);
const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(value >= 10_000 ? 1 : 2)} s`;
const size = (/** @type {number} */ bytes) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} kB` : `${bytes} B`;

/**
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {string} [align] one letter per column, l or r; default: the first left, the rest right
 */
function table(header, rows, align = `l${'r'.repeat(header.length - 1)}`) {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `|${rule.join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

/** @param {NonNullable<Results['throughput']>['rows']} rows */
function rowFinder(rows) {
  return (/** @type {string} */ option, /** @type {string} */ op, /** @type {number} */ concurrency) => {
    const row = rows.find(
      (candidate) => candidate.option === option && candidate.op === op && candidate.concurrency === concurrency,
    );
    if (!row) throw new Error(`no throughput result for ${option} ${op} ×${concurrency}`);
    return row;
  };
}

/**
 * The issue's targets, judged on these results (those whose sections ran).
 * @param {Results} results
 * @returns {Target[]}
 */
export function judgeTargets(results) {
  /** @type {Target[]} */
  const targets = [];
  if (results.throughput) targets.push(...throughputTargets(results.throughput.rows));
  if (results.bundle) targets.push(...bundleTargets(results.bundle.rows));
  return targets;
}

/** @param {import('./throughput.mjs').ThroughputRow[]} rows @returns {Target[]} */
function throughputTargets(rows) {
  const find = rowFinder(rows);
  /** @type {Target[]} */
  const targets = [];
  for (const [op, concurrency] of CASES) {
    const ratio = find('ours', op, concurrency).ratioToBaseline;
    targets.push({
      target: `our client ≥ 0.91x raw fetch's ops/s (within 1.10x per request), ${caseName(op, concurrency)}`,
      measured: x(ratio),
      met: ratio >= 0.91,
    });
  }
  for (const [op, concurrency] of CASES) {
    const ratio = pairedRatio(
      find('ours', op, concurrency).roundOpsPerSec,
      find('sdk', op, concurrency).roundOpsPerSec,
    );
    targets.push({
      target: `our client well ahead of bandwidth-sdk (≥ 1.10x its ops/s), ${caseName(op, concurrency)}`,
      measured: x(ratio),
      met: ratio >= 1.1,
    });
  }
  return targets;
}

/** @param {import('./bundle.mjs').BundleResult[]} rows @returns {Target[]} */
function bundleTargets(rows) {
  /** @type {Target[]} */
  const targets = [];
  const bundle = (/** @type {string} */ program) =>
    /** @type {import('./bundle.mjs').BundleResult} */ (rows.find((row) => row.program === program));
  const gzipRatio = bundle('ours').gzipBytes / bundle('sdk').gzipBytes;
  const minRatio = bundle('ours').minifiedBytes / bundle('sdk').minifiedBytes;
  targets.push({
    target: 'our bundle under a tenth of bandwidth-sdk’s (gzipped)',
    measured: `${x(gzipRatio)} (${size(bundle('ours').gzipBytes)} vs ${size(bundle('sdk').gzipBytes)})`,
    met: gzipRatio < 0.1,
  });
  targets.push({
    target: 'our bundle under a tenth of bandwidth-sdk’s (minified)',
    measured: `${x(minRatio)} (${size(bundle('ours').minifiedBytes)} vs ${size(bundle('sdk').minifiedBytes)})`,
    met: minRatio < 0.1,
  });
  return targets;
}

/**
 * Where our client's per-request cost comes from: paired differences of client CPU per request,
 * one request in flight, between options that differ in one thing.
 * @param {NonNullable<Results['throughput']>['rows']} rows
 */
function costBreakdown(rows) {
  const find = rowFinder(rows);
  /** @type {[string, string, string][]} */
  const pairs = [
    ['our whole client over raw fetch', 'ours', 'fetch'],
    [
      'openapi-fetch as shipped: it builds a Request, fetch copies it (and pipes a POST body through a stream)',
      'openapi-fetch',
      'fetch',
    ],
    ['our whole client over openapi-fetch alone', 'ours', 'openapi-fetch'],
    ['any per-request timeout on Node 20 (AbortController, signal, timer), on raw fetch', 'fetch-timeout', 'fetch'],
    ['our timeout (controller, timer, signal in fetch’s init)', 'ours', 'ours-timeout0'],
    ['our retry policy, on a 2xx answer', 'ours', 'ours-noretry'],
    ['argument validation (generated parameter rules)', 'ours', 'ours-no-rules'],
    ['what e33bf68 + ad1f44f saved: real Requests and the old timeout, over today’s client', 'before-e33bf68', 'ours'],
    ['what openapi-fetch’s call path still costs: today’s client over the prototype without it', 'ours', 'proto-lean'],
    [
      'the prototype without openapi-fetch over raw fetch with a timeout (like for like)',
      'proto-lean',
      'fetch-timeout',
    ],
  ];
  return table(
    [
      'what costs (first option vs second)',
      'listMessages: µs CPU',
      'ops/s ratio',
      'createMessage: µs CPU',
      'ops/s ratio',
    ],
    pairs.map(([what, a, b]) => [
      `${what} (*${label(a)}* vs *${label(b)}*)`,
      ...['list', 'create'].flatMap((op) => {
        const [rowA, rowB] = [find(a, op, 1), find(b, op, 1)];
        const delta = pairedDifference(rowA.roundCpuUs, rowB.roundCpuUs);
        return [
          `${delta >= 0 ? '+' : '−'}${Math.abs(delta).toFixed(0)}`,
          x(pairedRatio(rowA.roundOpsPerSec, rowB.roundOpsPerSec)),
        ];
      }),
    ]),
  );
}

/**
 * @param {Results} results
 * @param {Target[]} targets
 * @returns {string}
 */
export function renderMarkdown(results, targets) {
  const { machine } = results;
  const out = [];
  out.push(
    `Measured ${results.generatedAt} with \`${results.command}\` in ${Math.round(results.durationSeconds)} s, on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; commit ${machine.commit}. Load average ${machine.loadAverage.join(' / ')} at the start, ${machine.loadAverageAtEnd.join(' / ')} at the end (other work on the machine shows as spread between rounds; ratios are taken within a round).`,
  );
  const busiest = Math.max(machine.loadAverage[0] ?? 0, machine.loadAverageAtEnd[0] ?? 0);
  if (busiest > machine.cpus) {
    out.push(
      `> **Busy machine:** the 1-minute load average reached ${busiest} on ${machine.cpus} cores, so other work competed with the benchmark. Expect per-request cells to move by ±20 % or more; bundle, footprint and cold start are unaffected or nearly so.`,
    );
  }
  if (targets.length) {
    out.push(
      '### Targets',
      'Judged on this run alone. On a shared machine single per-request cells move by ±10–20 % between runs; `node bench/ab.mjs` repeats a focused comparison with more and longer rounds.',
      table(
        ['target', 'measured', 'met'],
        targets.map((target) => [target.target, target.measured, target.met ? 'yes' : '**no**']),
        'lrl',
      ),
    );
  }
  if (results.throughput) out.push(...throughputSection(results.throughput));
  if (results.micro) out.push(...microSection(results.micro));
  if (results.bundle) out.push(...bundleSection(results.bundle.rows));
  if (results.footprint) out.push(...footprintSection(results.footprint));
  if (results.coldStart) out.push(...coldStartSection(results.coldStart));
  if (results.pipeline) out.push(...pipelineSection(results.pipeline, machine.cpus));
  if (results.prism) out.push(...prismSection(results.prism));
  out.push(
    '### Versions',
    table(
      ['library', 'version'],
      Object.entries(results.versions).map(([name, version]) => [name, version]),
      'll',
    ),
    `bandwidth-sdk's \`basePath\` replaces its per-operation server: checked without sending (${results.sdkBasePath.map((row) => `${row.operation} → ${row.url.replace(/\?.*/, '')} instead of ${row.defaultServer}`).join('; ')}).`,
  );
  return `${out.join('\n\n')}\n`;
}

/** @param {NonNullable<Results['throughput']>} throughput */
function throughputSection({ plan, rows }) {
  const find = rowFinder(rows);
  const optionIds = [...new Set(rows.map((row) => row.option))];
  const main = optionIds.filter((id) => OPTIONS.find((option) => option.id === id)?.kind === 'main');
  const header = ['option', ...CASES.map(([op, concurrency]) => caseName(op, concurrency))];
  /** @param {string[]} ids @param {(row: import('./throughput.mjs').ThroughputRow) => string} cell */
  const grid = (ids, cell) =>
    table(
      header,
      ids.map((id) => [
        main.includes(id) ? `**${label(id)}**` : label(id),
        ...CASES.map(([op, concurrency]) => cell(find(id, op, concurrency))),
      ]),
    );
  return [
    '### Per-request throughput',
    `Against one local node:http server in its own process (spec examples as bodies, keep-alive everywhere). Each cell: median ops/s over ${plan.rounds} rounds of ${plan.requests} requests (each option in ${plan.processes} processes taken in turn, warmed up first), and in brackets the median of the per-round ratios to raw fetch (≥ 0.91x is within 1.10x per request). Options in bold are the comparison; the others take our client apart (bench/lib/options.mjs).`,
    grid(optionIds, (row) => `${int(row.opsPerSec)} (${x(row.ratioToBaseline)})`),
    'Latency per request, p50 / p99 in ms (median over rounds):',
    grid(main, (row) => `${ms(row.p50Ms)} / ${ms(row.p99Ms)}`),
    'Client CPU time per request in µs (user + system of the client process; the server runs elsewhere), and in brackets the ratio to raw fetch. Steadier than ops/s when the machine is busy:',
    grid(optionIds, (row) => `${Math.round(row.cpuUsPerRequest)} (${x(row.cpuRatioToBaseline)})`),
    'Where the cost goes (one request in flight; paired per-round differences in client CPU per request, and the ops/s ratio of the two options):',
    costBreakdown(rows),
  ];
}

/** @param {import('./micro.mjs').MicroRow[]} rows */
function microSection(rows) {
  return [
    'The building blocks alone, in one process without network (bench/lib/micro.mjs; synchronous cost only: a piped body stream, the signals’ bookkeeping and the garbage they leave are paid later, inside the request):',
    table(
      ['block', 'µs per call'],
      rows.map((row) => [row.what, (row.nsPerOp / 1000).toFixed(1)]),
    ),
  ];
}

/** @param {import('./bundle.mjs').BundleResult[]} rows */
function bundleSection(rows) {
  const sdk = rows.find((row) => row.program === 'sdk');
  return [
    '### Bundle size',
    'A tiny program that lists messages (bench/programs/), bundled by esbuild: bundle, platform browser, format esm, minify, target es2022, Node built-ins external. gzip -9.',
    table(
      ['option', 'minified', 'gzipped', 'gzipped vs bandwidth-sdk', 'largest parts (minified)', 'left external'],
      rows.map((row) => [
        label(row.program),
        size(row.minifiedBytes),
        size(row.gzipBytes),
        sdk ? x(row.gzipBytes / sdk.gzipBytes) : '',
        row.largest.map((part) => `${part.name} ${size(part.bytes)}`).join(', '),
        row.external.join(', ') || '—',
      ]),
      'lrrrll',
    ),
  ];
}

/** @param {import('./footprint.mjs').Footprint[]} rows */
function footprintSection(rows) {
  const sdk = rows.find((row) => row.option === 'sdk');
  return [
    '### Install footprint',
    'Apparent size on disk of what each option installs for production: ours is the contents of the packed runtime and v2 tarballs plus their registry dependencies; bandwidth-sdk is its node_modules closure.',
    table(
      ['option', 'size', 'files', 'packages', 'vs bandwidth-sdk', 'largest'],
      rows.map((row) => [
        label(row.option),
        size(row.bytes),
        int(row.files),
        String(row.packages.length),
        sdk ? x(row.bytes / sdk.bytes) : '',
        row.packages
          .slice(0, 3)
          .map((pkg) => `${pkg.name} ${size(pkg.bytes)}`)
          .join(', ') || '—',
      ]),
      'lrrrrl',
    ),
  ];
}

/** @param {NonNullable<Results['coldStart']>} coldStart */
function coldStartSection({ runs, rows }) {
  return [
    '### Cold start to first completed request',
    `Spawn \`node\` → import the program → one listMessages from the local server → exit; median of ${runs} runs after one untimed run.`,
    table(
      ['option', 'median', 'range', 'vs raw fetch'],
      rows.map((row) => [
        row.program === 'node' ? 'node alone (`node -e ""`)' : label(row.program),
        `${ms(row.medianMs)} ms`,
        `${ms(row.rangeMs.min)}–${ms(row.rangeMs.max)} ms`,
        x(row.ratioToBaseline),
      ]),
    ),
  ];
}

/** @param {import('./pipeline.mjs').PipelineRow[]} rows @param {number} cpus */
function pipelineSection(rows, cpus) {
  return [
    '### Pipeline',
    `Wall time on ${cpus} cores, median of ${rows[0]?.runs ?? 0} runs each.`,
    table(
      ['step', 'median', 'range'],
      rows.map((row) => [
        `\`${row.command}\``,
        seconds(row.medianMs),
        `${seconds(row.rangeMs.min)}–${seconds(row.rangeMs.max)}`,
      ]),
    ),
  ];
}

/** @param {NonNullable<Results['prism']>} prism */
function prismSection({ plan, startup, load, skipped }) {
  return [
    '### Prism mocks',
    'Start to first answer (`startMock()` until it resolves, and until the first GET is answered 200):',
    table(
      ['API', 'request', 'ready', 'first answer'],
      startup.map((row) => [row.api, `\`${row.operation}\``, `${ms(row.readyMs)} ms`, `${ms(row.firstAnswerMs)} ms`]),
      'llrr',
    ),
    `autocannon, ${plan.seconds} s per run after a warm-up; node:http is the bare local server of the throughput benchmark, as the yardstick:`,
    table(
      ['target', 'connections', 'req/s', 'vs node:http', 'p50', 'p99'],
      load.map((row) => [
        row.target,
        String(row.connections),
        int(row.requestsPerSec),
        x(row.ratioToNodeHttp),
        `${row.p50Ms} ms`,
        `${row.p99Ms} ms`,
      ]),
    ),
    ...(skipped.length ? [`Skipped: ${skipped.join('; ')}.`] : []),
  ];
}
