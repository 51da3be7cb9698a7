import type { RecordedMessage } from './protocol';
import type { TimelineEntry } from './timeline';

/**
 * What browser tests read as `window.handoffSimulator`: every message in both
 * directions, in order, and every call logged on the timeline. The arrays are replaced,
 * never mutated, so a reference taken earlier stays a snapshot of that moment.
 */
export interface SimulatorRecord {
  messages: readonly RecordedMessage[];
  timeline: readonly TimelineEntry[];
}

declare global {
  interface Window {
    handoffSimulator?: SimulatorRecord;
  }
}

export interface SimulatorRecorder {
  readonly record: SimulatorRecord;
  addMessage(message: RecordedMessage): void;
  addTimelineEntry(entry: TimelineEntry): void;
  /** For `useSyncExternalStore`. */
  subscribe(listener: () => void): () => void;
}

/** `timeline`: the calls the portal already had (kept across the simulator's reloads). */
export function createSimulatorRecorder(
  timeline: readonly TimelineEntry[] = [],
): SimulatorRecorder {
  const record: SimulatorRecord = { messages: [], timeline };
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    record,
    addMessage(message) {
      record.messages = [...record.messages, message];
      changed();
    },
    addTimelineEntry(entry) {
      record.timeline = [...record.timeline, entry];
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
