/**
 * Generated from specs/bandwidth-messaging-v1/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import { clientFactory } from '@messaging-contracts/runtime';
import type { components, paths } from './openapi.js';
import { parameterRules } from './parameters.js';

export type { components, operations, paths } from './openapi.js';
export { parameterRules } from './parameters.js';
export * from './paginate.js';
// Errors, options and helpers every client shares (ApiError, isApiError, RetryOptions, …).
export * from '@messaging-contracts/runtime';

/** The production server, the spec's `servers[0]`: Production (Catapult). */
export const PRODUCTION_BASE_URL = 'https://api.catapult.inetwork.com/v1';

/**
 * A typed client of Bandwidth Messaging API v1 (Catapult). Authenticate with HTTP Basic (`username`, `password`).
 * `baseUrl` defaults to PRODUCTION_BASE_URL; point it at a mock or the sandbox to test.
 */
export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules });

// The spec's component schemas, by name (not ApiError: the name is taken; use components['schemas'][…]).
// MessageEvent: named <schema>Schema, as a global type has the schema's name.
type Schemas = components['schemas'];
export type MessageDirection = Schemas['MessageDirection'];
export type MessageState = Schemas['MessageState'];
export type DeliveryState = Schemas['DeliveryState'];
export type ReceiptRequested = Schemas['ReceiptRequested'];
export type DeliveryCode = Schemas['DeliveryCode'];
export type Message = Schemas['Message'];
export type ApiErrorDetail = Schemas['ApiErrorDetail'];
export type CallbackHttpMethod = Schemas['CallbackHttpMethod'];
export type CallbackTimeout = Schemas['CallbackTimeout'];
export type SendMessageRequest = Schemas['SendMessageRequest'];
export type SendMessageBatch = Schemas['SendMessageBatch'];
export type SendMessageAccepted = Schemas['SendMessageAccepted'];
export type SendMessageRejected = Schemas['SendMessageRejected'];
export type SendMessageResult = Schemas['SendMessageResult'];
export type RedactMessageTextRequest = Schemas['RedactMessageTextRequest'];
export type Media = Schemas['Media'];
export type SmsEvent = Schemas['SmsEvent'];
export type MmsEvent = Schemas['MmsEvent'];
export type MessageEventSchema = Schemas['MessageEvent'];
/** @deprecated MessageEvent is also a global type, which this name shadows: use MessageEventSchema. */
export type MessageEvent = MessageEventSchema;
