import { describe, expect, it } from 'vitest';
import { eventTypeField } from '../../scripts/lib/client-code.mjs';
import { apis } from '../support/spec.js';

// Which field tells a spec's callback events apart, as the generator reads it from their constants.
describe('eventTypeField', () => {
  const api = apis[0]!;
  const event = (constants: Record<string, string[]>) => ({ constants });

  it('is the one constant whose values differ between events (the other constants are fixed)', () => {
    const inputs = [
      {
        events: [
          event({ Action: ['Webhook'], Event: ['Message.Received'] }),
          event({ Action: ['Webhook'], Event: ['Message.DeliveryReceiptReceived'] }),
        ],
      },
    ];
    expect(eventTypeField(api, inputs)).toBe('Event');
  });

  it('is the declared discriminator when the inputs have one', () => {
    expect(
      eventTypeField(api, [{ discriminator: 'type', events: [event({ type: ['a'] }), event({ type: ['b'] })] }]),
    ).toBe('type');
  });

  it('is the only constant field of a spec with a single event type', () => {
    expect(eventTypeField(api, [{ events: [event({ type: ['message-status'] })] }])).toBe('type');
  });

  it('is refused when nothing tells the events apart', () => {
    expect(() =>
      eventTypeField(api, [{ events: [event({ a: ['x'], b: ['y'] }), event({ a: ['x'], b: ['y'] })] }]),
    ).toThrow(/told apart by one field/);
  });
});
