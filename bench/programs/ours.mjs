// @ts-check
// The tiny program of the bundle-size and cold-start benchmarks: list messages with our v2 client.
import { createClient } from '@messaging-contracts/bandwidth-messaging-v2';

/** @param {string} baseUrl */
export async function listMessages(baseUrl) {
  const client = createClient({ username: 'api-user', password: 'api-password', baseUrl });
  const { data } = await client.GET('/users/{accountId}/messages', {
    params: { path: { accountId: '12345' }, query: { messageId: '1589228074636lm4k2je7j7jklbn2' } },
  });
  return data;
}
