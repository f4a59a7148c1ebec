import createClient, {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type Client,
  type FetchResponse,
  type MaybeOptionalInit,
  type QuerySerializer,
} from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import { basicAuthorization, bearerAuthorization, type Auth } from './auth.js';
import { BufferedResponse } from './buffered-response.js';
import {
  apiErrorFor,
  ERROR_BODY_LIMIT,
  InvalidParameterError,
  ResponseParseError,
  type RequestInfo,
} from './errors.js';
import { REDACTED, type LogOptions } from './log.js';
import { validateParameters, type ParameterRules } from './parameters.js';
import { PlainRequest } from './plain-request.js';
import { retryDelayOf } from './rate-limit.js';
import { checkRequestParameters, safeUrl } from './request-checks.js';
import {
  createTransport,
  DEFAULT_REQUEST_ID_HEADERS,
  requestIdOf,
  type FetchLike,
  type RetryOptions,
  type TransportOptions,
} from './transport.js';

export interface ApiClientOptions extends LogOptions {
  /** Where the API lives, e.g. the spec's server or a mock at http://127.0.0.1:4010. No credentials in it: use `auth`. */
  baseUrl: string;
  auth?: Auth;
  /** The fetch that sends requests. Default: node:http in Node (see `httpClient`), globalThis.fetch elsewhere. */
  fetch?: FetchLike;
  /** Without `fetch`: `node` (node:http, the default in Node) or `fetch` (the global fetch). */
  httpClient?: 'node' | 'fetch';
  /** Per attempt, for the whole exchange including the response body. Default 30 000 ms; 0 turns it off. */
  timeoutMs?: number;
  /** The largest response body read (bytes, after decompression). Default 10 MiB. */
  maxResponseBytes?: number;
  /** Redirects followed per attempt (see TransportOptions.maxRedirects for which). Default 5. */
  maxRedirects?: number;
  /** Response headers that carry the provider's request id. Default: x-request-id, request-id, x-amzn-requestid. */
  requestIdHeaders?: readonly string[];
  /** Retry policy for 429/503 and network failures; `false` sends each request once. */
  retry?: RetryOptions | false;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  querySerializer?: QuerySerializer<unknown>;
  /** Generated from the spec: arguments are checked against them before any request is sent. */
  parameterRules?: ParameterRules;
}

/** Options one call may override. */
export interface CallOptions {
  timeoutMs?: number;
  retry?: RetryOptions | false;
}

/** A successful call: the parsed body and the response (for headers such as Link or Location). */
export interface ApiResult<TData> {
  data: TData;
  response: Response;
}

type CallInit<Init> = RequiredKeysOf<Init> extends never ? [(Init & CallOptions)?] : [Init & CallOptions];

// biome-ignore lint/suspicious/noExplicitAny: openapi-typescript's operation objects are matched structurally, as openapi-fetch does
type OperationObject = Record<string | number, any>;

/** The 2xx body of an operation as openapi-fetch types it; `undefined` for a response without one. */
export type SuccessData<Operation, Init> = Extract<
  FetchResponse<Operation & OperationObject, Init, MediaType>,
  { data: unknown }
>['data'] extends infer Data
  ? [Data] extends [never]
    ? undefined
    : Data
  : never;

export type ApiMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: CallInit<Init>
) => Promise<ApiResult<SuccessData<Paths[Path][Method & keyof Paths[Path]], Init>>>;

/**
 * A typed client whose methods resolve with `{ data, response }` on 2xx and throw otherwise, always
 * a MessagingContractsError: ApiError or its per-status subclasses (non-2xx), ResponseParseError
 * (2xx that is not the promised JSON), TimeoutError, NetworkError, ResponseTooLargeError,
 * RedirectError, or InvalidParameterError (caught before sending).
 */
