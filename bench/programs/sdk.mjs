// @ts-check
// The tiny program of the bundle-size and cold-start benchmarks: list messages with bandwidth-sdk.
// `basePath` replaces the SDK's per-operation server (checked by bench/lib/sdk-base-path.mjs).
import { Configuration, MessagesApi } from 'bandwidth-sdk';

/** @param {string} baseUrl */
export async function listMessages(baseUrl) {
  const api = new MessagesApi(new Configuration({ username: 'api-user', password: 'api-password', basePath: baseUrl }));
  const { data } = await api.listMessages('12345', '1589228074636lm4k2je7j7jklbn2');
  return data;
}
