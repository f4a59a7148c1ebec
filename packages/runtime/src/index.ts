export { createApiClient, type ApiClient, type ApiClientOptions, type ApiMethod, type ApiResult, type CallOptions, type SuccessData } from './client.js';
export { clientFactory, type ClientOptions } from './factory.js';
export { basicAuthorization, type Auth, type BasicAuth, type BearerAuth } from './auth.js';
export {
  ApiError,
  InvalidParameterError,
  isApiError,
  MessagingContractsError,
  NetworkError,
  PaginationError,
  ResponseParseError,
  TimeoutError,
  type RequestInfo,
} from './errors.js';
export { parseLinkHeader } from './link-header.js';
export { paginate, paginatePages, type PaginateOptions } from './paginate.js';
export { validateParameters, type ParameterLocation, type ParameterRule, type ParameterRules } from './parameters.js';
export { retryDelayFromHeaders } from './rate-limit.js';
export { createTransport, type FetchLike, type RetryEvent, type RetryOptions, type TransportOptions } from './transport.js';
