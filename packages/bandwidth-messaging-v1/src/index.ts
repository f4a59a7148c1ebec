import type { ApiClient } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';

// From the spec: PRODUCTION_BASE_URL, createClient, the schema types (Message, SendMessageRequest,
// MessageEvent, …), paginateMessages, parameterRules, and the runtime's errors, options and helpers.
// The runtime's ApiError class keeps its name; the spec's `ApiError` body is ErrorBody below.
export * from './generated/client.js';
export { createdMessageId, messageIdFromLocation } from './location.js';
export { MAX_MESSAGES_PER_BATCH, redactMessageText, sendMessages, type BatchSendOutcome } from './messages.js';
export { deleteMedia, downloadMedia, uploadMedia, type MediaBody } from './media.js';

/**
 * A typed client of Bandwidth's Catapult Messaging API v1. Authenticate with HTTP Basic:
 * `username` is your API token, `password` your API secret.
 */
export type CatapultMessagingClient = ApiClient<paths>;

/** The body of a v1 error response: `{ category, code, message?, details? }`. */
export type ErrorBody = components['schemas']['ApiError'];
