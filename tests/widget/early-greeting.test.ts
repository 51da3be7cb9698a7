import { describe, expect, it } from 'vitest';
import { toEngagementId } from '../../src/call/ids';
import type { HostContext } from '../../src/hubspot/messages';
import { noCallStored } from '../../src/journal/call-journal';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';
import type { PhoneProvider } from '../../src/settings/settings';
import {
  defaultCareSoft,
  defaultSettings,
  parseSettings,
  type Settings,
  serializeSettings,
  settingsKey,
} from '../../src/settings/settings';
import { earlyGreeting, type GreetingInputs } from '../../src/widget/early-greeting';
import { careSoftJwt } from '../support/caresoft-signed-in';
import { hostContext, testWidget } from '../support/test-widget';

const startAt = 1_760_000_000_000;

const holds = careSoftJwt({ ipphone: '1001', exp: Math.floor(startAt / 1000) + 86_400 });
const expired = careSoftJwt({ ipphone: '1001', exp: Math.floor(startAt / 1000) - 60 });

/** A storage holding the agent's settings, as a page of the widget left them. */
function storedSettings(settings: Partial<Settings>): KeyValueStorage {
  const storage = memoryStorage();
  storage.setItem(settingsKey, serializeSettings({ ...defaultSettings, ...settings }));
  return storage;
}

/** What the page reads before wiring the widget (`widget/start-widget.ts`). */
const inputsFrom = (storage: KeyValueStorage, adminProvider: PhoneProvider | null = null) =>
  ({
    settings: parseSettings(storage.getItem(settingsKey)).settings,
    adminProvider,
    callStored: !noCallStored(storage),
  }) satisfies GreetingInputs;

/** The `initialized` the widget sends itself when wired on this storage. */
function wiredGreeting(
  storage: KeyValueStorage,
  context: HostContext,
  adminProvider: PhoneProvider | null = null,
) {
  const widget = testWidget({ storage, startAt, admin: { provider: adminProvider } });
  widget.widget.receive({ type: 'ready', context, greeted: null });
  return widget.sent.find((message) => message.type === 'initialized')?.payload;
}

const noEngagement: HostContext = { ...hostContext, engagementId: null };

describe('earlyGreeting: HubSpot greeted before the widget is wired', () => {
  it.each([
    ['nothing stored', () => memoryStorage(), null, true],
    ['OpenPhone chosen', () => storedSettings({ provider: 'openPhone' }), null, true],
    [
      'CsCall signed in, its token still good',
      () =>
        storedSettings({
          provider: 'careSoft',
          careSoft: { ...defaultCareSoft, token: holds, domain: 'test', loggedIn: true },
        }),
      null,
      true,
    ],
    [
      'CsCall signed in, its token expired',
      () =>
        storedSettings({
          provider: 'careSoft',
          careSoft: { ...defaultCareSoft, token: expired, domain: 'test', loggedIn: true },
        }),
      null,
      false,
    ],
    [
      'CsCall with a token, not signed in',
      () =>
        storedSettings({
          provider: 'careSoft',
          careSoft: { ...defaultCareSoft, token: holds, domain: 'test', loggedIn: false },
        }),
      null,
      false,
    ],
    ['CsCall preset by the admin, nothing chosen', () => memoryStorage(), 'careSoft', false],
    [
      'OpenPhone chosen over the admin’s CsCall',
      () => storedSettings({ provider: 'openPhone' }),
      'careSoft',
      true,
    ],
  ] as const)('with %s, says what the wired widget says', (_, storage, admin, isLoggedIn) => {
    const greeting = earlyGreeting(inputsFrom(storage(), admin), noEngagement, startAt);
    expect(greeting).toEqual({ isLoggedIn });
    expect(greeting).toEqual(wiredGreeting(storage(), noEngagement, admin));
  });

  it('after calls that are all finished, says what the wired widget says', async () => {
    const storage = memoryStorage();
    const before = testWidget({ storage, startAt });
    before.ready();
    await before.dial();
    before.controller.noAnswer();
    before.controller.save();
    await before.settle();
    expect(before.state().completed).toHaveLength(1);
    const greeting = earlyGreeting(inputsFrom(storage), noEngagement, startAt);
    expect(greeting).toEqual({ isLoggedIn: true });
    expect(greeting).toEqual(wiredGreeting(storage, noEngagement));
  });

  it('leaves it to the widget while a record holds a call: its engagement goes back to HubSpot', async () => {
    const storage = memoryStorage();
    const before = testWidget({ storage, startAt });
    before.ready();
    await before.dial();
    expect(earlyGreeting(inputsFrom(storage), noEngagement, startAt)).toBeNull();
    expect(wiredGreeting(storage, noEngagement)).toMatchObject({ engagementId: 5001 });
  });

  it('leaves it to the widget when HubSpot names an engagement: it may be a call to recall', () => {
    const named = { ...hostContext, engagementId: toEngagementId(6123) };
    expect(earlyGreeting(inputsFrom(memoryStorage()), named, startAt)).toBeNull();
    expect(wiredGreeting(memoryStorage(), named)).toEqual({ isLoggedIn: true, engagementId: 6123 });
  });
});

describe('the widget wired after the page greeted HubSpot', () => {
  it('sends no second initialized, and the rest of the handshake as usual', () => {
    const widget = testWidget({ startAt });
    widget.widget.receive({ type: 'ready', context: noEngagement, greeted: { isLoggedIn: true } });
    expect(widget.sentTypes()).toEqual(['userAvailable']);
    expect(widget.state().host.status).toBe('ready');
  });

  it('corrects the sign-in HubSpot heard when it changed before the widget was wired', () => {
    const storage = storedSettings({
      provider: 'careSoft',
      careSoft: { ...defaultCareSoft, token: holds, domain: 'test', loggedIn: false },
    });
    const widget = testWidget({ storage, startAt });
    widget.widget.receive({ type: 'ready', context: noEngagement, greeted: { isLoggedIn: true } });
    expect(widget.sentTypes()).toEqual(['userLoggedOut', 'userAvailable']);
  });

  it('tells HubSpot of a sign-in that came in between', () => {
    const widget = testWidget({ startAt });
    widget.widget.receive({ type: 'ready', context: noEngagement, greeted: { isLoggedIn: false } });
    expect(widget.sentTypes()).toEqual(['userLoggedIn', 'userAvailable']);
  });
});
