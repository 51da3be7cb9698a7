/**
 * The admin's `?sync=` preset in the widget URL: `on` when the team runs the sync service
 * (`src/sync/`, README "Sync with your phone system"), which writes on each HubSpot call
 * what the phone knows. The widget then leaves those properties to it.
 */
export interface PhoneSyncPreset {
  phoneSync: boolean;
  /** What `?sync=` said when it was neither on nor off (cut short), for the agent to pass on. */
  unread: string | null;
}

const on = new Set(['on', 'true', '1']);
const off = new Set(['off', 'false', '0']);

export function readPhoneSyncPreset(search: string): PhoneSyncPreset {
  const given = new URLSearchParams(search).get('sync');
  if (given === null) return { phoneSync: false, unread: null };
  const value = given.trim().toLowerCase();
  if (on.has(value)) return { phoneSync: true, unread: null };
  if (off.has(value)) return { phoneSync: false, unread: null };
  // Not understood: the widget keeps logging everything itself, as without the preset.
  return { phoneSync: false, unread: given.trim().slice(0, 40) };
}
