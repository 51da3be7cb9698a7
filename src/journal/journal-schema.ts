import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { callCompletionSchema } from '../call/completion';
import { effectSchema } from '../call/effects';
import { callStateSchema } from '../call/state';

// What we read back from storage is untrusted: another tab, an older or newer version or a
// full disk may have left anything there. The call's own schemas (`src/call/`) say exactly
// what a record may hold: they are the definition of the types, so a new phase or outcome
// is stored and read back the moment it exists, and brands (CallId, EngagementId) come back
// checked, not cast. `read-record.ts` reads a record part by part with these schemas.

/** An effect waiting to reach HubSpot; its key is unique per call and message. */
export const outboxEntrySchema = builtOnFirstUse(() =>
  v.object({ key: v.string(), effect: effectSchema }),
);
export type OutboxEntry = v.InferOutput<typeof outboxEntrySchema>;

/**
 * The layout this build writes. A newer build that only adds fields keeps it (this build
 * reads what it knows and ignores the rest); one that changes what a field means writes
 * a higher number, and this build then sets that record aside on its own.
 */
export const recordVersion = 2;

/** What one widget instance keeps: its call, what it still has to send, what it sent. */
export const journalContentsSchema = v.object({
  state: callStateSchema,
  outbox: v.array(outboxEntrySchema),
  /** Keys of messages sent (or about to be): each goes to HubSpot at most once. */
  sent: v.array(v.string()),
  /** The last completed calls, newest first. */
  history: v.array(callCompletionSchema),
});
export type JournalContents = v.InferOutput<typeof journalContentsSchema>;

/** A record as stored under `handoff.instance.v2.<instance>`. */
export const storedRecordSchema = builtOnFirstUse(() =>
  v.object({
    v: v.literal(recordVersion),
    /** The widget instance that owns the record and the call in it. */
    instance: v.string(),
    /** When the record was last written. */
    savedAt: v.number(),
    /** When its instance went away (the page was hidden for good), if it did. */
    releasedAt: v.optional(v.nullable(v.number()), null),
    ...journalContentsSchema.entries,
  }),
);
export type StoredRecord = v.InferOutput<typeof storedRecordSchema>;
