import { clientFactory, InvalidParameterError, type ApiClient, type ClientOptions } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';
import { parameterRules } from './generated/parameters.js';

export const PRODUCTION_BASE_URL = 'https://messaging.bandwidth.com/api/v2';

export type BandwidthMessagingClient = ApiClient<paths>;

/**
 * Path parameters whose `/` separates path segments and travels unencoded: the spec marks them
 * `x-allowSlashes` (a media ID of incoming media is `14762070468292kw2fuqty55yp2b2/0/bw.png`).
 */
const SLASHED_PATH_PARAMETERS: ReadonlySet<string> = new Set(['mediaId']);

/**
 * Builds the request path: each parameter is percent-encoded once, except that the `/` of an
 * `x-allowSlashes` parameter is kept (each part between slashes is encoded on its own). Pass it as
 * `pathSerializer` to calls made through `client.raw`, which otherwise sends `/` as `%2F`.
 */
export function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (template, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === null) return template;
    const text = String(value);
    return SLASHED_PATH_PARAMETERS.has(name) ? text.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(text);
  });
}

/** A slashed parameter with an empty, `.` or `..` part would address another path once the URL is normalized. */
function checkSlashedParameters(method: string, path: string, pathParams: Record<string, unknown> | undefined): void {
  for (const name of SLASHED_PATH_PARAMETERS) {
    const value = pathParams?.[name];
    if (typeof value !== 'string' || value === '') continue; // type and emptiness are the generated rules' job
    if (value.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      throw new InvalidParameterError({
        parameter: name,
        location: 'path',
        value,
        reason: 'must not start or end with "/", contain "//", or have a "." or ".." part',
        operation: (parameterRules as Record<string, { operationId: string } | undefined>)[`${method} ${path}`]?.operationId,
      });
    }
  }
}

const createBaseClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules });

type LooseInit = { params?: { path?: Record<string, unknown> } } & Record<string, unknown>;
type LooseMethod = (url: string, init?: LooseInit) => Promise<unknown>;

/**
 * A typed client of the Bandwidth Messaging API v2. Authenticate with your API credentials
 * (`username`, `password`) or an OAuth 2.0 `accessToken`. Media IDs with slashes are sent as
 * the documents show them (see `serializePath`).
 */
export function createClient(options: ClientOptions): BandwidthMessagingClient {
  const client = createBaseClient(options);
  const withPaths = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE') => {
    const send = client[method] as unknown as LooseMethod;
    // async, so that a refused argument rejects the returned promise like every other failure.
    const call: LooseMethod = async (url, init = {}) => {
      checkSlashedParameters(method, url, init.params?.path);
      return send(url, { pathSerializer: serializePath, ...init });
    };
    return call as unknown as BandwidthMessagingClient[typeof method];
  };
  return {
    ...client,
    GET: withPaths('GET'),
    POST: withPaths('POST'),
    PUT: withPaths('PUT'),
    PATCH: withPaths('PATCH'),
    DELETE: withPaths('DELETE'),
  };
}

type Schemas = components['schemas'];
export type MessageRequest = Schemas['MessageRequest'];
export type Message = Schemas['Message'];
export type MessagesList = Schemas['MessagesList'];
export type ListMessageItem = Schemas['ListMessageItem'];
export type PageInfo = Schemas['PageInfo'];
export type MessageStatus = Schemas['MessageStatus'];
export type MessageType = Schemas['MessageType'];
export type ProductType = Schemas['ProductType'];
export type MessageDetailRecord = Schemas['MessageDetailRecord'];
export type MessageDetailRecords = Schemas['MessageDetailRecords'];
export type Media = Schemas['Media'];
export type MediaList = Schemas['MediaList'];
export type MultiChannelMessageRequest = Schemas['MultiChannelMessageRequest'];
export type MultiChannelMessageResponse = Schemas['MultiChannelMessageResponse'];
/**
 * The body of a v2 error response: `{type, description}` (createMessage's 400 adds `fieldErrors`),
 * or the documented 404 body `{timestamp, status, error, message, path}`.
 */
export type ErrorBody = Schemas['MessagingRequestError'] | Schemas['CreateMessageRequestError'] | Schemas['NotFoundError'];
/** The error body of `createMultiChannelMessage`. */
export type MultiChannelErrorBody = Schemas['MultiChannelError'];
