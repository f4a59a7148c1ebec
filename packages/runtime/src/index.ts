export {
  createApiClient,
  type ApiClient,
  type ApiClientOptions,
  type ApiMethod,
  type ApiResult,
  type CallOptions,
  type SuccessData,
} from './client.js';
export { clientFactory, type ClientOptions } from './factory.js';
export { basicAuthorization, bearerAuthorization, type Auth, type BasicAuth, type BearerAuth } from './auth.js';
export {
  ApiError,
  apiErrorFor,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ERROR_BODY_LIMIT,
  ExchangeError,
  InternalServerError,
  InvalidParameterError,
  isApiError,
  MessagingContractsError,
  NetworkError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  ResponseTooLargeError,
  TimeoutError,
  UnprocessableEntityError,
  type ApiErrorInit,
  type RequestInfo,
} from './errors.js';
export { BufferedResponse } from './buffered-response.js';
export { REDACTED, type LogEvent, type Logger, type LogOptions } from './log.js';
export { parseLinkHeader, resolveLink } from './link-header.js';
export { DEFAULT_MAX_PAGES, paginate, paginatePages, type PaginateOptions } from './paginate.js';
export {
  paginateByBodyCursor,
  paginateByHeader,
  paginateByLinkHeader,
  paginateByOffset,
  type PageOptions,
} from './paging.js';
export { pathSerializerFor } from './slashed-paths.js';
export { checkRequestParameters, safeUrl } from './request-checks.js';
export { validateParameters, type ParameterLocation, type ParameterRule, type ParameterRules } from './parameters.js';
export { retryDelayFromBody, retryDelayFromHeaders } from './rate-limit.js';
export { segments, type Segments } from './segments.js';
export {
  createTransport,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_REQUEST_ID_HEADERS,
  requestIdOf,
  type FetchLike,
  type RetryEvent,
  type RetryOptions,
  type TransportOptions,
} from './transport.js';
