import { demoLookupPath } from '../mocks/demo-lookup-address';
import { readPhoneSyncPreset } from '../settings/phone-sync';

/** Which phone app the simulated team's admin chose: what `?provider=` says in the widget URL. */
export type DemoPhoneApp = 'openphone' | 'caresoft';

export function demoPhoneAppFrom(search: string): DemoPhoneApp {
  return new URLSearchParams(search).get('provider')?.toLowerCase() === 'caresoft'
    ? 'caresoft'
    : 'openphone';
}

/**
 * Whether the simulated team runs the sync service: the simulator's own `?sync=on`, passed
 * on to the widget URL as the admin would (README, "Sync with your phone system").
 */
export function demoPhoneSyncFrom(search: string): boolean {
  return readPhoneSyncPreset(search).phoneSync;
}

/**
 * The widget URL an admin would register, pointed at the embedded demo lookup service so
 * `npm start` shows caller data with nothing to set up (the demo token is public), with
 * `sync=on` when the team runs the sync service.
 */
export function demoWidgetUrl(origin: string, phoneApp: DemoPhoneApp, phoneSync = false): string {
  const query = new URLSearchParams({
    provider: phoneApp,
    lookupUrl: `${origin}${demoLookupPath}/api`,
  });
  if (phoneSync) query.set('sync', 'on');
  return `${origin}/?${query}`;
}

/** Whether the widget at `url` leaves the phone's properties to the sync service. */
export function widgetUsesPhoneSync(url: string): boolean {
  try {
    return readPhoneSyncPreset(new URL(url).search).phoneSync;
  } catch {
    return false;
  }
}
