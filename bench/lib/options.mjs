// @ts-check
// The ways of calling listMessages and createMessage that the throughput benchmark compares.
// `main` options are the headline comparison; `variant` options take our client apart to show
// where its per-request cost comes from. Each runs in its own process (throughput-worker.mjs).
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import { ACCOUNT_ID, MESSAGE_ID, PASSWORD, USERNAME, messageRequest } from './fixtures.mjs';

/**
 * @typedef {object} Calls
 * @property {() => Promise<any>} list    listMessages: resolves with the parsed 200 body
 * @property {() => Promise<any>} create  createMessage: resolves with the parsed 202 body
 */

/**
 * @typedef {object} Option
 * @property {string} id
 * @property {string} label
 * @property {'main' | 'variant'} kind
 * @property {string} what                 one line for the README
 * @property {(baseUrl: string) => Promise<Calls>} setup
 */

const LIST_PATH = /** @type {const} */ ('/users/{accountId}/messages');
const authorization = `Basic ${btoa(`${USERNAME}:${PASSWORD}`)}`;
const listParams = { path: { accountId: ACCOUNT_ID }, query: { messageId: MESSAGE_ID } };

/**
 * Our generated client with the given options.
 * @param {Record<string, unknown>} extra
 * @returns {Option['setup']}
 */
function ours(extra) {
  return async (baseUrl) => {
    const { createClient } = await import('@messaging-contracts/bandwidth-messaging-v2');
    const client = createClient({ username: USERNAME, password: PASSWORD, baseUrl, ...extra });
    return {
      list: async () => (await client.GET(LIST_PATH, { params: listParams })).data,
      create: async () =>
        (await client.POST(LIST_PATH, { params: { path: { accountId: ACCOUNT_ID } }, body: messageRequest })).data,
    };
  };
}

/**
 * Raw fetch: the URL, headers and body built by hand, the JSON parsed by `response.json()`.
 * @param {{ timeoutMs?: number }} options with a timeout, each request gets an AbortController and a timer
 * @returns {Option['setup']}
 */
function rawFetch({ timeoutMs = 0 }) {
  return async (baseUrl) => {
    /** @param {string} url @param {RequestInit} init */
    const send = async (url, init) => {
      /** @type {Response} */
      let response;
      if (timeoutMs > 0) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
          response = await fetch(url, { ...init, signal: controller.signal });
        } finally {
          clearTimeout(timer);
        }
      } else {
        response = await fetch(url, init);
      }
      if (!response.ok) throw new Error(`answered ${response.status}`);
      return response.json();
    };
    return {
      list: () =>
        send(
          `${baseUrl}/users/${encodeURIComponent(ACCOUNT_ID)}/messages?messageId=${encodeURIComponent(MESSAGE_ID)}`,
          {
            headers: { Accept: 'application/json', Authorization: authorization },
          },
        ),
      create: () =>
        send(`${baseUrl}/users/${encodeURIComponent(ACCOUNT_ID)}/messages`, {
          method: 'POST',
          headers: { Accept: 'application/json', Authorization: authorization, 'Content-Type': 'application/json' },
          body: JSON.stringify(messageRequest),
        }),
    };
  };
}

/**
 * openapi-fetch as a user of it would call it: `{ data, error }`, no runtime around it.
 * @returns {Option['setup']}
 */
function openapiFetch() {
  return async (baseUrl) => {
    const { default: createClient } = await import('openapi-fetch');
    /** @type {import('openapi-fetch').Client<import('@messaging-contracts/bandwidth-messaging-v2').paths>} */
    const client = createClient({ baseUrl, headers: { Accept: 'application/json', Authorization: authorization } });
    /** @param {{ data?: any, error?: any, response: Response }} result */
    const dataOf = ({ data, error, response }) => {
      if (error !== undefined || !response.ok) throw new Error(`answered ${response.status}`);
      return data;
    };
    return {
      list: async () => dataOf(await client.GET(LIST_PATH, { params: listParams })),
      create: async () =>
        dataOf(await client.POST(LIST_PATH, { params: { path: { accountId: ACCOUNT_ID } }, body: messageRequest })),
    };
  };
}

/**
 * A keep-alive agent that connects to 127.0.0.1 only, so the SDK can never reach its remote default
 * servers from here. The check runs once per new connection, not per request.
 */
export class LoopbackAgent extends http.Agent {
  /**
   * @param {import('node:net').NetConnectOpts & { host?: string }} options
   * @param {(error: Error | null, socket?: import('node:net').Socket) => void} callback
   */
  createConnection(options, callback) {
    if (options.host !== '127.0.0.1')
      return callback(new Error(`refusing to connect to ${options.host}: the benchmark talks to 127.0.0.1 only`));
    // @ts-expect-error createConnection exists at runtime (net.createConnection) but is not in the Agent typings
    return super.createConnection(options, callback);
  }
}

/** An https agent that never connects: every server the benchmark may reach is plain http on 127.0.0.1. */
export class NoHttpsAgent extends https.Agent {
  /**
   * @param {{ host?: string }} options
   * @param {(error: Error | null) => void} callback
   */
  createConnection(options, callback) {
    callback(new Error(`refusing to connect to https://${options.host}: the benchmark talks to 127.0.0.1 only`));
  }
}

