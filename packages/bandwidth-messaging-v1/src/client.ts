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
 * The message ID at the end of a message URL, relative (`/v1/users/{userId}/messages/{messageId}`,
 * as a single send's `Location`) or absolute (as a batch result's `location`). Undefined when the
 * URL names no message.
 */
export function messageIdFromLocation(location: string | null | undefined, base = 'http://localhost'): string | undefined {
  if (!location) return undefined;
  let pathname: string;
  try {
    pathname = new URL(location, base).pathname;
  } catch {
    return undefined;
  }
  const segments = pathname.split('/');
  if (segments.at(-2) !== 'messages') return undefined;
  const last = segments.at(-1);
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

/**
 * The ID of the message a single `sendMessage` created: the last segment of its `Location` header
 * (`/v1/users/{userId}/messages/{messageId}`, relative as the documents print it).
 */
export function createdMessageId(response: Response): string {
  const id = messageIdFromLocation(response.headers.get('location'), response.url || undefined);
  if (!id) throw new TypeError(`The response (${response.status}) has no Location header naming the new message`);
  return id;
}

type Schemas = components['schemas'];
export type Message = Schemas['Message'];
export type SendMessageRequest = Schemas['SendMessageRequest'];
/** One result of a batch send: `{ result: 'accepted', location }` or `{ result: 'error', error }`. */
export type SendMessageResult = Schemas['SendMessageResult'];
export type MessageState = Schemas['MessageState'];
export type DeliveryState = Schemas['DeliveryState'];
/** A documented delivery code (0, 187, …, 999), any other integer, or the code as a string. */
export type DeliveryCode = Schemas['DeliveryCode'];
/** One media file as `listMedia` lists it. */
export type Media = Schemas['Media'];
/** A callback event (`messageEvent` webhook): an SMS or an MMS event, told apart by `eventType`. */
export type MessageEvent = Schemas['MessageEvent'];
export type SmsEvent = Schemas['SmsEvent'];
export type MmsEvent = Schemas['MmsEvent'];
/** The body of a v1 error response: `{ category, code, message?, details? }`. */
export type ErrorBody = Schemas['ApiError'];
