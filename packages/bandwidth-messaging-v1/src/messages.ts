import { InvalidParameterError, ResponseParseError, type CallOptions } from '@messaging-contracts/runtime';
import type { CatapultMessagingClient, ErrorBody, SendMessageRequest } from './index.js';
import { messageIdFromLocation } from './location.js';

/** The most messages one batch send may hold (Bandwidth/ap-docs `methods/messages/postMessages.md`). */
export const MAX_MESSAGES_PER_BATCH = 50;

/** The outcome of one message of a batch, in the order sent. */
export type BatchSendOutcome =
  | {
      result: 'accepted' /** The message's URL, as the API gave it. */;
      location: string /** Its last path segment. */;
      messageId: string;
    }
  | { result: 'error'; error: ErrorBody };

/**
 * Sends 1 to 50 messages with one request (`POST /users/{userId}/messages` with a JSON array).
 * Resolves with one outcome per message, in the order given: accepted ones carry their message ID,
 * rejected ones the API's error; one rejected message does not fail the others. Throws
 * InvalidParameterError before sending for an empty batch or one over 50 (the API would answer
 * `403 multi-message-limit`), and the client's usual errors for a non-2xx answer.
 */
export async function sendMessages(
  client: CatapultMessagingClient,
  params: {
    userId: string;
    messages: readonly SendMessageRequest[];
    /** Extra request headers, e.g. `Prefer: code=202` for a Prism mock, which cannot tell a batch from one message. */
    headers?: Record<string, string>;
  } & CallOptions,
): Promise<{ outcomes: BatchSendOutcome[]; response: Response }> {
  const { userId, messages, ...options } = params;
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > MAX_MESSAGES_PER_BATCH) {
    throw new InvalidParameterError({
      parameter: 'messages',
      location: 'body',
      operation: 'sendMessage',
      reason: `must be an array of 1 to ${MAX_MESSAGES_PER_BATCH} messages`,
      // The messages hold text, which is never shown; the count is enough.
      hidden: Array.isArray(messages) ? `${messages.length} messages given` : 'not an array',
    });
  }
  const { data, response } = await client.POST('/users/{userId}/messages', {
    ...options,
    params: { path: { userId } },
    body: [...messages],
  });
  const malformed = (reason: string) =>
    new ResponseParseError({
      status: response.status,
      headers: response.headers,
      bodyText: '',
      request: { method: 'POST', url: response.url },
      reason,
    });
  if (!Array.isArray(data) || data.length !== messages.length)
    throw malformed(`no array of one result per message (${messages.length} sent)`);
  const outcomes = data.map((item, index): BatchSendOutcome => {
    if (item.result === 'accepted') {
      const messageId = messageIdFromLocation(item.location, response.url || undefined);
      if (!messageId) throw malformed(`result ${index} accepted, but its location names no message`);
      return { result: 'accepted', location: item.location, messageId };
    }
    if (item.result === 'error') return { result: 'error', error: item.error };
    throw malformed(`result ${index} neither accepted nor error`);
  });
  return { outcomes, response };
}

/**
 * Redacts the text of a sent message (`PATCH /users/{userId}/messages/{messageId}` with exactly
 * `{"text": ""}`, the only body the API accepts). Resolves once the API answered `200`.
 */
export async function redactMessageText(
  client: CatapultMessagingClient,
  params: { userId: string; messageId: string } & CallOptions,
): Promise<{ response: Response }> {
  const { userId, messageId, ...options } = params;
  // The API documents 200 without a body: read it as text, not as JSON.
  const { response } = await client.PATCH('/users/{userId}/messages/{messageId}', {
    ...options,
    params: { path: { userId, messageId } },
    body: { text: '' },
    parseAs: 'text',
  });
  return { response };
}