export interface ApiClient<Paths extends {}> {
  GET: ApiMethod<Paths, 'get'>;
  POST: ApiMethod<Paths, 'post'>;
  PUT: ApiMethod<Paths, 'put'>;
  PATCH: ApiMethod<Paths, 'patch'>;
  DELETE: ApiMethod<Paths, 'delete'>;
  /** The underlying openapi-fetch client: same transport, returns `{ data, error }` instead of throwing. */
  readonly raw: Client<Paths>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type LooseInit = { params?: Record<string, Record<string, unknown> | undefined>; parseAs?: string } & CallOptions &
  Record<string, unknown>;
type LooseCall = (
  url: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function createApiClient<Paths extends {}>(options: ApiClientOptions): ApiClient<Paths> {
  checkBaseUrl(options.baseUrl);
  const transportOptions: TransportOptions = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.httpClient ? { httpClient: options.httpClient } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
    ...(options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
    ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
    ...(options.requestIdHeaders !== undefined ? { requestIdHeaders: options.requestIdHeaders } : {}),
    ...(options.logger
      ? { logger: options.logger, logBodies: options.logBodies, logMessageText: options.logMessageText }
      : {}),
  };
  const requestIdHeaders = options.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS;
  checkHeaders(options.headers);
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const auth = options.auth;
  if (auth && 'username' in auth) headers.Authorization = basicAuthorization(auth);
  if (auth && 'token' in auth && typeof auth.token !== 'function')
    headers.Authorization = bearerAuthorization(auth.token);
  // What a server might echo back in an error body (some echo the request): never kept on an error.
  const secrets = [
    ...(auth && 'username' in auth ? [auth.password, headers.Authorization!.slice('Basic '.length)] : []),
    ...(auth && 'token' in auth && typeof auth.token === 'string' ? [auth.token] : []),
  ].filter((secret) => secret.length >= 4);

  const querySerializer = options.querySerializer ?? createQuerySerializer();
  // The URL a request went to, for errors when the response does not say.
  const finalUrl = (path: string, params: LooseInit['params']) =>
    createFinalURL(path, {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      params: params ?? {},
      querySerializer,
      pathSerializer: defaultPathSerializer,
    });

  const raw = createClient<Paths>({
    // openapi-fetch builds each request with this class; see PlainRequest for why.
    Request: PlainRequest as unknown as typeof Request,
    baseUrl: options.baseUrl,
    fetch: createTransport(transportOptions),
    headers,
    querySerializer,
  });
  if (auth && 'token' in auth && typeof auth.token === 'function') {
    const { token } = auth;
    raw.use({
      async onRequest({ request }) {
        // Checked on every call: a function returning undefined must not send "Bearer undefined".
        const value = await token();
        request.headers.set(
          'Authorization',
          bearerAuthorization(value, 'accessToken (the value the token function returned)'),
        );
        // The latest few tokens are scrubbed from error bodies like static credentials.
        if (typeof value === 'string' && value.length >= 4 && !secrets.includes(value)) {
          secrets.push(value);
          if (secrets.length > 4) secrets.shift();
        }
      },
    });
  }

  const rules = options.parameterRules;
  const call = (method: Method) => {
    const send = (raw[method] as unknown as LooseCall).bind(raw);
    return async (url: string, init: LooseInit = {}) => {
      const operation = rules?.[`${method} ${url}`]?.operationId;
      try {
        checkRequestParameters(init.params, operation);
        if (rules) validateParameters(rules, method, url, init.params);
      } catch (error) {
        throw withRequest(error, method, url);
      }
      const { timeoutMs, retry, ...fetchInit } = init;
      if (timeoutMs !== undefined || retry !== undefined) {
        // A per-call override gets its own transport; openapi-fetch accepts `fetch` per call.
        fetchInit.fetch = createTransport({
          ...transportOptions,
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          ...(retry !== undefined ? { retry } : {}),
        });
      }
      const asJson = fetchInit.parseAs === undefined || fetchInit.parseAs === 'json';
      if (asJson) fetchInit.parseAs = 'text'; // parsed here, so malformed JSON becomes a typed error
      let result: Awaited<ReturnType<LooseCall>>;
      try {
        result = await send(url, fetchInit);
      } catch (error) {
        throw withRequest(error, method, url); // e.g. what a token function returned
      }
      const { response } = result;
      const buffered = response instanceof BufferedResponse ? response : undefined;
      // Built only for errors: a successful call does not pay for it.
      const exchange = () => ({
        request: { method, url: safeUrl(response.url || finalUrl(url, fetchInit.params)) },
        attempts: buffered?.attempts ?? 1,
        requestId: requestIdOf(response.headers, requestIdHeaders),
      });
      if (!response.ok) {
        let body = result.error;
        const retryAfterMs = retryDelayOf(response.headers, body);
        let bodyTruncated = false;
        if (buffered && buffered.bodyBytes.byteLength > ERROR_BODY_LIMIT) {
          body = (await buffered.text()).slice(0, ERROR_BODY_LIMIT);
          bodyTruncated = true;
        }
        body = withoutSecrets(body, secrets);
        throw apiErrorFor({
          status: response.status,
          body,
          bodyTruncated,
          headers: response.headers,
          ...exchange(),
          retryAfterMs,
        });
      }
      return {
        data: asJson
          ? parseJsonBody(result.data as string | undefined, response, method, exchange, secrets)
          : result.data,
        response,
      };
    };
  };

  /** Names the call on an InvalidParameterError raised before sending. */
  const withRequest = (error: unknown, method: string, path: string) => {
    if (error instanceof InvalidParameterError && !error.request)
      error.request = { method, url: safeUrl(`${options.baseUrl.replace(/\/+$/, '')}${path}`) };
    return error;
  };

  return {
    GET: call('GET'),
    POST: call('POST'),
    PUT: call('PUT'),
    PATCH: call('PATCH'),
    DELETE: call('DELETE'),
    raw,
  } as unknown as ApiClient<Paths>;
}

/** An absolute http(s) URL without credentials; the value is shown only when it cannot hold any. */
function checkBaseUrl(baseUrl: unknown): void {
  const fail = (reason: string) =>
    new InvalidParameterError({
      parameter: 'baseUrl',
      location: 'option',
      value: baseUrl,
      reason,
      ...(typeof baseUrl === 'string' && !baseUrl.includes('@') ? {} : { hidden: 'it may hold credentials' }),
    });
  if (typeof baseUrl !== 'string' || !/^https?:\/\//i.test(baseUrl)) throw fail('must be an absolute http(s) URL');
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw fail('must be an absolute http(s) URL');
  }
  if (parsed.username || parsed.password)
    throw fail('cannot carry a username or password: pass credentials as options (username/password or accessToken)');
}

/** Header values fetch can send: Latin-1, no CR, LF or NUL. Values are never shown (they may be API keys). */
function checkHeaders(headers: Record<string, string> | undefined): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new InvalidParameterError({
        parameter: 'headers',
        location: 'option',
        reason: 'has a header name that is not an HTTP token',
        hidden: 'header names and values may hold credentials',
      });
    }
    if (typeof value !== 'string' || !/^[\t\x20-\x7e\x80-\xff]*$/.test(value)) {
      throw new InvalidParameterError({
        parameter: `headers.${name}`,
        location: 'option',
        reason: 'must be a string of Latin-1 characters without line breaks or NUL',
        secret: true,
      });
    }
  }
}

