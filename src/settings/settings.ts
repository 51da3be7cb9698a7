/** The agent's own choices, kept in the browser (never secrets meant for servers). */
export interface Settings {
  /** The agent's OpenPhone numbers (E.164) to use as caller id; empty lets the app choose. */
  callerIds: string[];
  /** The caller id chosen for the last call, offered again for the next one. */
  lastCallerId: string | null;
  /** Dial at once (`action=call`) instead of opening OpenPhone's dialer prefilled. */
  autoDial: boolean;
}

export const defaultSettings: Settings = { callerIds: [], lastCallerId: null, autoDial: true };

export const maxCallerIds = 10;

const e164 = /^\+[1-9]\d{6,14}$/;

/** The caller id to start the next call with: the last one if it is still configured. */
export function callerIdFor(settings: Settings): string | null {
  if (settings.lastCallerId !== null && settings.callerIds.includes(settings.lastCallerId)) {
    return settings.lastCallerId;
  }
  return settings.callerIds[0] ?? null;
}

/**
 * Reads stored settings, keeping every valid part: a damaged entry costs the agent
 * one setting, not all of them.
 */
export function parseSettings(raw: string | null): { settings: Settings; problem: string | null } {
  if (raw === null) return { settings: defaultSettings, problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { settings: defaultSettings, problem: 'Saved settings were unreadable and were reset.' };
  }
  if (typeof data !== 'object' || data === null) {
    return { settings: defaultSettings, problem: 'Saved settings were unreadable and were reset.' };
  }
  const fields = data as Record<string, unknown>;
  const valid = Array.isArray(fields.callerIds)
    ? fields.callerIds.filter((id): id is string => typeof id === 'string' && e164.test(id))
    : [];
  const dropped = Array.isArray(fields.callerIds) && valid.length !== fields.callerIds.length;
  // Duplicates would show twice in Settings and vanish together on Remove.
  const callerIds = [...new Set(valid)].slice(0, maxCallerIds);
  const settings: Settings = {
    callerIds,
    lastCallerId:
      typeof fields.lastCallerId === 'string' && callerIds.includes(fields.lastCallerId)
        ? fields.lastCallerId
        : null,
    autoDial: typeof fields.autoDial === 'boolean' ? fields.autoDial : defaultSettings.autoDial,
  };
  return {
    settings,
    problem: dropped ? 'Some saved caller ids were not valid numbers and were removed.' : null,
  };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

export const settingsKey = 'handoff.settings.v1';
