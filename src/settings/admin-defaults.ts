import type { Message } from '../i18n/message';
import { type LookupDefaults, readLookupDefaultsFromUrl } from '../lookup/lookup-config';
import type { PublicLookupService } from './lookup-settings';
import { readPhoneSyncPreset } from './phone-sync';
import type { PhoneProvider } from './settings';

/**
 * Org-wide presets an admin puts in the widget URL registered with HubSpot
 * (`?provider=caresoft&lookupUrl=…`): one URL for the whole team. Agents' own settings win.
 */
export interface AdminDefaults {
  provider: PhoneProvider | null;
  lookup: LookupDefaults;
  /** Presets that were ignored, and why, for the agent to pass on to their admin. */
  problems: Message[];
  /** A lookup service with a public token (the demo), as the code starting the widget names it. */
  demoLookup: PublicLookupService | null;
  /** `?sync=on`: the team's sync service writes talk time, status and recording (`phone-sync.ts`). */
  phoneSync: boolean;
  /** A `?sync=` value that was neither on nor off, as given (cut short). */
  phoneSyncUnread: string | null;
}

export const noAdminDefaults: AdminDefaults = {
  provider: null,
  lookup: {},
  problems: [],
  demoLookup: null,
  phoneSync: false,
  phoneSyncUnread: null,
};

export function adminDefaultsFrom(
  search: string,
  demoLookup: PublicLookupService | null = null,
): AdminDefaults {
  const { defaults, problems } = readLookupDefaultsFromUrl(search);
  const { provider, ...lookup } = defaults;
  const sync = readPhoneSyncPreset(search);
  return {
    provider: provider === 'caresoft' ? 'careSoft' : provider === 'openphone' ? 'openPhone' : null,
    lookup,
    problems: problems.map(({ problem }) => problem),
    demoLookup,
    phoneSync: sync.phoneSync,
    phoneSyncUnread: sync.unread,
  };
}
