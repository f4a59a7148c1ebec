export * from './client.js';
export { paginateMessages, type ListMessagesQuery } from './paginate.js';
export type { components, operations, paths } from './generated/openapi.js';
export { parameterRules } from './generated/parameters.js';
export {
  ApiError,
  InvalidParameterError,
  isApiError,
  MessagingContractsError,
  NetworkError,
  PaginationError,
  ResponseParseError,
  TimeoutError,
  type ApiResult,
  type RetryOptions,
} from '@messaging-contracts/runtime';
