import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../support/spec.js';
import { CREDENTIALS, loadWebhooks, webhookApis, type WebhooksModule } from './apis.js';
import { examplesOf, type ExampleCallback } from './examples.js';

// Every example payload a spec documents for its webhooks, read from the bundled spec (so a new
// example is covered without an edit here), must be accepted by the package's receiver, sent the way
// the provider sends it: a body per media type, or a GET query string built from the parameters'
// examples of the same name.

describe.each(webhookApis.map((entry) => [entry.api.name, entry] as const))(
  '%s documented callback examples',
  (_name, { api, packageName }) => {
    let module: WebhooksModule;
    let examples: ExampleCallback[];

    beforeAll(async () => {
      module = await loadWebhooks(packageName);
      examples = examplesOf((await loadSpec(api)).document);
    });

    it('documents examples for its webhooks', () => {
      expect(examples.length, `${api.name}'s webhooks have no examples`).toBeGreaterThan(0);
    });

    it('accepts every one, with a dedupe key per event', async () => {
      const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
      const refused: string[] = [];
      for (const example of examples) {
        try {
          const delivery = await receiver.receive(example.request());
          expect(delivery.events, example.name).toHaveLength(example.events);
          for (const { dedupeKey } of delivery.events) expect(dedupeKey, example.name).toMatch(/^\[.+\]$/);
        } catch (error) {
          refused.push(`${example.name}: ${String(error)}`);
        }
      }
      expect(refused, `Documented examples the receiver refuses:\n${refused.join('\n')}`).toEqual([]);
    });

    it('gives the same event the same dedupe key on every delivery, and distinct events distinct keys', async () => {
      const receiver = module.createCallbackReceiver({ credentials: CREDENTIALS });
      const keysByExample = new Map<string, string[]>();
      for (const example of examples) {
        const first = await receiver.receive(example.request());
        const again = await receiver.receive(example.request());
        expect(again.events.map((event) => event.dedupeKey)).toEqual(first.events.map((event) => event.dedupeKey));
        keysByExample.set(
          example.name,
          first.events.map((event) => event.dedupeKey),
        );
      }
      // Within one delivery, events are distinct.
      for (const [name, keys] of keysByExample) expect(new Set(keys).size, name).toBe(keys.length);
    });
  },
);
