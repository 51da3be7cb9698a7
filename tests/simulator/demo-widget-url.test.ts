import { describe, expect, it } from 'vitest';
import {
  demoPhoneAppFrom,
  demoPhoneSyncFrom,
  demoWidgetUrl,
  widgetUsesPhoneSync,
} from '../../src/simulator/demo-widget-url';
import { iframeLocationFrom, syncIdentityAt } from '../../src/simulator/portal';

describe('demoWidgetUrl', () => {
  it('points the embedded widget at the demo lookup service on the same origin', () => {
    expect(demoWidgetUrl('https://localhost:9025', 'openphone')).toBe(
      'https://localhost:9025/?provider=openphone&lookupUrl=https%3A%2F%2Flocalhost%3A9025%2Fdemo-lookup%2Fapi',
    );
  });

  it('passes the team phone app on as the admin preset', () => {
    expect(new URL(demoWidgetUrl('https://x', 'caresoft')).searchParams.get('provider')).toBe(
      'caresoft',
    );
  });
});

describe('demoWidgetUrl with the sync service', () => {
  it('adds the admin’s sync=on when the simulated team runs the sync service', () => {
    const url = demoWidgetUrl('https://x', 'openphone', true);
    expect(new URL(url).searchParams.get('sync')).toBe('on');
    expect(widgetUsesPhoneSync(url)).toBe(true);
  });

  it('leaves it out otherwise, as before', () => {
    const url = demoWidgetUrl('https://x', 'openphone');
    expect(new URL(url).searchParams.has('sync')).toBe(false);
    expect(widgetUsesPhoneSync(url)).toBe(false);
    expect(widgetUsesPhoneSync('not a url')).toBe(false);
  });

  it('reads the simulator’s own ?sync=on', () => {
    expect(demoPhoneSyncFrom('?provider=caresoft&sync=on')).toBe(true);
    expect(demoPhoneSyncFrom('?sync=off')).toBe(false);
    expect(demoPhoneSyncFrom('')).toBe(false);
  });
});

describe('demoPhoneAppFrom', () => {
  it.each([
    ['?provider=caresoft', 'caresoft'],
    ['?provider=CareSoft', 'caresoft'],
    ['?provider=openphone', 'openphone'],
    ['', 'openphone'],
  ] as const)('reads %s as %s', (search, app) => {
    expect(demoPhoneAppFrom(search)).toBe(app);
  });
});

describe('syncIdentityAt', () => {
  it.each([
    ['widget', false],
    ['remote', true],
    ['window', true],
  ] as const)('puts the widget in %s (usesCallingWindow %s)', (location, usesCallingWindow) => {
    expect(syncIdentityAt(location)).toMatchObject({ iframeLocation: location, usesCallingWindow });
  });

  it('reads the location from the simulator URL, the sidebar by default', () => {
    expect(iframeLocationFrom('?location=remote')).toBe('remote');
    expect(iframeLocationFrom('?location=elsewhere')).toBe('widget');
  });
});
