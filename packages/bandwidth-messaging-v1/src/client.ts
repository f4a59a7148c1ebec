import { clientFactory, type ApiClient } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';
import { parameterRules } from './generated/parameters.js';

export const PRODUCTION_BASE_URL = 'https://api.catapult.inetwork.com/v1';

export type CatapultMessagingClient = ApiClient<paths>;

/**
 * A typed client of Bandwidth's Catapult Messaging API v1. Authenticate with HTTP Basic:
 * `username` is your API token, `password` your API secret.
 */
export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules });

/**
 * The ID of the message a `sendMessage` created: the last segment of its `Location` header
 * (`.../users/{userId}/messages/{messageId}`).
 */
export function createdMessageId(response: Response): string {
  const location = response.headers.get('location');
  const id = location ? decodeURIComponent(new URL(location, response.url || 'http://localhost').pathname.split('/').pop() ?? '') : '';
  if (!id) throw new TypeError(`The response (${response.status}) has no Location header naming the new message`);
  return id;
}

type Schemas = components['schemas'];
export type Message = Schemas['Message'];
export type SendMessageRequest = Schemas['SendMessageRequest'];
export type MessageState = Schemas['MessageState'];
export type DeliveryState = Schemas['DeliveryState'];
export type DeliveryCode = Schemas['DeliveryCode'];
/** The body of a v1 error response: `{ category, code, message, details }`. */
export type ErrorBody = Schemas['ApiError'];