/**
 * The JSON of a 2xx body. An empty body is `undefined` where the status says there is none (204,
 * 205, HEAD) and for a 201 or 202 that points to its resource with `Location` (e.g. Catapult v1's
 * send); anywhere else the contract promises a body, so an empty one is a ResponseParseError.
 */
function parseJsonBody(
  text: string | undefined,
  response: Response,
  method: string,
  exchange: () => { request: RequestInfo; attempts: number; requestId: string | undefined },
  secrets: readonly string[],
): unknown {
  if (text === undefined || text === '') {
    const { status } = response;
    if (status === 204 || status === 205 || method === 'HEAD') return undefined;
    if ((status === 201 || status === 202) && response.headers.has('location')) return undefined;
    throw new ResponseParseError({
      status,
      headers: response.headers,
      bodyText: '',
      ...exchange(),
      reason: 'an empty body where JSON was expected',
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/[/+]json\b/i.test(contentType)) {
    throw new ResponseParseError({
      status: response.status,
      headers: response.headers,
      bodyText: withoutSecrets(text, secrets),
      ...exchange(),
      reason: `a ${contentType} body where JSON was expected`,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // The cause is the parser's error, which quotes the text: it is dropped when the text held a secret.
    const bodyText = withoutSecrets(text, secrets);
    throw new ResponseParseError({
      status: response.status,
      headers: response.headers,
      bodyText,
      ...exchange(),
      reason: 'a body that is not valid JSON',
      ...(bodyText === text ? { cause: error } : {}),
    });
  }
}

/** `value` with every occurrence of a secret replaced by "[redacted]", in strings at any depth. */
function withoutSecrets<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') {
    let text: string = value;
    for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join(REDACTED);
    return text as T;
  }
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [withoutSecrets(key, secrets), withoutSecrets(item, secrets)]),
    ) as T;
  }
  return value;
}
