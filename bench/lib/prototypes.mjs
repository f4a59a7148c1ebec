// @ts-check
// Runtime variants measured next to the real client, so each change to the runtime comes with its
// effect: the transport as it was before a change (to show what the change bought), and prototypes
// of suggested changes. They keep the client's behaviour on the paths the benchmark takes (Basic
// auth, argument validation, per-attempt timeout, JSON parsed into typed errors) and are NOT
// drop-in replacements: no retries beyond the first attempt, no middleware, no bearer tokens.
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import {
  ApiError,
  ResponseParseError,
  TimeoutError,
  basicAuthorization,
  validateParameters,
} from '@messaging-contracts/runtime';
import { parameterRules } from '@messaging-contracts/bandwidth-messaging-v2';

const TIMEOUT_MS = 30_000;

class AttemptTimedOut extends Error {}

/**
 * The transport's per-attempt timeout as it was before commits e33bf68 and ad1f44f, to measure what
 * they bought: an AttemptTimedOut error made for every attempt, and `fetch(new Request(request, { signal }))`
 * (fetch copies the Request it is given once more, and for a POST pipes the body through a second
 * stream). Used as our client's `fetch` with `timeoutMs: 0`: the transport then hands it a real
 * Request (as openapi-fetch built before ad1f44f) and this runs in place of the transport's timeout.
 * @returns {(request: Request) => Promise<Response>}
 */
export function timeoutBeforeE33bf68() {
  return async (request) => {
    const timedOut = new AttemptTimedOut();
    const controller = new AbortController();
    const callerSignal = request.signal;
    const onCallerAbort = () => controller.abort(callerSignal.reason);
    if (callerSignal.aborted) onCallerAbort();
    else callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    const timer = setTimeout(() => controller.abort(timedOut), TIMEOUT_MS);
    try {
      return await fetch(new Request(request, { signal: controller.signal }));
    } catch (error) {
      throw controller.signal.reason === timedOut ? timedOut : error;
    } finally {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerAbort);
    }
  };
}

/**
 * The floor for our client: GET/POST build the URL and headers themselves and call `fetch(url, init)`
 * once, with the JSON body as a string, without openapi-fetch's call path (its serialisers are
 * still used) or any Request-like object. (Measured first as a suggestion; ad1f44f got most of its
 * saving inside openapi-fetch with PlainRequest.) A caller's AbortSignal is only listened to when
 * there is one.
 * @param {{ baseUrl: string, username: string, password: string }} options
 */
export function createLeanClient({ baseUrl, username, password }) {
  const base = baseUrl.replace(/\/+$/, '');
  const querySerializer = createQuerySerializer();
  const authorization = basicAuthorization({ username, password });

  /**
   * @param {'GET' | 'POST'} method
   * @param {string} path
   * @param {{ params?: { path?: Record<string, unknown>, query?: Record<string, unknown> }, body?: unknown, signal?: AbortSignal }} init
   */
  async function call(method, path, init) {
    validateParameters(parameterRules, method, path, init.params);
    const url = createFinalURL(path, {
      baseUrl: base,
      params: init.params ?? {},
      querySerializer,
      pathSerializer: defaultPathSerializer,
    });
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json', Authorization: authorization };
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const request = { method, url };

    const controller = new AbortController();
    const callerSignal = init.signal;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new AttemptTimedOut()), TIMEOUT_MS);
    /** @type {Response} */
    let response;
    try {
      response = await fetch(url, { method, headers, body, signal: controller.signal });
    } catch (error) {
      throw controller.signal.reason instanceof AttemptTimedOut
        ? new TimeoutError({ timeoutMs: TIMEOUT_MS, attempts: 1, request })
        : error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
    const text = await response.text();
    if (!response.ok) throw new ApiError({ status: response.status, body: text, headers: response.headers, request });
    try {
      return { data: text === '' ? undefined : JSON.parse(text), response };
    } catch (error) {
      throw new ResponseParseError({
        status: response.status,
        headers: response.headers,
        bodyText: text,
        request,
        reason: 'a body that is not valid JSON',
        cause: error,
      });
    }
  }

  return {
    /** @param {string} path @param {Parameters<typeof call>[2]} init */
    GET: (path, init) => call('GET', path, init),
    /** @param {string} path @param {Parameters<typeof call>[2]} init */
    POST: (path, init) => call('POST', path, init),
  };
}
