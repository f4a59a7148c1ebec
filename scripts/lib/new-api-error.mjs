// @ts-check

/** A refusal or failure of `npm run new-api` the user can act on; `details` is tool output (redocly's file:line problems). */
export class NewApiError extends Error {
  /** @param {string} message @param {string} [details] */
  constructor(message, details) {
    super(message);
    this.name = 'NewApiError';
    this.details = details;
  }
}
