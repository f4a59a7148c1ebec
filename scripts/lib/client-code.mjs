// @ts-check
// Kept for tests/contract/event-type-field.test.ts; the check lives in codegen/checks/webhooks.mjs.
export { eventTypeField } from './codegen/checks/webhooks.mjs';
