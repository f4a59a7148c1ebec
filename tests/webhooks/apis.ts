import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  BasicAuth,
  CallbackApiDefinition,
  CallbackReceiver,
  CallbackReceiverOptions,
  TestCallbackOptions,
} from '@messaging-contracts/runtime/webhooks';
import { apis } from '../support/spec.js';

/** What every client package's `./webhooks` entry exports (packages/<api>/src/webhooks.ts). */
export interface WebhooksModule {
  callbackApi: CallbackApiDefinition<Record<string, unknown>>;
  createCallbackReceiver(options: CallbackReceiverOptions): CallbackReceiver<Record<string, unknown>>;
  createTestCallbackRequest(
    events: unknown,
    options: TestCallbackOptions & { credentials: BasicAuth | false },
  ): Request;
  CallbackAuthError: new (...args: never[]) => Error;
  CallbackValidationError: new (...args: never[]) => Error;
}

/** Every API of redocly.yaml whose spec has webhooks, with its package's `./webhooks` module, loaded from the built package. */
export const webhookApis = apis
  .map((api) => ({
    api,
    packageName: JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')).name as string,
  }))
  .filter(({ api }) => /^webhooks:/m.test(readFileSync(api.root, 'utf8')));

export async function loadWebhooks(packageName: string): Promise<WebhooksModule> {
  return (await import(`${packageName}/webhooks`)) as WebhooksModule;
}

/** Credentials used across the tests; the password is distinctive so a leak is easy to find. */
export const CREDENTIALS = { username: 'callback-user', password: 'pw-Secr3t-7f3a9c' } as const;

/** Whether a module's single-event test helper takes one event or a list (v2's takes a list, like its wire format). */
export function testRequest(
  module: WebhooksModule,
  events: unknown[],
  options: TestCallbackOptions & { credentials: BasicAuth | false },
): Request {
  const envelopeIsArray = module.callbackApi.operations.some((operation) =>
    operation.inputs.some((input) => input.envelope === 'array'),
  );
  return module.createTestCallbackRequest(envelopeIsArray ? events : events[0], options);
}
