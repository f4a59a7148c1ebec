/**
 * Generated from specs/bandwidth-messaging-v2/ by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */

import { clientFactory, pathSerializerFor } from '@messaging-contracts/runtime';
import type { components, paths } from './openapi.js';
import { parameterRules } from './parameters.js';

export type { components, operations, paths } from './openapi.js';
export { parameterRules } from './parameters.js';
export * from './paginate.js';
// Errors, options and helpers every client shares (ApiError, isApiError, RetryOptions, …).
export * from '@messaging-contracts/runtime';

/** The production server, the spec's `servers[0]`: Production. */
export const PRODUCTION_BASE_URL = 'https://messaging.bandwidth.com/api/v2';

/** Path parameters the spec marks `x-allowSlashes`: their `/` separates path segments and is sent as is. */
const SLASHED_PATH_PARAMETERS = ['mediaId'] as const;

/**
 * A typed client of Bandwidth Messaging API v2. Authenticate with HTTP Basic (`username`, `password`) or a bearer `accessToken` (a string, or a function returning a fresh one).
 * `baseUrl` defaults to PRODUCTION_BASE_URL; point it at a mock or the sandbox to test.
 * The slashes of `mediaId` are sent as they are (see `serializePath`).
 */
export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules, slashedPathParameters: SLASHED_PATH_PARAMETERS });

/**
 * Builds the request path: each parameter is percent-encoded once, except that the `/` of an
 * `x-allowSlashes` parameter is kept (each part between slashes is encoded on its own). Pass it as
 * `pathSerializer` to calls made through `client.raw`, which otherwise sends `/` as `%2F`.
 */
export const serializePath = pathSerializerFor(SLASHED_PATH_PARAMETERS);

// The spec's component schemas, by name (not NotFoundError: the name is taken; use components['schemas'][…]).
// MediaList: named <schema>Schema, as a global type has the schema's name.
type Schemas = components['schemas'];
export type MessageStatus = Schemas['MessageStatus'];
export type ListMessageDirection = Schemas['ListMessageDirection'];
export type MessageType = Schemas['MessageType'];
export type ProductType = Schemas['ProductType'];
export type PageInfo = Schemas['PageInfo'];
export type ListMessageItem = Schemas['ListMessageItem'];
export type MessagesList = Schemas['MessagesList'];
export type MessagingRequestError = Schemas['MessagingRequestError'];
export type E164Number = Schemas['E164Number'];
export type Priority = Schemas['Priority'];
export type MessageRequest = Schemas['MessageRequest'];
export type MessageDirection = Schemas['MessageDirection'];
export type Message = Schemas['Message'];
export type FieldError = Schemas['FieldError'];
export type CreateMessageRequestError = Schemas['CreateMessageRequestError'];
export type RbmAction = Schemas['RbmAction'];
export type RbmSuggestions = Schemas['RbmSuggestions'];
export type RbmText = Schemas['RbmText'];
export type RbmFile = Schemas['RbmFile'];
export type RbmMedia = Schemas['RbmMedia'];
export type RbmCardContent = Schemas['RbmCardContent'];
export type RbmStandaloneCard = Schemas['RbmStandaloneCard'];
export type RbmCarouselCard = Schemas['RbmCarouselCard'];
export type MultiChannelRbmItem = Schemas['MultiChannelRbmItem'];
export type MultiChannelSmsItem = Schemas['MultiChannelSmsItem'];
export type MultiChannelMmsFile = Schemas['MultiChannelMmsFile'];
export type MultiChannelMmsItem = Schemas['MultiChannelMmsItem'];
export type MultiChannelChannelItem = Schemas['MultiChannelChannelItem'];
export type MultiChannelMessageRequest = Schemas['MultiChannelMessageRequest'];
export type MultiChannelLink = Schemas['MultiChannelLink'];
export type MultiChannelMessageData = Schemas['MultiChannelMessageData'];
export type MultiChannelErrorObject = Schemas['MultiChannelErrorObject'];
export type MultiChannelMessageResponse = Schemas['MultiChannelMessageResponse'];
export type MultiChannelError = Schemas['MultiChannelError'];
export type MdrBlank = Schemas['MdrBlank'];
export type MessagingErrorCode = Schemas['MessagingErrorCode'];
export type MdrMessageStatus = Schemas['MdrMessageStatus'];
export type MessageDetailRecord = Schemas['MessageDetailRecord'];
export type MessageDetailRecords = Schemas['MessageDetailRecords'];
export type Media = Schemas['Media'];
export type MediaListSchema = Schemas['MediaList'];
export type StatusCallbackEventMessageSending = Schemas['StatusCallbackEventMessageSending'];
export type StatusCallbackEventMessageSent = Schemas['StatusCallbackEventMessageSent'];
export type StatusCallbackEventMessageDelivered = Schemas['StatusCallbackEventMessageDelivered'];
export type StatusCallbackEventMessageFailed = Schemas['StatusCallbackEventMessageFailed'];
export type StatusCallbackEventMessageRead = Schemas['StatusCallbackEventMessageRead'];
export type StatusCallbackType = Schemas['StatusCallbackType'];
export type CallbackMessageChannel = Schemas['CallbackMessageChannel'];
export type CallbackMessage = Schemas['CallbackMessage'];
export type StatusCallbackEventBase = Schemas['StatusCallbackEventBase'];
export type StatusCallbackEvent = Schemas['StatusCallbackEvent'];
export type InboundCallbackEventMessageReceived = Schemas['InboundCallbackEventMessageReceived'];
export type InboundCallbackEventSuggestionResponse = Schemas['InboundCallbackEventSuggestionResponse'];
export type InboundCallbackEventRequestedLocationResponse = Schemas['InboundCallbackEventRequestedLocationResponse'];
export type InboundCallbackType = Schemas['InboundCallbackType'];
export type CallbackMultiChannelContent = Schemas['CallbackMultiChannelContent'];
export type CallbackSuggestionResponse = Schemas['CallbackSuggestionResponse'];
export type CallbackLocationResponse = Schemas['CallbackLocationResponse'];
export type InboundCallbackMessage = Schemas['InboundCallbackMessage'];
export type InboundCallbackEventBase = Schemas['InboundCallbackEventBase'];
export type InboundCallbackEvent = Schemas['InboundCallbackEvent'];
/** @deprecated MediaList is also a global type, which this name shadows: use MediaListSchema. */
export type MediaList = MediaListSchema;
