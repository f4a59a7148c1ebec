import { clientFactory, type ApiClient } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';
import { parameterRules } from './generated/parameters.js';

export const PRODUCTION_BASE_URL = 'https://messaging.bandwidth.com/api/v2';

export type BandwidthMessagingClient = ApiClient<paths>;

/**
 * A typed client of the Bandwidth Messaging API v2. Authenticate with your Dashboard API
 * credentials (`username`, `password`) or an OAuth 2.0 `accessToken`.
 */
export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules });

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
