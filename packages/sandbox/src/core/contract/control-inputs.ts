// The contract, part 4: control-API inputs that reach the API folder.

/** Forced through the control API: the next send of `operationId` ends in a carrier failure. */
export interface ForcedCarrierFailure {
  /** The API's documented failure code (v2 `errorCode` 4xxx/47xx/5xxx, v1 `deliveryCode`, Fone status code). */
  readonly errorCode: number | string;
  /** Optional description; the API folder uses its documented one for the code otherwise. */
  readonly description?: string;
}

/** An inbound message injected through the control API (as if a handset had sent it). */
export interface InboundInjection {
  /** The sender's number (E.164). */
  readonly from: string;
  /** The sandbox-side number(s) it was sent to. */
  readonly to: string | readonly string[];
  readonly text?: string;
  readonly media?: readonly string[];
  /**
   * API-specific fields (e.g. v2 applicationId, v1 callbackUrl of the number's application,
   * Fone PropertySid and WebhookUri), documented by the API folder.
   */
  readonly fields?: Readonly<Record<string, unknown>>;
}
