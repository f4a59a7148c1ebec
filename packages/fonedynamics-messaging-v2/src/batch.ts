import type { BatchMessageResult } from './generated/client.js';

/** A batch item that was sent: it carries its `MessageSid`. */
export type SentBatchMessage = BatchMessageResult & { MessageSid: string };

/**
 * Whether one message of a batch was sent. Fone Dynamics' own SDKs decide it the same way: a sent
 * item has its `MessageSid`; a failed one has none (absent or `null`), and its `ErrorCode` and
 * `Message` say why.
 */
export function isSentBatchMessage(result: BatchMessageResult): result is SentBatchMessage {
  return typeof result.MessageSid === 'string';
}
