// @ts-check
// node bench/webhooks.mjs [--quick]: throughput of receiving one typical callback (verify the Basic
// credentials, check size, content type and nesting, parse, validate with the validators compiled
// from the spec, build the typed event and its dedupe key) against JSON.parse of the same body
// alone, on one core. Goals (issue 10): >= 0.5x JSON.parse and >= 50,000 events/s.
// Bounded loops; not part of npm test. Build first (npx turbo run build).
import { performance } from 'node:perf_hooks';
import { loadavg, cpus } from 'node:os';
import { loadApis } from '../scripts/lib/apis.mjs';
import { bundleSpec } from '../scripts/lib/spec.mjs';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 15;
const ITERATIONS = quick ? 5_000 : 40_000;
const GOAL_RATIO = 0.5;
const GOAL_EVENTS_PER_SECOND = 50_000;
const credentials = { username: 'callback-user', password: 'a-long-callback-password-1234' };
// A flat string, as an HTTP parser's header values are (a concatenation would be a slower rope).
const authorization = Buffer.from(
  `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
  'latin1',
).toString('latin1');

/** A typical delivery of each API: its first documented example of a delivery receipt (else its first example), as the provider sends it. */
async function typicalDeliveries() {
  const cases = [];
  for (const api of loadApis()) {
    const document = await bundleSpec(api.root, { dereference: true });
    if (!document.webhooks) continue;
    const bodies = [];
    for (const [webhook, item] of Object.entries(document.webhooks)) {
      const media = item.post?.requestBody?.content ?? {};
      for (const [mediaType, content] of Object.entries(media)) {
        if (!mediaType.includes('json')) continue;
        for (const [name, example] of Object.entries(content.examples ?? {}))
          bodies.push({ webhook, name, value: example.value, mediaType });
      }
    }
    const chosen = bodies.find((body) => /deliver/i.test(body.name)) ?? bodies[0];
    if (!chosen) continue;
    const { name } = JSON.parse((await import('node:fs')).readFileSync(`${api.packageDir}/package.json`, 'utf8'));
    cases.push({
      api: api.name,
      packageName: name,
      example: `${chosen.webhook} "${chosen.name}"`,
      body: JSON.stringify(chosen.value),
      mediaType: chosen.mediaType,
    });
  }
  return cases;
}

/**
 * Operations per second of `run`, measured as the median of several bounded batches (CPU time of this process: one core).
 * @param {() => unknown} run
 */
function measure(run, rounds = ROUNDS) {
  const rates = [];
  for (let round = 0; round < rounds; round++) {
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (let index = 0; index < ITERATIONS; index++) run();
    const cpu = process.cpuUsage(cpuBefore);
    const wall = performance.now() - wallBefore;
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    rates.push({ perCpuSecond: ITERATIONS / cpuSeconds, perWallSecond: ITERATIONS / (wall / 1000) });
  }
  const median = (/** @type {number[]} */ values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    perCpuSecond: median(rates.map((rate) => rate.perCpuSecond)),
    perWallSecond: median(rates.map((rate) => rate.perWallSecond)),
  };
}

const fmt = (/** @type {number} */ value) => Math.round(value).toLocaleString('en-US');

console.log(
  `webhooks bench: ${cpus().length} × ${cpus()[0]?.model}, Node ${process.versions.node}, load ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ')}${quick ? ' (quick)' : ''}`,
);
console.log(
  `${ROUNDS} rounds × ${ITERATIONS} iterations per cell; medians of rates per CPU second of this process (one core).\n`,
);
console.log(
  '| API | example | body bytes | JSON.parse alone (ops/s) | verify: string body (events/s) | ratio | verify: bytes body (events/s) | ratio | verify, no credentials configured | ratio | receive(Request) (events/s) | goals |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');

