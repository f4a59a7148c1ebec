export * from './client.js';
export { paginateMedia, paginateMessages, type ListMessagesQuery } from './paginate.js';
export { downloadMedia, MAX_MEDIA_BYTES, uploadMedia, type MediaBody, type MediaPath, type UploadMediaParams } from './media.js';
export type { components, operations, paths } from './generated/openapi.js';
export { parameterRules } from './generated/parameters.js';
// Errors, options and helpers every client shares (ApiError, isApiError, RetryOptions, …).
export * from '@messaging-contracts/runtime';