/** @type {Option[]} */
export const OPTIONS = [
  {
    id: 'fetch',
    label: 'raw fetch',
    kind: 'main',
    what: 'global fetch with the URL, Basic auth and JSON body built by hand; `response.json()`',
    setup: rawFetch({}),
  },
  {
    id: 'ours',
    label: 'our v2 client',
    kind: 'main',
    what: '`createClient({ username, password, baseUrl })` of @messaging-contracts/bandwidth-messaging-v2, defaults (30 s timeout, retries on)',
    setup: ours({}),
  },
  {
    id: 'sdk',
    label: 'bandwidth-sdk',
    kind: 'main',
    what: '`MessagesApi` of bandwidth-sdk (axios), `basePath` set, keep-alive `http.Agent`',
    setup: async (baseUrl) => {
      const { MessagesApi, Configuration } = await import('bandwidth-sdk');
      // The very axios the SDK loads (not a dependency of the bench itself).
      const axios = /** @type {import('axios').AxiosStatic} */ (
        createRequire(import.meta.resolve('bandwidth-sdk'))('axios')
      );
      // The SDK's axios with a keep-alive agent (as fetch has), and an https agent that can never connect.
      const instance = axios.create({
        httpAgent: new LoopbackAgent({ keepAlive: true }),
        httpsAgent: new NoHttpsAgent(),
      });
      // (The cast: the SDK's typings see axios through CommonJS, this file through ESM; same object.)
      const api = new MessagesApi(
        new Configuration({ username: USERNAME, password: PASSWORD, basePath: baseUrl }),
        undefined,
        /** @type {any} */ (instance),
      );
      return {
        list: async () => (await api.listMessages(ACCOUNT_ID, MESSAGE_ID)).data,
        create: async () => (await api.createMessage(ACCOUNT_ID, messageRequest)).data,
      };
    },
  },
  {
    id: 'fetch-timeout',
    label: 'raw fetch with a timeout',
    kind: 'variant',
    what: 'raw fetch plus what any per-request timeout costs on Node 20: an AbortController, its signal and a 30 s timer',
    setup: rawFetch({ timeoutMs: 30_000 }),
  },
  {
    id: 'openapi-fetch',
    label: 'openapi-fetch alone',
    kind: 'variant',
    what: 'openapi-fetch 0.17 `createClient({ baseUrl, headers })`: no runtime (no timeout, retry, validation, typed errors)',
    setup: openapiFetch(),
  },
  {
    id: 'ours-no-rules',
    label: 'our runtime, no validation',
    kind: 'variant',
    what: '`createApiClient` of the runtime without `parameterRules`: everything but argument validation',
    setup: async (baseUrl) => {
      const { createApiClient } = await import('@messaging-contracts/runtime');
      /** @type {import('@messaging-contracts/runtime').ApiClient<import('@messaging-contracts/bandwidth-messaging-v2').paths>} */
      const client = createApiClient({ baseUrl, auth: { username: USERNAME, password: PASSWORD } });
      return {
        list: async () => (await client.GET(LIST_PATH, { params: listParams })).data,
        create: async () =>
          (await client.POST(LIST_PATH, { params: { path: { accountId: ACCOUNT_ID } }, body: messageRequest })).data,
      };
    },
  },
  {
    id: 'ours-timeout0',
    label: 'our v2 client, timeoutMs: 0',
    kind: 'variant',
    what: 'our client without the per-attempt timeout (no AbortController, signal or timer per request)',
    setup: ours({ timeoutMs: 0 }),
  },
  {
    id: 'ours-noretry',
    label: 'our v2 client, retry: false',
    kind: 'variant',
    what: 'our client without retries',
    setup: ours({ retry: false }),
  },
  {
    id: 'ours-fetch',
    label: "our v2 client, httpClient: 'fetch'",
    kind: 'variant',
    what: 'our client sending through the global fetch (undici), as it did before node:http became the default in Node',
    setup: ours({ httpClient: 'fetch' }),
  },
  {
    id: 'before-e33bf68',
    label: 'our client, transport as before e33bf68',
    kind: 'variant',
    what: 'our client sending real Requests with the timeout as it was before commits e33bf68 and ad1f44f: an Error made per attempt, `fetch(new Request(request, { signal }))` (prototypes.mjs)',
    setup: async (baseUrl) => {
      const { timeoutBeforeE33bf68 } = await import('./prototypes.mjs');
      return ours({ timeoutMs: 0, fetch: timeoutBeforeE33bf68() })(baseUrl);
    },
  },
  {
    id: 'proto-lean',
    label: 'prototype: no openapi-fetch in the call',
    kind: 'variant',
    what: 'validation, Basic auth, timeout and typed errors around one `fetch(url, init)`, without openapi-fetch or any Request-like object: what our client could cost at least (prototypes.mjs)',
    setup: async (baseUrl) => {
      const { createLeanClient } = await import('./prototypes.mjs');
      const client = createLeanClient({ baseUrl, username: USERNAME, password: PASSWORD });
      return {
        list: async () => (await client.GET(LIST_PATH, { params: listParams })).data,
        create: async () =>
          (await client.POST(LIST_PATH, { params: { path: { accountId: ACCOUNT_ID } }, body: messageRequest })).data,
      };
    },
  },
];

/** @param {string} id */
export function optionById(id) {
  const option = OPTIONS.find((candidate) => candidate.id === id);
  if (!option) throw new Error(`unknown option ${id}; known: ${OPTIONS.map((candidate) => candidate.id).join(', ')}`);
  return option;
}
