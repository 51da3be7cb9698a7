import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HubSpotCall } from '../../src/sync/hubspot-call';
import { matchCall, matchWindow } from '../../src/sync/match';
import type { ProviderCall } from '../../src/sync/provider-call';

const t = Date.parse('2026-03-02T15:00:00Z');

function phoneCall(overrides: Partial<ProviderCall> = {}): ProviderCall {
  return {
    provider: 'openphone',
    id: 'AC1',
    direction: 'OUTBOUND',
    status: 'COMPLETED',
    startedAt: t + 30_000,
    answeredAt: t + 40_000,
    endedAt: t + 160_000,
    talkMs: 120_000,
    contactNumber: '+12025550143',
    lineNumber: '+14155550101',
    lineId: 'PN1',
    agent: { kind: 'openphone-user', userId: 'US1' },
    tempId: null,
    recordingUrl: null,
    ...overrides,
  };
}

function hubSpotCall(overrides: Partial<HubSpotCall> = {}): HubSpotCall {
  return {
    id: '900',
    externalId: null,
    timestamp: t,
    direction: 'OUTBOUND',
    toNumber: '+1 202 555 0143',
    fromNumber: '+1 415 555 0101',
    ownerId: '7001',
    status: 'CONNECTING',
    durationMs: null,
    recordingUrl: null,
    summary: null,
    ...overrides,
  };
}

describe('matchCall', () => {
  it('takes the call that already carries this phone call’s key before anything else', () => {
    const own = hubSpotCall({ id: '901', externalId: 'openphone:AC1', timestamp: t - 3_600_000 });
    expect(
      matchCall({
        call: phoneCall(),
        ownerId: '7001',
        hubSpotCalls: [hubSpotCall(), own],
        otherPhoneCalls: [],
      }),
    ).toEqual({ kind: 'own', call: own });
  });

  it('takes the widget call named by CareSoft’s tempId', () => {
    const named = hubSpotCall({
      id: '902',
      externalId: 'c6f0b7e2',
      timestamp: t - 3_600_000,
      toNumber: null,
    });
    const call = phoneCall({ provider: 'caresoft', id: '880001', tempId: 'c6f0b7e2' });
    expect(matchCall({ call, ownerId: null, hubSpotCalls: [named], otherPhoneCalls: [] })).toEqual({
      kind: 'temp-id',
      call: named,
    });
  });

  it('pairs one widget call with one phone call by number, direction, owner and time', () => {
    const widget = hubSpotCall();
    expect(
      matchCall({
        call: phoneCall(),
        ownerId: '7001',
        hubSpotCalls: [widget],
        otherPhoneCalls: [phoneCall()],
      }),
    ).toEqual({ kind: 'widget', call: widget });
  });

  it('never takes a call another phone call already claimed', () => {
    const claimed = hubSpotCall({ externalId: 'openphone:AC9' });
    expect(
      matchCall({
        call: phoneCall(),
        ownerId: '7001',
        hubSpotCalls: [claimed],
        otherPhoneCalls: [],
      }),
    ).toEqual({ kind: 'none' });
  });

  it('refuses another direction, another owner, or a call outside the window', () => {
    for (const candidate of [
      hubSpotCall({ direction: 'INBOUND' }),
      hubSpotCall({ ownerId: '7002' }),
      hubSpotCall({ timestamp: t + 30_000 - matchWindow.beforeStartMs - 1 }),
      hubSpotCall({ timestamp: t + 160_000 + matchWindow.afterEndMs + 1 }),
      hubSpotCall({ timestamp: null }),
      hubSpotCall({ toNumber: null }),
    ]) {
      expect(
        matchCall({
          call: phoneCall(),
          ownerId: '7001',
          hubSpotCalls: [candidate],
          otherPhoneCalls: [],
        }),
      ).toEqual({ kind: 'none' });
    }
  });

  it('is ambiguous when two widget calls fit', () => {
    const calls = [hubSpotCall({ id: '1' }), hubSpotCall({ id: '2', timestamp: t + 60_000 })];
    expect(
      matchCall({ call: phoneCall(), ownerId: '7001', hubSpotCalls: calls, otherPhoneCalls: [] }),
    ).toEqual({ kind: 'ambiguous', code: 'several-hubspot-calls' });
  });

  it('is ambiguous when another phone call of that number could be the same widget call', () => {
    const rival = phoneCall({
      id: 'AC2',
      startedAt: t + 10_000,
      endedAt: t + 15_000,
      status: 'FAILED',
    });
    expect(
      matchCall({
        call: phoneCall(),
        ownerId: '7001',
        hubSpotCalls: [hubSpotCall()],
        otherPhoneCalls: [rival],
      }),
    ).toEqual({ kind: 'ambiguous', code: 'several-phone-calls' });
  });

  it('lets another agent’s call on that number be, when the owner is known', () => {
    const bobs = phoneCall({ id: 'AC3', agent: { kind: 'openphone-user', userId: 'US2' } });
    expect(
      matchCall({
        call: phoneCall(),
        ownerId: '7001',
        hubSpotCalls: [hubSpotCall()],
        otherPhoneCalls: [bobs],
      }).kind,
    ).toBe('widget');
  });

  it('reads a HubSpot number typed without country code in the country of our line', () => {
    const typed = hubSpotCall({ toNumber: '(202) 555-0143' });
    expect(
      matchCall({ call: phoneCall(), ownerId: '7001', hubSpotCalls: [typed], otherPhoneCalls: [] })
        .kind,
    ).toBe('widget');
  });

  it('never pairs a phone call with a widget call of another number (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2_000_000, max: 9_999_999 }),
        fc.integer({ min: -10 * 60_000, max: 10 * 60_000 }),
        fc.constantFrom('OUTBOUND' as const, 'INBOUND' as const),
        (digits, offset, direction) => {
          const number = `+1202${digits}`;
          const candidate = hubSpotCall({
            timestamp: t + offset,
            direction,
            toNumber: direction === 'OUTBOUND' ? number : '+14155550101',
            fromNumber: direction === 'OUTBOUND' ? '+14155550101' : number,
          });
          const call = phoneCall({ direction });
          const match = matchCall({
            call,
            ownerId: '7001',
            hubSpotCalls: [candidate],
            otherPhoneCalls: [],
          });
          const inWindow =
            offset >= 30_000 - matchWindow.beforeStartMs &&
            offset <= 160_000 + matchWindow.afterEndMs;
          expect(match.kind === 'widget').toBe(number === call.contactNumber && inWindow);
        },
      ),
      { numRuns: 500 },
    );
  });
});
