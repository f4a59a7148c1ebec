// @ts-check
// The webhook files alone, for the receiver's tests (tests/webhooks/support.ts); generate.mjs renders them with the rest.
export { renderWebhookValidators } from './generate.mjs';
