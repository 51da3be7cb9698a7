import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectToHubSpot } from '../../src/hubspot/connect';
import type { FromHubSpot } from '../../src/hubspot/messages';
import { openSdkLink } from '../../src/hubspot/sdk-link';

// jsdom environment (this file is .tsx): the real SDK listens on this window.

// The SDK logs every message it hears and sends with console.debug.
beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The real SDK started as the entry starts it, heard as the widget hears it. */
function connected(listener: (message: FromHubSpot) => void = () => undefined) {
  connectToHubSpot(openSdkLink({ debug: false }), listener);
}

function fromHubSpot(type: string, data: unknown) {
  window.dispatchEvent(
    new MessageEvent('message', {
      origin: 'https://app.hubspot.com',
      data: { type, messageId: `hubspot_${type}`, data },
    }),
  );
}

function sync(origin: string) {
  window.dispatchEvent(
    new MessageEvent('message', {
      origin,
      data: { type: 'SYNC', messageId: `${origin}_1`, hostUrl: origin, portalId: 1 },
    }),
  );
}

describe('the SDK link: who may start the handshake', () => {
  it('lets the real SDK take a SYNC from HubSpot, and none from another site before it', () => {
    const heard: FromHubSpot[] = [];
    connected((message) => heard.push(message));
    sync('https://evil.example');
    expect(heard).toEqual([]);
    sync('https://app-eu1.hubspot.com');
    expect(heard).toMatchObject([{ type: 'ready', context: { portalId: 1 } }]);
  });
});

describe('the SDK link: what reaches the SDK', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'hello'],
    ['a number', 42],
  ])('drops %s posted to the window before the SDK reads it', (_, data) => {
    connected();
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      thrown.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      window.dispatchEvent(
        new MessageEvent('message', { origin: 'https://app.hubspot.com', data }),
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).toEqual([]);
  });
});

describe('connectToHubSpot: HubSpot’s failures', () => {
  it('hands over no reason, not an English stand-in, when HubSpot’s payload has no words', () => {
    const heard: FromHubSpot[] = [];
    connected((message) => heard.push(message));
    sync('https://app.hubspot.com');
    fromHubSpot('CREATE_ENGAGEMENT_FAILED', {});
    fromHubSpot('UPDATE_ENGAGEMENT_FAILED', { error: { code: 500 } });
    fromHubSpot('NAVIGATE_TO_RECORD_FAILED', undefined);
    expect(heard.slice(1)).toEqual([
      { type: 'engagementCreateFailed', reason: null, callId: null },
      { type: 'engagementUpdateFailed', reason: null },
      { type: 'navigateToRecordFailed', reason: null },
    ]);
  });

  it('hands over HubSpot’s own words as they came', () => {
    const heard: FromHubSpot[] = [];
    connected((message) => heard.push(message));
    sync('https://app.hubspot.com');
    fromHubSpot('NAVIGATE_TO_RECORD_FAILED', { message: 'Record deleted.' });
    expect(heard.slice(1)).toEqual([{ type: 'navigateToRecordFailed', reason: 'Record deleted.' }]);
  });
});

describe('the SDK link: HubSpot before the widget', () => {
  // The entry starts the SDK and the widget starts a task later: HubSpot's SYNC, and its
  // first dial, can come in between.
  it('keeps what HubSpot said before the widget listened, and hands it over in order', () => {
    const link = openSdkLink({ debug: false });
    sync('https://app.hubspot.com');
    fromHubSpot('DIAL_NUMBER', { toPhoneNumber: '+12025550123' });
    const heard: FromHubSpot[] = [];
    connectToHubSpot(link, (message) => heard.push(message));
    expect(heard).toMatchObject([
      { type: 'ready', context: { portalId: 1 } },
      { type: 'dialNumber', payload: { toPhoneNumber: '+12025550123' } },
    ]);
    fromHubSpot('END_CALL', undefined);
    expect(heard.map((message) => message.type)).toEqual(['ready', 'dialNumber', 'endCall']);
  });

  it('hands nothing over twice', () => {
    const link = openSdkLink({ debug: false });
    sync('https://app.hubspot.com');
    const first: FromHubSpot[] = [];
    connectToHubSpot(link, (message) => first.push(message));
    const second: FromHubSpot[] = [];
    connectToHubSpot(link, (message) => second.push(message));
    fromHubSpot('END_CALL', undefined);
    expect(first.map((message) => message.type)).toEqual(['ready']);
    expect(second.map((message) => message.type)).toEqual(['endCall']);
  });
});

