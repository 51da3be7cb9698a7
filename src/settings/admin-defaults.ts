import type { Message } from '../i18n/message';
import { type LookupDefaults, readLookupDefaultsFromUrl } from '../lookup/lookup-config';
import type { PublicLookupService } from './lookup-settings';
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
}

export const noAdminDefaults: AdminDefaults = {
  provider: null,
  lookup: {},
  problems: [],
  demoLookup: null,
};

export function adminDefaultsFrom(
  search: string,
  demoLookup: PublicLookupService | null = null,
): AdminDefaults {
  const { defaults, problems } = readLookupDefaultsFromUrl(search);
  const { provider, ...lookup } = defaults;
  return {
    provider: provider === 'caresoft' ? 'careSoft' : provider === 'openphone' ? 'openPhone' : null,
    lookup,
    problems: problems.map(({ problem }) => problem),
    demoLookup,
  };
}
