export * from './client.js';
export { paginateMessages, type ListMessagesQuery } from './paginate.js';
export { MAX_MESSAGES_PER_BATCH, redactMessageText, sendMessages, type BatchSendOutcome } from './messages.js';
export { deleteMedia, downloadMedia, uploadMedia, type MediaBody } from './media.js';
export type { components, operations, paths } from './generated/openapi.js';
export { parameterRules } from './generated/parameters.js';
// Errors, options and helpers every client shares (ApiError, isApiError, RetryOptions, …).
export * from '@messaging-contracts/runtime';
