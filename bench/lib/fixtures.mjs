// @ts-check
// What every benchmarked request sends and receives: the spec's own examples, so the local server
// answers with bodies the contract accepts and every option parses the same bytes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = join(repoRoot, 'bench');
const examplesDir = join(repoRoot, 'specs', 'bandwidth-messaging-v2', 'components', 'examples');

/** @param {string} name @returns {any} the example's `value` */
function example(name) {
  return parse(readFileSync(join(examplesDir, `${name}.yaml`), 'utf8')).value;
}

/** listMessages answers this (200). */
export const listMessagesBody = example('ListMessagesByMessageId');
/** createMessage answers this (202). */
export const createMessageBody = example('CreateMessageAccepted');
/** createMessage sends this. */
export const messageRequest = example('CreateMessageRequest');

export const ACCOUNT_ID = '12345';
/** listMessages searches by this message ID (the one in the example answer). */
export const MESSAGE_ID = listMessagesBody.messages[0].messageId;
export const USERNAME = 'api-user';
export const PASSWORD = 'api-password';
export const MESSAGES_PATH = `/users/${ACCOUNT_ID}/messages`;
