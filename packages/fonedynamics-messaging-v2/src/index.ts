import type { ApiClient } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';

// From the spec: PRODUCTION_BASE_URL, createClient, the schema types (MessageResource,
// SendMessageRequest, BatchMessageResult, …), paginateMessages, parameterRules, and the runtime's
// errors, options and helpers.
export * from './generated/client.js';
export { isSentBatchMessage, type SentBatchMessage } from './batch.js';
export { type FetchedMessage, messageOf } from './fetched.js';
export {
  dateRange,
  fromEpochSeconds,
  MAX_SCHEDULE_AHEAD_SECONDS,
  MAX_SCHEDULE_PAST_SECONDS,
  scheduleAt,
  toEpochSeconds,
} from './epoch.js';

/**
 * A typed client of the Fone Dynamics REST API v2 (SMS messages). Authenticate with HTTP Basic:
 * `username` is your AccountSid, `password` your Token.
 */
export type FoneDynamicsClient = ApiClient<paths>;

/** The body of a Fone Dynamics error response: `{ ResponseStatus: { ErrorCode, Message } }`. */
export type ErrorBody = components['schemas']['ErrorResponse'];
