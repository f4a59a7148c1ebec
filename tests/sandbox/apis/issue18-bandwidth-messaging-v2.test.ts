import { describe, expect, it } from 'vitest';
import behaviour from '../../../packages/sandbox/src/apis/bandwidth-messaging-v2/index.js';
import { expectResponseMatchesOperation, specOf } from './contract.js';
import { fakeContext, validatedRequest } from './fake-context.js';

// Issue 18 (contract truth, round 3): the v2 sandbox refuses what bandwidth.yml refuses.

const accountId = '12345';
const send = (body: unknown) =>
  behaviour.operations.createMessage!(
    validatedRequest('createMessage', { path: `/users/${accountId}/messages`, pathParams: { accountId }, body }),
    fakeContext(),
  );

describe('bandwidth-messaging-v2 sandbox (issue 18)', () => {
  it('duplicate recipients are refused with the documented 400 naming the repeated number', async () => {
    const response = await send({
      applicationId: 'a',
      from: '+15552221111',
      to: ['+15554443333', '+15554443333'],
      text: 'hi',
    });
    expect(response!.status).toBe(400);
    expect(response!.body).toMatchObject({ type: 'request-validation', fieldErrors: [{ fieldName: 'to.1' }] });
    expectResponseMatchesOperation(await specOf('bandwidth-messaging-v2'), 'createMessage', response!);
  });

  it('v2 to as a single string is sent to that one number', async () => {
    const response = await send({ applicationId: 'a', from: '+15552221111', to: '+15554443333', text: 'hi' });
    expect(response!.status).toBe(202);
    expect((response!.body as { to: string[] }).to).toEqual(['+15554443333']);
  });
});
