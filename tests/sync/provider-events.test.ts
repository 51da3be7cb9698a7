import { describe, expect, it } from 'vitest';
import {
  careSoftTime,
  normaliseCareSoftCall,
  parseCareSoftEvent,
} from '../../src/sync/caresoft-events';
import {
  normaliseOpenPhoneCall,
  type OpenPhoneCall,
  openPhoneStatus,
  parseOpenPhoneEvent,
} from '../../src/sync/openphone-events';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

// The shape of OpenPhone's documented call.completed example (v3 webhooks).
const completedExample = {
  apiVersion: 'v3',
  createdAt: '2022-01-24T19:22:25.427Z',
  data: {
    object: {
      id: 'ACa5f839bc72a24b33a7fc032f78777146',
      answeredAt: null,
      completedAt: '2022-01-24T19:22:19.000Z',
      conversationId: 'CN78ba0373683c48fd8fd96bc836c51f79',
      createdAt: '2022-01-24T19:21:59.545Z',
      direction: 'incoming',
      from: '+18005550100',
      media: [],
      object: 'call',
      phoneNumberId: 'PNtoDbDhuz',
      status: 'completed',
      to: '+18885550101',
      userId: 'USu5AsEHuQ',
      voicemail: { duration: 7, type: 'audio/mpeg', url: 'https://m.openph.one/static/x.mp3' },
    },
  },
  id: 'EVd39d3c8d6f244d21a9131de4fc9350d0',
  object: 'event',
  type: 'call.completed',
};

describe('parseOpenPhoneEvent', () => {
  it('reads call.completed into a call, keeping unknown fields out of the way', () => {
    const parsed = parseOpenPhoneEvent(bytes(completedExample));
    expect(parsed.ok && parsed.event.type).toBe('call.completed');
    if (!parsed.ok || parsed.event.type !== 'call.completed') return;
    expect(parsed.event.eventId).toBe('EVd39d3c8d6f244d21a9131de4fc9350d0');
    const normalised = normaliseOpenPhoneCall(parsed.event.call);
    expect(normalised).toEqual({
      ok: true,
      call: expect.objectContaining({
        id: 'ACa5f839bc72a24b33a7fc032f78777146',
        direction: 'INBOUND',
        status: 'MISSED',
        talkMs: 0,
        contactNumber: '+18005550100',
        lineNumber: '+18885550101',
        agent: { kind: 'openphone-user', userId: 'USu5AsEHuQ' },
      }),
    });
  });

  it('reads summary and transcript events by their callId', () => {
    const summary = parseOpenPhoneEvent(
      bytes({
        id: 'EV1',
        object: 'event',
        type: 'call.summary.completed',
        data: { object: { object: 'callSummary', callId: 'AC1', summary: ['a'], nextSteps: [] } },
      }),
    );
    expect(summary).toEqual({
      ok: true,
      event: {
        type: 'call.summary.completed',
        eventId: 'EV1',
        summary: { callId: 'AC1', summary: ['a'], nextSteps: [] },
      },
    });
    const transcript = parseOpenPhoneEvent(
      bytes({
        id: 'EV2',
        object: 'event',
        type: 'call.transcript.completed',
        data: { object: { callId: 'AC1', dialogue: [{ content: 'hi', start: 1 }] } },
      }),
    );
    expect(transcript.ok && transcript.event.type).toBe('call.transcript.completed');
  });

  it('names other event types without acting on them', () => {
    expect(
      parseOpenPhoneEvent(bytes({ id: 'EV3', type: 'message.received', data: { object: {} } })),
    ).toEqual({
      ok: true,
      event: { type: 'other', eventId: 'EV3', eventType: 'message.received' },
    });
  });

  it('refuses bytes that are not JSON, and events missing what they need', () => {
    expect(parseOpenPhoneEvent(new Uint8Array([0xff, 0xfe]))).toEqual({
      ok: false,
      code: 'invalid-json',
    });
    expect(parseOpenPhoneEvent(bytes([1, 2]))).toEqual({ ok: false, code: 'invalid-event' });
    expect(
      parseOpenPhoneEvent(
        bytes({ id: 'EV4', type: 'call.completed', data: { object: { id: 'AC1' } } }),
      ),
    ).toEqual({ ok: false, code: 'invalid-event' });
  });
});

