import * as v from 'valibot';
import { type TimelineEntry, timelineEntrySchema } from './timeline';

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

// Entries are read one by one: one that cannot be read is left out, never the others.
const storedMemory = v.object({
  version: v.literal(1),
  timeline: v.array(v.unknown()),
  createdEngagementIds: v.array(v.string()),
});

/** The kept memory in `raw` (a `getItem` result); anything unreadable reads as nothing. */
export function readPortalMemory(raw: string | null): PortalMemory {
  if (raw === null) return emptyPortalMemory;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return emptyPortalMemory;
  }
  const stored = v.safeParse(storedMemory, parsed);
  if (!stored.success) return emptyPortalMemory;
  return {
    timeline: stored.output.timeline.flatMap((entry) => {
      const read = v.safeParse(timelineEntrySchema, entry);
      return read.success ? [read.output] : [];
    }),
    createdEngagementIds: stored.output.createdEngagementIds,
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
