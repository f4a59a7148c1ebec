import { clientFactory, type ApiClient } from '@messaging-contracts/runtime';
import type { components, paths } from './generated/openapi.js';
import { parameterRules } from './generated/parameters.js';

export const PRODUCTION_BASE_URL = 'https://api.fonedynamics.com';

export type FoneDynamicsClient = ApiClient<paths>;

/**
 * A typed client of the Fone Dynamics REST API v2 (SMS messages). Authenticate with HTTP Basic:
 * `username` is your AccountSid, `password` your Token.
 */
export const createClient = clientFactory<paths>({ baseUrl: PRODUCTION_BASE_URL, parameterRules });

type Schemas = components['schemas'];
export type MessageResource = Schemas['MessageResource'];
export type MessageStatus = Schemas['MessageStatus'];
export type MessageDirection = Schemas['MessageDirection'];
export type SendMessageRequest = Schemas['SendMessageRequest'];
/** `POST`/`GET` for a message's webhooks; the SDKs of Fone Dynamics send `Post`/`Get`. */
export type WebhookMethod = Schemas['WebhookMethod'];
/** The body of `POST /v2/Properties/{PropertySid}/BatchMessages`: `{ Messages: [...] }`. */
export type BatchMessageRequest = Schemas['BatchMessageRequest'];
/** One item of a batch send's answer: a sent message resource, or a failure with `ErrorCode` and `Message`. */
export type BatchMessageResult = Schemas['BatchMessageResult'];
/** A batch item that was sent: it carries its `MessageSid`. */
export type SentBatchMessage = BatchMessageResult & { MessageSid: string };

/**
 * Whether one message of a batch was sent. Fone Dynamics' own SDKs decide it the same way: a sent
 * item has its `MessageSid`; a failed one has none, and its `ErrorCode` and `Message` say why.
 */
export function isSentBatchMessage(result: BatchMessageResult): result is SentBatchMessage {
  return typeof result.MessageSid === 'string';
}

/** The body of a Fone Dynamics error response: `{ ResponseStatus: { ErrorCode, Message } }`. */
export type ErrorBody = Schemas['ErrorResponse'];
