// @ts-check
// The Prism mocks of the specs: time from start to first answer, then throughput and p99 latency
// under autocannon, next to the bare node:http server of the other benchmarks as a yardstick.
import { performance } from 'node:perf_hooks';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';
import { loadApis } from '../../scripts/lib/apis.mjs';
import { startMock } from '../../scripts/lib/mock.mjs';
import { bundleSpec } from '../../scripts/lib/spec.mjs';
import { MESSAGES_PATH, MESSAGE_ID, PASSWORD, USERNAME } from './fixtures.mjs';

const basicHeaders = { accept: 'application/json', authorization: `Basic ${btoa(`${USERNAME}:${PASSWORD}`)}` };

/**
 * @typedef {object} SampleRequest
 * @property {string} path      with the query string
 * @property {Record<string, string>} headers
 * @property {string} operation e.g. "GET /users/{accountId}/messages"
 */

/**
 * The request an API's mock is loaded with, read from its spec so a new API needs no edit here: the
 * first GET whose required parameters all have examples, with them filled in, and the credentials its
 * security asks for (Prism checks that they are present).
 * @param {import('../../scripts/lib/apis.mjs').Api} api
 * @returns {Promise<SampleRequest | undefined>}
 */
async function sampleRequest(api) {
  const spec = await bundleSpec(api.root, { dereference: true });
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    const operation = item?.get;
    if (!operation) continue;
    /** @type {any[]} */
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
    let path = template;
    const query = new URLSearchParams();
    /** @type {Record<string, string>} */
    const headers = { accept: 'application/json' };
    let complete = true;
    for (const parameter of parameters) {
      if (!parameter.required) continue;
      const value = exampleOf(parameter);
      if (value === undefined) complete = false;
      else if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
      else if (parameter.in === 'query') query.append(parameter.name, value);
      else if (parameter.in === 'header') headers[parameter.name.toLowerCase()] = value;
    }
    if (!complete) continue;
    const scheme = firstSecurityScheme(spec, operation);
    if (scheme?.type === 'http' && /^basic$/i.test(scheme.scheme)) headers.authorization = basicHeaders.authorization;
    else if (scheme) headers.authorization = 'Bearer benchmark-token';
    const search = query.toString();
    return { path: search ? `${path}?${search}` : path, headers, operation: `GET ${template}` };
  }
  return undefined;
}

/** @param {any} parameter @returns {string | undefined} */
function exampleOf(parameter) {
  const value =
    parameter.example ??
    Object.values(parameter.examples ?? {})[0]?.value ??
    parameter.schema?.example ??
    parameter.schema?.examples?.[0];
  return value === undefined ? undefined : String(value);
}

/** @param {any} spec @param {any} operation */
function firstSecurityScheme(spec, operation) {
  const requirement = (operation.security ?? spec.security ?? [])[0] ?? {};
  const name = Object.keys(requirement)[0];
  return name ? spec.components?.securitySchemes?.[name] : undefined;
}

/**
 * @typedef {object} LoadRow
 * @property {string} target         an API name, or "node:http" for the bare local server
 * @property {number} connections
 * @property {number} requestsPerSec  2xx answers per second over the run
 * @property {number} p50Ms
 * @property {number} p99Ms
 * @property {number} ratioToNodeHttp requests/s ÷ the bare server's at the same connections
 */

/**
 * @typedef {object} StartupRow
 * @property {string} api
 * @property {string} operation     the request it was loaded with
 * @property {number} readyMs       from startMock() to Prism answering HTTP (startMock polls a TCP connect every 100 ms)
 * @property {number} firstAnswerMs from startMock() to the first listMessages answered 200
 */

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {number} connections
 * @param {number} seconds
 */
async function load(url, headers, connections, seconds) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const ok = result['2xx'];
  if (result.non2xx || result.errors || ok === 0) {
    throw new Error(
      `autocannon ${url}: ${ok} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors (${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  return { requestsPerSec: ok / result.duration, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

/**
 * @param {string} nodeHttpUrl the local node:http server (bench/lib/server.mjs), as the yardstick
 * @param {{ connections: number[], seconds: number, warmupSeconds: number }} plan
 * @param {(line: string) => void} log
 * @returns {Promise<{ startup: StartupRow[], load: LoadRow[], skipped: string[] }>}
 */
export async function measurePrism(nodeHttpUrl, plan, log) {
  /** @type {StartupRow[]} */
  const startup = [];
  /** @type {LoadRow[]} */
  const rows = [];
  /** @type {string[]} */
  const skipped = [];
  /** @type {Map<number, number>} */
  const yardstick = new Map();

  const yardstickUrl = `${nodeHttpUrl}${MESSAGES_PATH}?messageId=${MESSAGE_ID}`;
  await load(yardstickUrl, basicHeaders, plan.connections[0] ?? 10, plan.warmupSeconds);
  for (const connections of plan.connections) {
    const result = await load(yardstickUrl, basicHeaders, connections, plan.seconds);
    yardstick.set(connections, result.requestsPerSec);
    rows.push({ target: 'node:http', connections, ...result, ratioToNodeHttp: 1 });
  }

  for (const api of loadApis()) {
    const request = await sampleRequest(api);
    if (!request) {
      skipped.push(`${api.name}: no GET operation whose required parameters all have examples`);
      continue;
    }
    const started = performance.now();
    const mock = await startMock(api, { logLevel: 'silent' });
    try {
      const readyMs = performance.now() - started;
      const url = `${mock.url}${request.path}`;
      const first = await fetch(url, { headers: request.headers, signal: AbortSignal.timeout(10_000) });
      await first.arrayBuffer();
      if (!first.ok) {
        skipped.push(`${api.name}: Prism answered GET ${request.path} with ${first.status}`);
        continue;
      }
      startup.push({
        api: api.name,
        operation: request.operation,
        readyMs,
        firstAnswerMs: performance.now() - started,
      });

      await load(url, request.headers, plan.connections[0] ?? 10, plan.warmupSeconds);
      for (const connections of plan.connections) {
        const result = await load(url, request.headers, connections, plan.seconds);
        rows.push({
          target: api.name,
          connections,
          ...result,
          ratioToNodeHttp: result.requestsPerSec / (yardstick.get(connections) ?? NaN),
        });
        log(`  ${api.name} ×${connections}: ${Math.round(result.requestsPerSec)} req/s, p99 ${result.p99Ms} ms`);
      }
    } finally {
      await mock.stop();
    }
  }
  return { startup, load: rows, skipped };
}
