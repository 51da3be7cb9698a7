import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HubSpotCall } from '../../src/sync/hubspot-call';
import {
  changedProperties,
  type PhoneRecord,
  phoneProperties,
  planForMatch,
  planNewCall,
  serviceOwnedProperties,
} from '../../src/sync/plan';
import type { ProviderCall } from '../../src/sync/provider-call';

const call: ProviderCall = {
  provider: 'openphone',
  id: 'AC7',
  direction: 'INBOUND',
  status: 'MISSED',
  startedAt: Date.parse('2026-03-02T15:00:00Z'),
  answeredAt: null,
  endedAt: Date.parse('2026-03-02T15:00:30Z'),
  talkMs: 0,
  contactNumber: '+12025550143',
  lineNumber: '+14155550100',
  lineId: 'PN1',
  agent: null,
  tempId: null,
  recordingUrl: null,
};
const record: PhoneRecord = { call, recordingUrl: null, summary: null };

const blank: HubSpotCall = {
  id: '5',
  externalId: null,
  timestamp: call.startedAt,
  direction: 'INBOUND',
  toNumber: null,
  fromNumber: null,
  ownerId: null,
  status: null,
  durationMs: null,
  recordingUrl: null,
  summary: null,
};

describe('phoneProperties', () => {
  it('are only the properties the service owns, and never clear one the phone has not sent', () => {
    expect(phoneProperties(record)).toEqual({
      hs_call_external_id: 'openphone:AC7',
      hs_call_status: 'MISSED',
      hs_call_duration: '0',
    });
    const full = phoneProperties({
      call,
      recordingUrl: 'https://r.example/a.mp3',
      summary: '• Hi',
    });
    for (const name of Object.keys(full)) expect(serviceOwnedProperties).toContain(name);
  });
});

describe('planForMatch', () => {
  it('updates only what differs, and nothing on a replay', () => {
    const plan = planForMatch(record, { kind: 'widget', call: blank });
    expect(plan).toEqual({
      kind: 'update',
      hubSpotCallId: '5',
      via: 'widget',
      properties: phoneProperties(record),
    });
    const written: HubSpotCall = {
      ...blank,
      externalId: 'openphone:AC7',
      status: 'MISSED',
      durationMs: 0,
    };
    expect(planForMatch(record, { kind: 'own', call: written })).toEqual({
      kind: 'up-to-date',
      hubSpotCallId: '5',
      via: 'own',
    });
  });

  it('logs an unmatched inbound call on a contact, and leaves an unmatched outbound call alone', () => {
    expect(planForMatch(record, { kind: 'none' })).toEqual({ kind: 'find-contacts' });
    expect(
      planForMatch({ ...record, call: { ...call, direction: 'OUTBOUND' } }, { kind: 'none' }),
    ).toEqual({ kind: 'skip', code: 'no-widget-call' });
  });

  it('writes nothing when the match is ambiguous', () => {
    expect(planForMatch(record, { kind: 'ambiguous', code: 'several-phone-calls' })).toEqual({
      kind: 'skip',
      code: 'several-phone-calls',
    });
  });

  it('after one update, the same record finds nothing left to change (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'COMPLETED' as const,
          'NO_ANSWER' as const,
          'BUSY' as const,
          'MISSED' as const,
        ),
        fc.nat({ max: 7_200_000 }),
        fc.option(fc.webUrl({ validSchemes: ['https'] })),
        fc.option(fc.string({ minLength: 1 })),
        (status, talkMs, recordingUrl, summary) => {
          const next: PhoneRecord = { call: { ...call, status, talkMs }, recordingUrl, summary };
          const changes = changedProperties(blank, phoneProperties(next));
          const applied: HubSpotCall = {
            ...blank,
            externalId: changes.hs_call_external_id ?? blank.externalId,
            status: changes.hs_call_status ?? blank.status,
            durationMs:
              changes.hs_call_duration === undefined ? null : Number(changes.hs_call_duration),
            recordingUrl: changes.hs_call_recording_url ?? null,
            summary: changes.hs_call_summary ?? null,
          };
          expect(changedProperties(applied, phoneProperties(next))).toEqual({});
        },
      ),
    );
  });
});

describe('planNewCall', () => {
  it('creates the call on the contacts, numbers in the call’s direction, owner when known', () => {
    expect(planNewCall(record, ['11', '12', '11'], '7001')).toEqual({
      kind: 'create',
      contactIds: ['11', '12'],
      properties: {
        hs_call_external_id: 'openphone:AC7',
        hs_call_status: 'MISSED',
        hs_call_duration: '0',
        hs_timestamp: '2026-03-02T15:00:00.000Z',
        hs_call_direction: 'INBOUND',
        hs_call_from_number: '+12025550143',
        hs_call_to_number: '+14155550100',
        hubspot_owner_id: '7001',
      },
    });
  });

  it('skips an unknown number and a number shared by more than ten contacts', () => {
    expect(planNewCall(record, [], null)).toEqual({ kind: 'skip', code: 'unknown-number' });
    const many = Array.from({ length: 11 }, (_, index) => String(index));
    expect(planNewCall(record, many, null)).toEqual({ kind: 'skip', code: 'too-many-contacts' });
  });
});
