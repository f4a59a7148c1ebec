import type { MessageEnvelope, MessageResource } from './generated/client.js';

/** What `GET /v2/Messages/{MessageSid}` answers: the SDKs' envelope or the retrieve page's bare resource. */
export type FetchedMessage = MessageEnvelope | MessageResource;

/**
 * The message of a fetch's answer, whichever documented shape the server used: both SDKs read
 * `{"Message": {...}}`, the helpdesk page "REST API – Retrieve SMS Message" shows a bare message
 * resource. A bare resource has its `MessageSid` at the top; an envelope has only `Message`.
 */
export function messageOf(body: FetchedMessage): MessageResource {
  return 'MessageSid' in body && typeof body.MessageSid === 'string' ? body : (body as MessageEnvelope).Message;
}