describe('the SDK link: HubSpot greeted before the widget is wired', () => {
  /** What the real SDK posts to HubSpot's window (this window, in jsdom), by type. */
  function posted() {
    const spy = vi.spyOn(window, 'postMessage');
    return () =>
      spy.mock.calls.map(([message]) => {
        const { type, data } = message as { type: string; data?: unknown };
        return data === undefined ? { type } : { type, data };
      });
  }

  it('answers SYNC with the greeting it was given, in SYNC’s own task, and the widget hears it went', () => {
    const link = openSdkLink({ debug: false });
    const sent = posted();
    const greeted: boolean[] = [];
    expect(
      link.greetEarly(
        () => ({ isLoggedIn: false }),
        (went) => greeted.push(went),
      ),
    ).toBe(true);
    sync('https://app.hubspot.com');
    expect(sent()).toEqual([
      expect.objectContaining({ type: 'SYNC_ACK' }),
      { type: 'INITIALIZED', data: { isLoggedIn: false } },
    ]);
    expect(greeted).toEqual([true]);
    const heard: FromHubSpot[] = [];
    connectToHubSpot(link, (message) => heard.push(message));
    expect(heard).toMatchObject([
      { type: 'ready', context: { portalId: 1 }, greeted: { isLoggedIn: false } },
    ]);
  });

  it('sends nothing when the greeting is left to the widget, which then hears it must answer', () => {
    const link = openSdkLink({ debug: false });
    const sent = posted();
    const greeted: boolean[] = [];
    link.greetEarly(
      () => null,
      (went) => greeted.push(went),
    );
    sync('https://app.hubspot.com');
    expect(sent().map((message) => message.type)).toEqual(['SYNC_ACK']);
    expect(greeted).toEqual([false]);
    const heard: FromHubSpot[] = [];
    connectToHubSpot(link, (message) => heard.push(message));
    expect(heard).toMatchObject([{ type: 'ready', greeted: null }]);
  });

  it('is not armed once SYNC was heard, nor once the widget listens: the widget answers', () => {
    const late = openSdkLink({ debug: false });
    sync('https://app.hubspot.com');
    expect(
      late.greetEarly(
        () => ({ isLoggedIn: true }),
        () => undefined,
      ),
    ).toBe(false);

    const listening = openSdkLink({ debug: false });
    const heard: FromHubSpot[] = [];
    connectToHubSpot(listening, (message) => heard.push(message));
    expect(
      listening.greetEarly(
        () => ({ isLoggedIn: true }),
        () => undefined,
      ),
    ).toBe(false);
    const sent = posted();
    sync('https://app.hubspot.com');
    expect(sent().map((message) => message.type)).toEqual(['SYNC_ACK']);
    expect(heard).toMatchObject([{ type: 'ready', greeted: null }]);
  });

  it('leaves a greeting armed but not yet used to the widget once it listens', () => {
    const link = openSdkLink({ debug: false });
    const greeted: boolean[] = [];
    link.greetEarly(
      () => ({ isLoggedIn: true }),
      (went) => greeted.push(went),
    );
    const heard: FromHubSpot[] = [];
    connectToHubSpot(link, (message) => heard.push(message));
    const sent = posted();
    sync('https://app.hubspot.com');
    expect(sent().map((message) => message.type)).toEqual(['SYNC_ACK']);
    expect(greeted).toEqual([]);
    expect(heard).toMatchObject([{ type: 'ready', greeted: null }]);
  });
});
