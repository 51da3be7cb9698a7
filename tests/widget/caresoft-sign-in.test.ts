import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../src/journal/key-value-storage';
import {
  defaultCareSoft,
  defaultSettings,
  serializeSettings,
  settingsKey,
} from '../../src/settings/settings';
import {
  careSoftExpiresSoon,
  careSoftExpiryWarning,
  careSoftSignIn,
} from '../../src/widget/caresoft-sign-in';
import { careSoftJwt } from '../support/caresoft-signed-in';
import { testWidget } from '../support/test-widget';

const startAt = 1_760_000_000_000;

/** A ready widget whose agent chose CsCall with this sign-in. */
function careSoftWidget(careSoft: Partial<typeof defaultCareSoft>) {
  const storage = memoryStorage();
  storage.setItem(
    settingsKey,
    serializeSettings({
      ...defaultSettings,
      provider: 'careSoft',
      careSoft: { ...defaultCareSoft, ...careSoft },
    }),
  );
  const widget = testWidget({ storage, startAt });
  widget.ready();
  return widget;
}

const aboutCalls = (widget: ReturnType<typeof testWidget>) =>
  widget
    .sentTypes()
    .filter((type) => ['outgoingCall', 'callEnded', 'callCompleted'].includes(type));

const future = Math.floor(startAt / 1000) + 86_400;
const past = Math.floor(startAt / 1000) - 60;

describe('a dial with CsCall chosen', () => {
  it('without a token, starts no call: no outgoingCall, a notice and an error for HubSpot', async () => {
    const widget = careSoftWidget({ token: '', domain: '' });
    await widget.dial();
    expect(aboutCalls(widget)).toEqual([]);
    expect(widget.phase().status).toBe('idle');
    expect(widget.state().notices.map((notice) => notice.message.code)).toContain(
      'notice.careSoftSignIn.noToken',
    );
    // Worded in the agent's language: the catalogues load first.
    await vi.waitFor(() => expect(widget.sentTypes()).toContain('sendError'));
  });

  it('with an expired token, starts no call and says the token expired', async () => {
    const widget = careSoftWidget({
      token: careSoftJwt({ ipphone: '1001', exp: past }),
      domain: 'test',
      loggedIn: true,
    });
    await widget.dial();
    expect(aboutCalls(widget)).toEqual([]);
    expect(widget.state().notices.map((notice) => notice.message.code)).toContain(
      'notice.careSoftSignIn.expired',
    );
  });

  it('signed in with a token that still holds, hands the call off as usual', async () => {
    const widget = careSoftWidget({
      token: careSoftJwt({ ipphone: '1001', exp: future }),
      domain: 'test',
      loggedIn: true,
    });
    await widget.dial();
    expect(aboutCalls(widget)).toEqual(['outgoingCall']);
    expect(widget.phase().status).toBe('handedOff');
  });
});

describe('careSoftSignIn', () => {
  const state = (careSoft: Partial<typeof defaultCareSoft>) => ({
    settings: { ...defaultSettings, careSoft: { ...defaultCareSoft, ...careSoft } },
    provider: 'careSoft' as const,
  });

  it('needs nothing for OpenPhone', () => {
    expect(careSoftSignIn({ ...state({}), provider: 'openPhone' }, startAt)).toBe('notNeeded');
  });

  it('tells a missing token, an expired one and a login never confirmed apart', () => {
    expect(careSoftSignIn(state({ token: '', domain: 'test' }), startAt)).toBe('noToken');
    expect(careSoftSignIn(state({ token: 'nope', domain: 'test' }), startAt)).toBe('noToken');
    const token = careSoftJwt({ ipphone: '1001', exp: future });
    expect(careSoftSignIn(state({ token, domain: 'test', loggedIn: false }), startAt)).toBe(
      'notConfirmed',
    );
    expect(careSoftSignIn(state({ token, domain: 'test', loggedIn: true }), startAt)).toBe(
      'signedIn',
    );
    expect(
      careSoftSignIn(state({ token, domain: 'test', loggedIn: true }), (future + 1) * 1000),
    ).toBe('expired');
  });
});

describe('careSoftExpiresSoon', () => {
  const state = (token: string, provider: 'careSoft' | 'openPhone' = 'careSoft') => ({
    settings: {
      ...defaultSettings,
      careSoft: { ...defaultCareSoft, domain: 'test', token, loggedIn: true },
    },
    provider,
  });
  const inDays = (days: number) => Math.floor(startAt / 1000) + days * 86_400;

  it(`warns of a token that expires within ${careSoftExpiryWarning / 86_400_000} days, saying when`, () => {
    const exp = inDays(3);
    expect(careSoftExpiresSoon(state(careSoftJwt({ ipphone: '1001', exp })), startAt)).toBe(
      exp * 1000,
    );
    expect(
      careSoftExpiresSoon(state(careSoftJwt({ ipphone: '1001', exp: inDays(7) })), startAt),
    ).toBe(inDays(7) * 1000);
  });

  it('says nothing of a token good for longer, one without an expiry, or one already expired', () => {
    expect(
      careSoftExpiresSoon(state(careSoftJwt({ ipphone: '1001', exp: inDays(8) })), startAt),
    ).toBeNull();
    expect(careSoftExpiresSoon(state(careSoftJwt({ ipphone: '1001' })), startAt)).toBeNull();
    expect(
      careSoftExpiresSoon(state(careSoftJwt({ ipphone: '1001', exp: past })), startAt),
    ).toBeNull();
    expect(careSoftExpiresSoon(state(''), startAt)).toBeNull();
  });

  it('says nothing when calls go to OpenPhone', () => {
    const token = careSoftJwt({ ipphone: '1001', exp: inDays(1) });
    expect(careSoftExpiresSoon(state(token, 'openPhone'), startAt)).toBeNull();
  });
});
