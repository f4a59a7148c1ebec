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
/** The body of a Fone Dynamics error response: `{ ResponseStatus: { ErrorCode, Message } }`. */
export type ErrorBody = Schemas['ErrorResponse'];
