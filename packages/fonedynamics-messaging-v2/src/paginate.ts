import { paginate } from '@messaging-contracts/runtime';
import type { FoneDynamicsClient, MessageResource } from './client.js';
import type { operations } from './generated/openapi.js';

type SearchMessagesParameters = operations['searchMessages']['parameters']['query'];
export type SearchMessagesQuery = Omit<SearchMessagesParameters, 'Results_Skip'>;

/** The page size the API uses when `Results_Count` is left out. */
const DEFAULT_RESULTS_COUNT = 200;

/**
 * Every message a search matches, page after page: `Results_Skip` advances by the messages
 * received, and a page shorter than `Results_Count` is the last.
 */
export function paginateMessages(
  client: FoneDynamicsClient,
  params: { path: { PropertySid: string }; query: SearchMessagesQuery },
  options: { maxPages?: number } = {},
): AsyncGenerator<MessageResource, void, undefined> {
  const pageSize = params.query.Results_Count ?? DEFAULT_RESULTS_COUNT;
  return paginate<{ skip: number; messages: MessageResource[] }, MessageResource, number>({
    ...options,
    fetchPage: async (skip = 0) => {
      // Typed, so that a spec without `Results_Skip` fails to compile here.
      const query: SearchMessagesParameters = { ...params.query, Results_Skip: skip };
      const { data } = await client.GET('/v2/Properties/{PropertySid}/Messages', { params: { path: params.path, query } });
      return { skip, messages: data.Messages };
    },
    items: (page) => page.messages,
    next: (page) => (page.messages.length < pageSize ? undefined : page.skip + page.messages.length),
  });
}
