import { Configuration, MessagesApi } from 'bandwidth-sdk';
import { describe, expect, it } from 'vitest';
import { expectMatchesSpec, mockUrl } from '../support/mock-client.js';

// Bandwidth's own published SDK, which no one here wrote, must work against the v2 mock.
describe('bandwidth-sdk against the v2 mock', () => {
  const api = () =>
    new MessagesApi(
      new Configuration({
        username: 'api-user',
        password: 'api-password',
        basePath: mockUrl('bandwidth-messaging-v2'),
      }),
    );

  it('creates a message', async () => {
    const { status, data } = await api().createMessage('12345', {
      applicationId: '93de2206-9669-4e07-948d-329f4b722ee2',
      to: new Set(['+15554443333']),
      from: '+15552221111',
      text: 'Hello from the official SDK',
    } as never);
    expect(status).toBe(202);
    await expectMatchesSpec('bandwidth-messaging-v2', 'createMessage', 202, data);
  });

  it('lists messages with filters', async () => {
    const { status, data } = await api().listMessages(
      '12345',
      undefined,
      '+15554443333',
      undefined,
      'DELIVERED' as never,
    );
    expect(status).toBe(200);
    await expectMatchesSpec('bandwidth-messaging-v2', 'listMessages', 200, data);
  });
});
