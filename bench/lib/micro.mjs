// @ts-check
// The building blocks of a request, timed alone in this process (no network): what each layer of
// our client adds before fetch even starts, measured far more steadily than whole requests can be.
import { performance } from 'node:perf_hooks';
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { validateParameters } from '@messaging-contracts/runtime';
import { parameterRules } from '@messaging-contracts/bandwidth-messaging-v2';
import { ACCOUNT_ID, MESSAGE_ID, messageRequest } from './fixtures.mjs';
import { median } from './stats.mjs';

/**
 * @typedef {object} MicroRow
 * @property {string} id
 * @property {string} what
 * @property {number} nsPerOp  median of the batches
 */

const url = `http://127.0.0.1:1/users/${ACCOUNT_ID}/messages?messageId=${MESSAGE_ID}`;
const headers = { Accept: 'application/json', Authorization: 'Basic YXBpLXVzZXI6YXBpLXBhc3N3b3Jk' };
const body = JSON.stringify(messageRequest);
const listParams = { path: { accountId: ACCOUNT_ID }, query: { messageId: MESSAGE_ID } };
const querySerializer = createQuerySerializer();
const postRequest = () =>
  new Request(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body });

/** Each block; `minus` names a block whose cost is inside this one and is subtracted. */
const BLOCKS = /** @type {{ id: string, what: string, run: () => unknown, minus?: string }[]} */ ([
  {
    id: 'request-get',
    what: '`new Request(url, { headers })`: what openapi-fetch builds for a GET by default',
    run: () => new Request(url, { headers }),
  },
  { id: 'request-post', what: '`new Request(url, { method, headers, body })`: the same for a POST', run: postRequest },
  {
    id: 'copy-get',
    what: '`new Request(request, { signal: new AbortController().signal })` of a GET: what fetch does with any Request it is given (and our timeout did once more before e33bf68)',
    run: (() => {
      const request = new Request(url, { headers });
      return () => new Request(request, { signal: new AbortController().signal });
    })(),
  },
  {
    id: 'copy-post',
    what: 'the same for a POST: the body is piped through a TransformStream (build + copy, less the build)',
    run: () => new Request(postRequest(), { signal: new AbortController().signal }),
    minus: 'request-post',
  },
  {
    id: 'timeout-machinery',
    what: 'AbortController + a caller-signal listener on and off + setTimeout/clearTimeout: the bookkeeping of a per-request timeout',
    run: (() => {
      const callerSignal = new AbortController().signal;
      return () => {
        const controller = new AbortController();
        const onAbort = () => controller.abort(callerSignal.reason);
        callerSignal.addEventListener('abort', onAbort, { once: true });
        clearTimeout(setTimeout(onAbort, 30_000));
        callerSignal.removeEventListener('abort', onAbort);
      };
    })(),
  },
  {
    id: 'validate-list',
    what: '`validateParameters` for listMessages (27 query rules)',
    run: () => validateParameters(parameterRules, 'GET', '/users/{accountId}/messages', listParams),
  },
  {
    id: 'validate-create',
    what: '`validateParameters` for createMessage',
    run: () =>
      validateParameters(parameterRules, 'POST', '/users/{accountId}/messages', { path: { accountId: ACCOUNT_ID } }),
  },
  {
    id: 'final-url',
    what: '`createFinalURL` of listMessages (openapi-fetch’s path and query serialisers)',
    run: () =>
      createFinalURL('/users/{accountId}/messages', {
        baseUrl: 'http://127.0.0.1:1',
        params: listParams,
        querySerializer,
        pathSerializer: defaultPathSerializer,
      }),
  },
]);

/** @param {() => unknown} run @param {number} iterations */
function nsPerOp(run, iterations) {
  const started = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return ((performance.now() - started) * 1e6) / iterations;
}

/**
 * @param {{ batches: number, iterations: number }} plan
 * @returns {Promise<MicroRow[]>}
 */
export async function measureMicro({ batches, iterations }) {
  /** @type {Map<string, number>} */
  const raw = new Map();
  for (const block of BLOCKS) {
    nsPerOp(block.run, iterations); // warm-up
    const times = [];
    for (let batch = 0; batch < batches; batch++) {
      times.push(nsPerOp(block.run, iterations));
      await new Promise((resolve) => setImmediate(resolve)); // let timers and streams settle between batches
    }
    raw.set(block.id, median(times));
  }
  return BLOCKS.map((block) => ({
    id: block.id,
    what: block.what,
    nsPerOp:
      /** @type {number} */ (raw.get(block.id)) - (block.minus ? /** @type {number} */ (raw.get(block.minus)) : 0),
  }));
}