let allMet = true;
for (const delivery of await typicalDeliveries()) {
  const { createCallbackReceiver } = await import(`${delivery.packageName}/webhooks`);
  const receiver = createCallbackReceiver({ credentials });
  const open = createCallbackReceiver({ credentials: false });
  const headers = { authorization, 'content-type': `${delivery.mediaType}; charset=utf-8` };
  const bytes = new TextEncoder().encode(delivery.body);
  const events = receiver.verify({ method: 'POST', headers, body: delivery.body }).events.length;
  let sink = 0;
  // Warm up every path, then interleave the measured cells round by round so machine load hits all alike.
  for (let index = 0; index < 20_000; index++) {
    sink += JSON.parse(delivery.body).length ?? 1;
    sink += receiver.verify({ method: 'POST', headers, body: delivery.body }).events.length;
    sink += receiver.verify({ method: 'POST', headers, body: bytes }).events.length;
  }
  /** @typedef {{ perCpuSecond: number, perWallSecond: number }} Rate */
  /** @type {Rate[]} */ const parse = [];
  /** @type {Rate[]} */ const verifyString = [];
  /** @type {Rate[]} */ const verifyBytes = [];
  /** @type {Rate[]} */ const verifyOpen = [];
  for (let round = 0; round < ROUNDS; round++) {
    verifyOpen.push(
      measure(() => (sink += open.verify({ method: 'POST', headers, body: delivery.body }).events.length), 1),
    );
    parse.push(measure(() => (sink += JSON.parse(delivery.body) ? 1 : 0), 1));
    verifyString.push(
      measure(() => (sink += receiver.verify({ method: 'POST', headers, body: delivery.body }).events.length), 1),
    );
    verifyBytes.push(
      measure(() => (sink += receiver.verify({ method: 'POST', headers, body: bytes }).events.length), 1),
    );
  }
  // The Web path: a Request per delivery, its body read as a stream (async), for reference.
  const requests = quick ? 2_000 : 20_000;
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < requests; index++) {
    const delivered = await receiver.receive(
      new Request('http://127.0.0.1/callbacks', { method: 'POST', headers, body: delivery.body }),
    );
    sink += delivered.events.length;
  }
  const requestCpu = process.cpuUsage(cpuBefore);
  const requestRate = (requests * events) / ((requestCpu.user + requestCpu.system) / 1e6);

  const median = (/** @type {{ perCpuSecond: number }[]} */ list) =>
    list.map((rate) => rate.perCpuSecond).sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  // Ratios per round (the same load on both sides), then their median.
  const ratio = (/** @type {{ perCpuSecond: number }[]} */ list) =>
    list.map((rate, index) => rate.perCpuSecond / (parse[index]?.perCpuSecond ?? Infinity)).sort((a, b) => a - b)[
      Math.floor(list.length / 2)
    ] ?? 0;
  const stringRate = median(verifyString) * events;
  const bytesRate = median(verifyBytes) * events;
  const met =
    ratio(verifyString) >= GOAL_RATIO && stringRate >= GOAL_EVENTS_PER_SECOND && bytesRate >= GOAL_EVENTS_PER_SECOND;
  allMet &&= met;
  console.log(
    `| ${delivery.api} | ${delivery.example} | ${bytes.length} | ${fmt(median(parse))} | ${fmt(stringRate)} | ${ratio(verifyString).toFixed(2)}x | ${fmt(bytesRate)} | ${ratio(verifyBytes).toFixed(2)}x | ${fmt(median(verifyOpen) * events)} | ${ratio(verifyOpen).toFixed(2)}x | ${fmt(requestRate)} | ${met ? 'met' : 'NOT met'} |`,
  );
  if (sink === -1) console.log(sink); // keeps the work observable
}
console.log(
  `\nGoals (>= ${GOAL_RATIO}x JSON.parse, >= ${fmt(GOAL_EVENTS_PER_SECOND)} events/s on one core): ${allMet ? 'met for every API' : 'NOT met for every API'}.`,
);
