import { describe, expect, it } from 'vitest';
import type { CallCompletion } from '../../src/call/completion';
import type { Effect } from '../../src/call/effects';
import { toCallId, toEngagementId } from '../../src/call/ids';
import type { LiveCall } from '../../src/call/state';
import { engagementProperties } from '../../src/hubspot/engagement';
import type { HubSpotSend } from '../../src/hubspot/messages';
import { sendEffect } from '../../src/hubspot/send-effect';
import { catalogs } from '../../src/i18n/i18n';
import { timelineWordsOf } from '../../src/widget/timeline-words';

const dialPayload = {
  phoneNumber: '+1 410-793-4326',
  objectId: 101,
  objectType: 'CONTACT',
  countryCode: 'US',
  calleeInfo: { calleeId: 101, calleeObjectTypeId: '0-1' },
  toPhoneNumberSrc: 'phone',
};

const call = (overrides: Partial<LiveCall> = {}): LiveCall => ({
  id: toCallId('call-1'),
  direction: 'OUTBOUND',
  dial: {
    phoneNumber: '+1 410-793-4326',
    countryCode: 'US',
    callee: { objectId: 101, objectType: 'CONTACT' },
    context: dialPayload,
  },
  to: { kind: 'valid', e164: '+14107934326', display: '+1 410 793 4326' },
  from: null,
  startedAt: 1_760_000_000_000,
  engagement: { status: 'pending' },
  calleeName: null,
  ...overrides,
});

const completion = (overrides: Partial<CallCompletion> = {}): CallCompletion => {
  const { id, dial, to, from, startedAt } = call();
  return {
    id,
    direction: 'OUTBOUND',
    dial,
    to,
    from,
    engagementId: null,
    startedAt,
    answeredAt: startedAt + 4_000,
    endedAt: startedAt + 64_000,
    endStatus: 'COMPLETED',
    outcome: 'connected',
    notes: 'Wants a demo',
    calleeName: null,
    ...overrides,
  };
};

const english = timelineWordsOf(catalogs.en);

/** Carries one effect out and returns every SDK call it made, as [method, payload]. */
function sent(effect: Effect, ownerId: number | null = null): unknown[][] {
  const calls: unknown[][] = [];
  const send: HubSpotSend = (type, ...payload) => {
    calls.push([type, ...payload]);
  };
  sendEffect(send, effect, { ownerId, phoneSync: false, words: english });
  return calls;
}

/** The payload of the single SDK call an effect makes. */
function payloadOf(effect: Effect): unknown {
  const calls = sent(effect);
  expect(calls).toHaveLength(1);
  return calls[0]?.[1];
}

describe('sendEffect: outgoingCall', () => {
  it('tells HubSpot the call started and asks it to create the engagement', () => {
    expect(sent({ type: 'outgoingCall', call: call() })).toStrictEqual([
      [
        'outgoingCall',
        {
          externalCallId: 'call-1',
          toNumber: '+14107934326',
          callStartTime: 1_760_000_000_000,
          createEngagement: true,
          dialingContext: dialPayload,
        },
      ],
    ]);
  });

  it('sends the caller id as fromNumber when one is chosen', () => {
    const payload = payloadOf({ type: 'outgoingCall', call: call({ from: '+13239991234' }) });
    expect(payload).toMatchObject({ fromNumber: '+13239991234' });
  });

  it('sends no fromNumber when OpenPhone chooses the number', () => {
    const payload = payloadOf({ type: 'outgoingCall', call: call({ from: null }) });
    expect(payload).not.toHaveProperty('fromNumber');
  });

  it('passes the whole dial payload back as dialingContext', () => {
    const payload = payloadOf({ type: 'outgoingCall', call: call() });
    expect(payload).toHaveProperty('dialingContext', dialPayload);
  });
});

describe('sendEffect: callAnswered', () => {
  it('tells HubSpot the callee picked up', () => {
    expect(sent({ type: 'callAnswered', id: toCallId('call-1') })).toStrictEqual([
      ['callAnswered', { externalCallId: 'call-1' }],
    ]);
  });
});

describe('sendEffect: callEnded', () => {
  it('tells HubSpot how the call ended, with the engagement id when known', () => {
    expect(
      sent({
        type: 'callEnded',
        id: toCallId('call-1'),
        engagementId: toEngagementId(5555),
        endStatus: 'NO_ANSWER',
      }),
    ).toStrictEqual([
      ['callEnded', { externalCallId: 'call-1', engagementId: 5555, callEndStatus: 'NO_ANSWER' }],
    ]);
  });

  it("logs the call as the agent's HubSpot named in its handshake", () => {
    const [[, payload] = []] = sent({ type: 'callCompleted', completion: completion() }, 7001);
    expect(payload).toMatchObject({ engagementProperties: { hubspot_owner_id: '7001' } });
  });

  it('leaves the engagement id out while HubSpot has not sent it', () => {
    expect(
      sent({ type: 'callEnded', id: toCallId('call-1'), engagementId: null, endStatus: 'BUSY' }),
    ).toStrictEqual([['callEnded', { externalCallId: 'call-1', callEndStatus: 'BUSY' }]]);
  });
});

describe('sendEffect: callCompleted', () => {
  it('logs the call with its engagement properties and keeps the widget open', () => {
    const done = completion({ engagementId: toEngagementId(5555) });
    expect(sent({ type: 'callCompleted', completion: done })).toStrictEqual([
      [
        'callCompleted',
        {
          externalCallId: 'call-1',
          engagementId: 5555,
          hideWidget: false,
          engagementProperties: engagementProperties(done, english),
        },
      ],
    ]);
  });

  it("logs the call as the agent's HubSpot named in its handshake", () => {
    const [[, payload] = []] = sent({ type: 'callCompleted', completion: completion() }, 7001);
    expect(payload).toMatchObject({ engagementProperties: { hubspot_owner_id: '7001' } });
  });

  it('leaves the engagement id out while HubSpot has not sent it', () => {
    const payload = payloadOf({ type: 'callCompleted', completion: completion() });
    expect(payload).not.toHaveProperty('engagementId');
  });

  it('carries the notes, outcome and duration in the properties', () => {
    const payload = payloadOf({ type: 'callCompleted', completion: completion() });
    expect(payload).toMatchObject({
      engagementProperties: {
        hs_call_body: 'Wants a demo',
        hs_call_disposition: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
        hs_call_duration: '60000',
        hs_call_status: 'COMPLETED',
      },
    });
  });
});
