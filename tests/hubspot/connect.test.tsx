import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectToHubSpot } from '../../src/hubspot/connect';
import type { FromHubSpot } from '../../src/hubspot/messages';

// jsdom environment (this file is .tsx): the real SDK listens on this window.
function sync(origin: string) {
  window.dispatchEvent(
    new MessageEvent('message', {
      origin,
      data: { type: 'SYNC', messageId: `${origin}_1`, hostUrl: origin, portalId: 1 },
    }),
  );
}

describe('connectToHubSpot: who may start the handshake', () => {
  it('lets the real SDK take a SYNC from HubSpot, and none from another site before it', () => {
    const heard: FromHubSpot[] = [];
    connectToHubSpot((message) => heard.push(message));
    sync('https://evil.example');
    expect(heard).toEqual([]);
    sync('https://app-eu1.hubspot.com');
    expect(heard).toMatchObject([{ type: 'ready', context: { portalId: 1 } }]);
  });
});

describe('connectToHubSpot: what reaches the SDK', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'hello'],
    ['a number', 42],
  ])('drops %s posted to the window before the SDK reads it', (_, data) => {
    connectToHubSpot(() => undefined);
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
  // The SDK logs every message it hears with console.debug.
  beforeEach(() => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function fromHubSpot(type: string, data: unknown) {
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: 'https://app.hubspot.com',
        data: { type, messageId: `hubspot_${type}`, data },
      }),
    );
  }

  it('hands over no reason, not an English stand-in, when HubSpot’s payload has no words', () => {
    const heard: FromHubSpot[] = [];
    connectToHubSpot((message) => heard.push(message));
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
    connectToHubSpot((message) => heard.push(message));
    sync('https://app.hubspot.com');
    fromHubSpot('NAVIGATE_TO_RECORD_FAILED', { message: 'Record deleted.' });
    expect(heard.slice(1)).toEqual([{ type: 'navigateToRecordFailed', reason: 'Record deleted.' }]);
  });
});
