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
import { basicAuthorization, type Auth } from './auth.js';
import { ApiError, InvalidParameterError, ResponseParseError } from './errors.js';
import { validateParameters, type ParameterRules } from './parameters.js';
import { PlainRequest } from './plain-request.js';
import { retryDelayFromHeaders } from './rate-limit.js';
import { createTransport, type FetchLike, type RetryOptions, type TransportOptions } from './transport.js';

export interface ApiClientOptions {
  /** Where the API lives, e.g. the spec's server or a mock at http://127.0.0.1:4010. */
  baseUrl: string;
  auth?: Auth;
  /** The fetch that sends requests. Default: globalThis.fetch. */
  fetch?: FetchLike;
  /** Per attempt, until response headers arrive. Default 30 000 ms; 0 turns it off. */
  timeoutMs?: number;
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

type OperationObject = Record<string | number, any>;

/** The 2xx body of an operation as openapi-fetch types it; `undefined` for a response without one. */
export type SuccessData<Operation, Init> =
  Extract<FetchResponse<Operation & OperationObject, Init, MediaType>, { data: unknown }>['data'] extends infer Data
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
 * A typed client whose methods resolve with `{ data, response }` on 2xx and throw otherwise:
 * ApiError (non-2xx), ResponseParseError (2xx that is not the promised JSON), TimeoutError,
 * NetworkError, or InvalidParameterError (caught before sending).
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
type LooseInit = { params?: Record<string, Record<string, unknown> | undefined>; parseAs?: string } & CallOptions & Record<string, unknown>;
type LooseCall = (url: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function createApiClient<Paths extends {}>(options: ApiClientOptions): ApiClient<Paths> {
  if (typeof options.baseUrl !== 'string' || !/^https?:\/\//i.test(options.baseUrl)) {
    throw new InvalidParameterError({ parameter: 'baseUrl', location: 'option', value: options.baseUrl, reason: 'must be an absolute http(s) URL' });
  }
  const transportOptions: TransportOptions = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retry !== undefined ? { retry: options.retry } : {}),
  };
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const auth = options.auth;
  if (auth && 'username' in auth) headers.Authorization = basicAuthorization(auth);

  const querySerializer = options.querySerializer ?? createQuerySerializer();
  // The URL a request went to, for errors when the response does not say (e.g. an injected fetch).
  const finalUrl = (path: string, params: LooseInit['params']) =>
    createFinalURL(path, { baseUrl: options.baseUrl.replace(/\/+$/, ''), params: params ?? {}, querySerializer, pathSerializer: defaultPathSerializer });

  const raw = createClient<Paths>({
    // openapi-fetch builds each request with this class; see PlainRequest for why.
    Request: PlainRequest as unknown as typeof Request,
    baseUrl: options.baseUrl,
    fetch: createTransport(transportOptions),
    headers,
    querySerializer,
  });
  if (auth && 'token' in auth) {
    const { token } = auth;
    raw.use({
      async onRequest({ request }) {
        const value = typeof token === 'function' ? await token() : token;
        request.headers.set('Authorization', `Bearer ${value}`);
      },
    });
  }

  const rules = options.parameterRules;
  const call = (method: Method) => {
    const send = (raw[method] as unknown as LooseCall).bind(raw);
    return async (url: string, init: LooseInit = {}) => {
      if (rules) validateParameters(rules, method, url, init.params);
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
      const result = await send(url, fetchInit);
      const { response } = result;
      const request = { method, url: response.url || finalUrl(url, fetchInit.params) };
      if (!response.ok) {
        throw new ApiError({
          status: response.status,
          body: result.error,
          headers: response.headers,
          request,
          retryAfterMs: retryDelayFromHeaders(response.headers),
        });
      }
      return { data: asJson ? parseJsonBody(result.data as string | undefined, response, request) : result.data, response };
    };
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

function parseJsonBody(text: string | undefined, response: Response, request: { method: string; url: string }): unknown {
  if (text === undefined || text === '') return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType && !/[/+]json\b/i.test(contentType)) {
    throw new ResponseParseError({ status: response.status, headers: response.headers, bodyText: text, request, reason: `a ${contentType} body where JSON was expected` });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ResponseParseError({ status: response.status, headers: response.headers, bodyText: text, request, reason: 'a body that is not valid JSON', cause: error });
  }
}
