import { type LookupDefaults, readLookupDefaultsFromUrl } from '../lookup/lookup-config';
import { demoLookupPath } from '../mocks/demo-lookup-address';
import type { PhoneProvider } from './settings';

/**
 * Org-wide presets an admin puts in the widget URL registered with HubSpot
 * (`?provider=caresoft&lookupUrl=…`): one URL for the whole team. Agents' own settings win.
 */
export interface AdminDefaults {
  provider: PhoneProvider | null;
  lookup: LookupDefaults;
  /** Presets that were ignored, in words the agent can pass on to their admin. */
  problems: string[];
  /** The demo lookup service next to this widget (dev and preview servers only). */
  demoLookupRoot: string | null;
}

export const noAdminDefaults: AdminDefaults = {
  provider: null,
  lookup: {},
  problems: [],
  demoLookupRoot: null,
};

export function adminDefaultsFrom(search: string, origin: string): AdminDefaults {
  const { defaults, problems } = readLookupDefaultsFromUrl(search);
  const { provider, ...lookup } = defaults;
  return {
    provider: provider === 'caresoft' ? 'careSoft' : provider === 'openphone' ? 'openPhone' : null,
    lookup,
    problems: problems.map((problem) => problem.message),
    demoLookupRoot: `${origin}${demoLookupPath}/api`,
  };
}
