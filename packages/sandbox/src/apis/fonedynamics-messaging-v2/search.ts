// Search SMS messages (`GET /v2/Properties/{PropertySid}/Messages`, seed 003): Date_From
// (inclusive) and Date_To (exclusive) in epoch seconds, Status and Direction filters, and
// Results_Count / Results_Skip paging. Prism has validated each parameter.
import type { SandboxResponse } from '../../core/api-behaviour.js';
import { queryInteger, queryString, type Query } from '../shared/query.js';
import { renderMessage, type StoredMessage } from './messages.js';

/** Seed 003: Results_Count "Default is 200". */
const DEFAULT_COUNT = 200;

export function searchMessages(all: Iterable<StoredMessage>, propertySid: string, query: Query): SandboxResponse {
  const from = queryInteger(query, 'Date_From') ?? 0;
  const to = queryInteger(query, 'Date_To') ?? Number.MAX_SAFE_INTEGER;
  const status = queryString(query, 'Status');
  const direction = queryString(query, 'Direction');
  const matches = [...all].filter(
    (message) =>
      message.PropertySid === propertySid &&
      message.Created >= from &&
      message.Created < to &&
      (status === undefined || message.Status === status) &&
      (direction === undefined || message.Direction === direction),
  );
  // Oldest first, as in seed 003's example answer (Created 1506320553, then 1506321575); the
  // document states no order.
  matches.sort((a, b) => a.Created - b.Created || a.sequence - b.sequence);
  const skip = queryInteger(query, 'Results_Skip') ?? 0;
  const count = queryInteger(query, 'Results_Count') ?? DEFAULT_COUNT;
  return { status: 200, body: { Messages: matches.slice(skip, skip + count).map(renderMessage) } };
}
