import type { ApiClient } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';

// From the spec: PRODUCTION_BASE_URL, createClient, serializePath, the schema types, paginateMessages
// and paginateMedia, parameterRules, and the runtime's errors, options and helpers.
export * from './generated/client.js';
export {
  downloadMedia,
  MAX_MEDIA_BYTES,
  uploadMedia,
  type MediaBody,
  type MediaPath,
  type UploadMediaParams,
} from './media.js';

/**
 * A typed client of the Bandwidth Messaging API v2. Authenticate with your API credentials
 * (`username`, `password`) or an OAuth 2.0 `accessToken`.
 */
export type BandwidthMessagingClient = ApiClient<paths>;

/**
 * The body of a v2 error response: `{type, description}` (createMessage's 400 adds `fieldErrors`),
 * or the documented 404 body `{timestamp, status, error, message, path}`.
 */
export type ErrorBody =
  | components['schemas']['MessagingRequestError']
  | components['schemas']['CreateMessageRequestError']
  | components['schemas']['NotFoundError'];
/** The error body of `createMultiChannelMessage`. */
export type MultiChannelErrorBody = components['schemas']['MultiChannelError'];
