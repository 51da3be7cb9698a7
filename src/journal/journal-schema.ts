import * as v from 'valibot';
import { callCompletionSchema } from '../call/completion';
import { effectSchema } from '../call/effects';
import { callStateSchema } from '../call/state';

// What we read back from storage is untrusted: another tab, an older version or a full
// disk may have left anything there. The call's own schemas (`src/call/`) say exactly what
// a record may hold: they are the definition of the types, so a new phase or outcome is
// stored and read back the moment it exists, and brands (CallId, EngagementId) come back
// checked, not cast.

/** An effect waiting to reach HubSpot; its key is unique per call and message. */
export const outboxEntrySchema = v.object({ key: v.string(), effect: effectSchema });
export type OutboxEntry = v.InferOutput<typeof outboxEntrySchema>;

export const journalSchema = v.object({
  version: v.literal(1),
  state: callStateSchema,
  outbox: v.array(outboxEntrySchema),
  sent: v.array(v.string()),
  history: v.array(callCompletionSchema),
});
export type JournalRecord = v.InferOutput<typeof journalSchema>;

export function parseJournal(raw: string): JournalRecord | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = v.safeParse(journalSchema, data);
  return result.success ? result.output : null;
}
