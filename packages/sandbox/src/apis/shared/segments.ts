// How many SMS segments a text takes: the runtime's `segments()`, which each client package exports
// too, so the sandbox counts as users count before they send. The per-message limits (160 GSM-7
// characters, 70 UCS-2) agree with Bandwidth/api-docs site/docs/messaging/webhooks.mdx (`segmentCount`).
import { segments } from '@messaging-contracts/runtime';

/** Segment count of a text message (0 for an empty text). */
export function smsSegmentCount(text: string): number {
  return segments(text).count;
}
