import { describe, expect, it } from 'vitest';
import { apis, loadSpec } from '../support/spec.js';
import { CREDENTIALS, loadWebhooks } from './apis.js';
import { examplesOf } from './examples.js';

// A receiver must accept what the provider may really send: a refused callback is retried, then lost.
// Bandwidth v1's documents give callback times as "UTC, ISO 8601", which allows forms RFC 3339 does not.
describe('Bandwidth v1 callback times', () => {
  const api = apis.find((candidate) => candidate.name === 'bandwidth-messaging-v1')!;

  it.each(['2016-12-01T16:04:49', '20161201T160449Z'])(
    'accepts the ISO 8601 time %s, which is not an RFC 3339 date-time',
    async (time) => {
      const module = await loadWebhooks('@messaging-contracts/bandwidth-messaging-v1');
      const example = examplesOf((await loadSpec(api)).document).find((candidate) => candidate.method === 'POST');
      expect(example, 'a documented POST callback example').toBeDefined();
      const event = { ...(example!.value as Record<string, unknown>), time };
      const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
      const delivery = await receiver.receive(module.createTestCallbackRequest(event, { credentials: CREDENTIALS }));
      expect(delivery.events[0]?.event).toMatchObject({ time });
    },
  );
});
