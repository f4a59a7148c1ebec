import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { WebhookOperation } from '@messaging-contracts/runtime/webhooks';
import { repoRoot, type Api } from '../../scripts/lib/apis.mjs';
import { renderWebhookValidators } from '../../scripts/lib/webhook-validators.mjs';

export const fixtureRoot = join(repoRoot, 'tests', 'webhooks', 'fixtures', 'spec', 'openapi.yaml');

/** The fixture spec's webhook operations, generated exactly as `npm run generate` does for an API, into a temp dir. */
export async function loadFixtureOperations(): Promise<readonly WebhookOperation[]> {
  const dir = await mkdtemp(join(tmpdir(), 'webhook-fixture-'));
  const api = {
    name: 'fixture',
    root: fixtureRoot,
    specDir: dirname(fixtureRoot),
    typesFile: join(dir, 'openapi.ts'),
  } as Api;
  const files = await renderWebhookValidators(api);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of files) await writeFile(join(dir, basename(file)), content);
  const module = (await import(join(dir, 'webhooks.ts'))) as { webhookOperations: readonly WebhookOperation[] };
  return module.webhookOperations;
}

/** Everything an error exposes to a logger: message, stack, JSON, util.inspect, String(). */
export async function everythingLogged(error: unknown): Promise<string> {
  const { inspect } = await import('node:util');
  const err = error as Error;
  return [
    String(err),
    err.message,
    err.stack ?? '',
    JSON.stringify(err),
    inspect(err, { depth: 10, showHidden: true }),
  ].join('\n');
}
