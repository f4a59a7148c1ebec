/**
 * Generated from specs/fonedynamics-messaging-v2/ by `npm run generate`. Do not edit:
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

/** The production server, the spec's `servers[0]`: Production. */
export const PRODUCTION_BASE_URL = 'https://api.fonedynamics.com';

/**
 * A typed client of Fone Dynamics REST API v2: SMS Messages. Authenticate with HTTP Basic (`username`, `password`).
 * `baseUrl` defaults to PRODUCTION_BASE_URL; point it at a mock or the sandbox to test.
 */
export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules });

// The spec's component schemas, by name.
type Schemas = components['schemas'];
export type MessageStatus = Schemas['MessageStatus'];
export type MessageDirection = Schemas['MessageDirection'];
export type EpochSeconds = Schemas['EpochSeconds'];
export type MessageFields = Schemas['MessageFields'];
export type MessageResource = Schemas['MessageResource'];
export type MessageList = Schemas['MessageList'];
export type ErrorResponse = Schemas['ErrorResponse'];
export type WebhookMethod = Schemas['WebhookMethod'];
export type SendMessageRequest = Schemas['SendMessageRequest'];
export type MessageEnvelope = Schemas['MessageEnvelope'];
export type BatchMessageRequest = Schemas['BatchMessageRequest'];
export type BatchMessageResult = Schemas['BatchMessageResult'];
export type MessageReceivedWebhook = Schemas['MessageReceivedWebhook'];
export type MessageDeliveryReceiptReceivedWebhook = Schemas['MessageDeliveryReceiptReceivedWebhook'];
