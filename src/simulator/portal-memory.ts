import { isRecord } from './payload-fields';
import { readTimelineEntry, type TimelineEntry } from './timeline';

/**
 * What a HubSpot portal keeps on its servers, and so across page loads: the calls on the
 * timeline and the engagements it created. The simulator reloads itself to switch the
 * widget location or the phone app; this is what it carries across (in sessionStorage:
 * this tab only, gone with it).
 */
export interface PortalMemory {
  timeline: readonly TimelineEntry[];
  createdEngagementIds: readonly string[];
}

export const portalMemoryKey = 'handoff-simulator:portal';

export const emptyPortalMemory: PortalMemory = { timeline: [], createdEngagementIds: [] };

/** The kept memory in `raw` (a `getItem` result); anything unreadable reads as nothing. */
export function readPortalMemory(raw: string | null): PortalMemory {
  if (raw === null) return emptyPortalMemory;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return emptyPortalMemory;
  }
  if (!isRecord(stored) || stored.version !== 1) return emptyPortalMemory;
  const { timeline, createdEngagementIds } = stored;
  if (!Array.isArray(timeline) || !Array.isArray(createdEngagementIds)) return emptyPortalMemory;
  return {
    // One by one: an entry that cannot be read is left out, never the others.
    timeline: timeline.flatMap((entry) => readTimelineEntry(entry) ?? []),
    createdEngagementIds: createdEngagementIds.filter((id) => typeof id === 'string'),
  };
}

export function serialisePortalMemory(memory: PortalMemory): string {
  return JSON.stringify({ version: 1, ...memory });
}

/** Where the memory lives; `null` when the browser refuses storage (then it lasts one load). */
export interface MemoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function loadPortalMemory(storage: MemoryStorage | null): PortalMemory {
  try {
    return readPortalMemory(storage?.getItem(portalMemoryKey) ?? null);
  } catch {
    return emptyPortalMemory;
  }
}

/** False when the storage refused it (blocked or full): the page still shows everything. */
export function savePortalMemory(storage: MemoryStorage | null, memory: PortalMemory): boolean {
  if (storage === null) return false;
  try {
    if (memory.timeline.length === 0 && memory.createdEngagementIds.length === 0) {
      storage.removeItem(portalMemoryKey);
    } else {
      storage.setItem(portalMemoryKey, serialisePortalMemory(memory));
    }
    return true;
  } catch {
    return false;
  }
}
