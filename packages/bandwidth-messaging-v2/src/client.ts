import { createApiClient, type ApiClient, type ApiClientOptions } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';
import { parameterRules } from './generated/parameters.js';

export const PRODUCTION_BASE_URL = 'https://messaging.bandwidth.com/api/v2';

export type ClientOptions = Omit<ApiClientOptions, 'auth' | 'baseUrl' | 'parameterRules'> & {
  /** Default: production. Point it at the mock with `http://127.0.0.1:4010`. */
  baseUrl?: string;
} & (
    | { /** Dashboard API username (HTTP Basic). */ username: string; /** Dashboard API password. */ password: string; accessToken?: never }
    | { /** An OAuth 2.0 access token, or a function returning a fresh one per request. */ accessToken: string | (() => string | Promise<string>); username?: never; password?: never }
  );

export type BandwidthMessagingClient = ApiClient<paths>;

/** A typed client of the Bandwidth Messaging API v2. */
export function createClient(options: ClientOptions): BandwidthMessagingClient {
  const { username, password, accessToken, baseUrl = PRODUCTION_BASE_URL, ...rest } = options;
  const auth = accessToken !== undefined ? { token: accessToken } : { username: username as string, password: password as string };
  return createApiClient<paths>({ ...rest, baseUrl, auth, parameterRules });
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
/** The body of a v2 error response; `createMessage`'s 400 adds `fieldErrors`. */
export type ErrorBody = Schemas['MessagingRequestError'] | Schemas['CreateMessageRequestError'];
