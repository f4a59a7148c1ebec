import { describe, expectTypeOf, it } from 'vitest';
import type * as V1 from '@messaging-contracts/bandwidth-messaging-v1/webhooks';
import type * as V2 from '@messaging-contracts/bandwidth-messaging-v2/webhooks';
import type * as Fone from '@messaging-contracts/fonedynamics-messaging-v2/webhooks';

// The event unions generated from the specs narrow on their type field.

describe('callback event types', () => {
  it('Bandwidth v2: a union of the ten documented spellings, narrowed by `type`', () => {
    expectTypeOf<V2.CallbackEventType>().toEqualTypeOf<
      | 'message-sending'
      | 'message-sent'
      | 'message-delivered'
      | 'message-failed'
      | 'message-read'
      | 'message-received'
      | 'suggestion-response'
      | 'requested-location-response'
      | 'request-location-response'
      | 'location-request-response'
    >();
    expectTypeOf<V2.StatusCallbackEvent['type']>().toEqualTypeOf<
      'message-sending' | 'message-sent' | 'message-delivered' | 'message-failed' | 'message-read'
    >();
    const handle = (event: V2.CallbackEvent) => {
      if (event.type === 'message-failed') expectTypeOf(event.errorCode).not.toBeNever();
      if (event.type === 'message-received')
        expectTypeOf(event).toEqualTypeOf<V2.CallbackEventOf<'message-received'>>();
    };
    expectTypeOf(handle).toBeFunction();
    expectTypeOf<V2.CallbackEventOf<'message-delivered'>['message']['id']>().toEqualTypeOf<string>();
  });

  it('Bandwidth v1: narrowed by `eventType`', () => {
    expectTypeOf<V1.CallbackEventType>().toEqualTypeOf<'sms' | 'mms'>();
    expectTypeOf<V1.CallbackEventOf<'mms'>['messageId']>().toEqualTypeOf<string>();
  });

  it('Fone Dynamics: narrowed by `Event`', () => {
    expectTypeOf<Fone.CallbackEventType>().toEqualTypeOf<'Message.Received' | 'Message.DeliveryReceiptReceived'>();
    expectTypeOf<Fone.CallbackEventOf<'Message.Received'>['Message.Sid']>().toEqualTypeOf<string>();
  });

  it('receivers return deliveries of the package event union', () => {
    expectTypeOf<
      ReturnType<V2.CallbackReceiver<V2.CallbackEvent>['verify']>['events'][number]['event']
    >().toEqualTypeOf<V2.CallbackEvent>();
    expectTypeOf<ReturnType<typeof V2.createCallbackReceiver>>().toEqualTypeOf<V2.CallbackReceiver<V2.CallbackEvent>>();
  });
});
