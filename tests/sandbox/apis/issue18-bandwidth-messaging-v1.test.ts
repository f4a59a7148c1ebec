import { describe, expect, it } from 'vitest';
import behaviour from '../../../packages/sandbox/src/apis/bandwidth-messaging-v1/index.js';
import type { SandboxResponse } from '../../../packages/sandbox/src/core/api-behaviour.js';
import { expectResponseMatchesOperation, specOf } from './contract.js';
import { fakeContext, validatedRequest, type FakeContext } from './fake-context.js';

// Issue 18 (contract truth, round 3): the v1 sandbox is as strict, and as lenient, as the documents.

const API = 'bandwidth-messaging-v1';
const userId = 'u-abc123';

async function send(context: FakeContext, body: unknown): Promise<SandboxResponse> {
  const response = await behaviour.operations.sendMessage!(
    validatedRequest('sendMessage', { path: `/users/${userId}/messages`, pathParams: { userId }, body }),
    context,
  );
  if (!response) throw new Error('sendMessage left the answer to Prism');
  return response;
}

describe('bandwidth-messaging-v1 sandbox (issue 18)', () => {
  it('v1 callbackTimeout "2000" as a string is accepted and used as 2000 ms, as postMessages.md Example 6 sends it', async () => {
    const context = fakeContext();
    const response = await send(context, {
      from: '+19195551212',
      to: '+19195551213',
      text: 'Thank you for subscribing to Unicorn Enterprises!',
      callbackUrl: 'http://127.0.0.1:9/events',
      callbackTimeout: '2000',
    });
    expect(response.status).toBe(201);
    expectResponseMatchesOperation(await specOf(API), 'sendMessage', response);
    context.advance(10_000);
    expect(context.deliveries.length).toBeGreaterThan(0);
    for (const delivery of context.deliveries) expect(delivery.timeoutMs).toBe(2000);
  });
});
