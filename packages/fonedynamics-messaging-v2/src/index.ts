export * from './client.js';
export { dateRange, fromEpochSeconds, MAX_SCHEDULE_AHEAD_SECONDS, MAX_SCHEDULE_PAST_SECONDS, scheduleAt, toEpochSeconds } from './epoch.js';
export { paginateMessages, type SearchMessagesQuery } from './paginate.js';
export type { components, operations, paths } from './generated/openapi.js';
export { parameterRules } from './generated/parameters.js';
// Errors, options and helpers every client shares (ApiError, isApiError, RetryOptions, …).
export * from '@messaging-contracts/runtime';
