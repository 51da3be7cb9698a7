import { describe, expect, it } from 'vitest';
import {
  emptyPortalMemory,
  loadPortalMemory,
  type MemoryStorage,
  type PortalMemory,
  portalMemoryKey,
  readPortalMemory,
  savePortalMemory,
  serialisePortalMemory,
} from '../../src/simulator/portal-memory';
import { timelineEntry } from '../../src/simulator/timeline';

const entry = (externalCallId: string) =>
  timelineEntry(
    {
      externalCallId,
      engagementId: 4242,
      engagementProperties: { hs_call_title: 'Call to Emily Carter', hs_call_body: 'Hi<br>there' },
    },
    { loggedAt: 1767225600000, createdEngagementIds: ['4242'] },
  );

const memory: PortalMemory = {
  timeline: [entry('call-1'), entry('call-2')],
  createdEngagementIds: ['4242', '4243'],
};

function mapStorage(): MemoryStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('readPortalMemory', () => {
  it('reads back exactly what was kept', () => {
    expect(readPortalMemory(serialisePortalMemory(memory))).toEqual(memory);
  });

  it('reads nothing from nothing, from text that is not JSON, or from another shape', () => {
    expect(readPortalMemory(null)).toEqual(emptyPortalMemory);
    expect(readPortalMemory('{"timeline":')).toEqual(emptyPortalMemory);
    expect(readPortalMemory('[1,2]')).toEqual(emptyPortalMemory);
    expect(readPortalMemory('{"version":2,"timeline":[],"createdEngagementIds":[]}')).toEqual(
      emptyPortalMemory,
    );
  });

  it('leaves out an entry it cannot read and keeps the others', () => {
    const stored = JSON.parse(serialisePortalMemory(memory));
    stored.timeline.splice(1, 0, { title: 'half an entry' });
    expect(readPortalMemory(JSON.stringify(stored)).timeline).toEqual(memory.timeline);
  });
});

describe('savePortalMemory and loadPortalMemory', () => {
  it('carry the timeline and the created engagements across a reload', () => {
    const storage = mapStorage();
    expect(savePortalMemory(storage, memory)).toBe(true);
    expect(loadPortalMemory(storage)).toEqual(memory);
  });

  it('keep nothing for an empty portal', () => {
    const storage = mapStorage();
    savePortalMemory(storage, memory);
    savePortalMemory(storage, emptyPortalMemory);
    expect(storage.items.has(portalMemoryKey)).toBe(false);
  });

  it('say so when storage is refused or full, and read nothing from a refusing storage', () => {
    const refusing: MemoryStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(savePortalMemory(refusing, memory)).toBe(false);
    expect(savePortalMemory(null, memory)).toBe(false);
    expect(loadPortalMemory(refusing)).toEqual(emptyPortalMemory);
  });
});