describe('openPhoneStatus', () => {
  const base = completedExample.data.object as unknown as OpenPhoneCall;
  it('maps each OpenPhone status to how the call ended on HubSpot', () => {
    const cases: [Partial<OpenPhoneCall>, string | null][] = [
      [{ status: 'completed', answeredAt: '2022-01-24T19:22:05.000Z' }, 'COMPLETED'],
      [{ status: 'completed', direction: 'outgoing' }, 'NO_ANSWER'],
      [{ status: 'completed', direction: 'incoming' }, 'MISSED'],
      [{ status: 'busy' }, 'BUSY'],
      [{ status: 'failed' }, 'FAILED'],
      [{ status: 'no-answer' }, 'NO_ANSWER'],
      [{ status: 'canceled', direction: 'outgoing' }, 'CANCELED'],
      [{ status: 'abandoned' }, 'MISSED'],
      [{ status: 'ringing' }, null],
      [{ status: 'in-progress' }, null],
    ];
    for (const [change, status] of cases)
      expect(openPhoneStatus({ ...base, ...change })).toBe(status);
  });

  it('counts talk time from answer to end, and none for a call not over', () => {
    const answered = normaliseOpenPhoneCall({
      ...base,
      status: 'completed',
      answeredAt: '2022-01-24T19:22:04.000Z',
    });
    expect(answered.ok && answered.call.talkMs).toBe(15_000);
    expect(normaliseOpenPhoneCall({ ...base, status: 'in-progress' })).toEqual({
      ok: false,
      code: 'call-not-finished',
    });
    expect(normaliseOpenPhoneCall({ ...base, from: 'anonymous' })).toEqual({
      ok: false,
      code: 'no-contact-number',
    });
  });
});

describe('CareSoft calls', () => {
  const record = {
    call_id: 880001,
    caller: '0988888888',
    called: '02873001234',
    agent_id: '1002',
    start_time: '2026-03-02 22:01:00',
    end_time: '2026-03-02 22:05:10',
    talk_time: '230',
    wait_time: 20,
    call_status: 'metAgent',
    missed_reason: null,
    path: null,
    path_download: 'https://records.caresoft.vn/x.mp3',
  };

  it('reads a call record whole, or under call / data', () => {
    for (const body of [record, { call: record }, { data: record }]) {
      const parsed = parseCareSoftEvent(bytes(body));
      expect(parsed.ok && parsed.event.type).toBe('call');
    }
    expect(parseCareSoftEvent(bytes({ event: 'ticket.updated' }))).toEqual({
      ok: true,
      event: { type: 'other', eventType: 'ticket.updated' },
    });
  });

  it('reads Vietnam time, national numbers and talk time', () => {
    expect(careSoftTime('2026-03-02 22:01:00')).toBe(Date.parse('2026-03-02T15:01:00Z'));
    expect(careSoftTime('2026-03-02T15:01:00Z')).toBe(Date.parse('2026-03-02T15:01:00Z'));
    expect(careSoftTime('yesterday')).toBeNull();
    const parsed = parseCareSoftEvent(bytes(record));
    if (!parsed.ok || parsed.event.type !== 'call') throw new Error('expected a call');
    expect(normaliseCareSoftCall(parsed.event.call)).toEqual({
      ok: true,
      call: expect.objectContaining({
        provider: 'caresoft',
        id: '880001',
        direction: 'INBOUND',
        status: 'COMPLETED',
        talkMs: 230_000,
        contactNumber: '+84988888888',
        lineNumber: '+842873001234',
        agent: { kind: 'caresoft-extension', extension: '1002' },
        recordingUrl: 'https://records.caresoft.vn/x.mp3',
      }),
    });
  });

  it('takes a call placed from an extension as outbound, and a miss as no answer', () => {
    const parsed = parseCareSoftEvent(
      bytes({ ...record, caller: '1002', called: '0988888888', call_status: 'miss', talk_time: 0 }),
    );
    if (!parsed.ok || parsed.event.type !== 'call') throw new Error('expected a call');
    const normalised = normaliseCareSoftCall(parsed.event.call);
    expect(
      normalised.ok && [
        normalised.call.direction,
        normalised.call.status,
        normalised.call.contactNumber,
      ],
    ).toEqual(['OUTBOUND', 'NO_ANSWER', '+84988888888']);
  });
});
