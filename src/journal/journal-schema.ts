import * as v from 'valibot';
import type { CallCompletion } from '../call/completion';
import type { Effect } from '../call/effects';
import type { CallState } from '../call/state';

// What we read back from storage is untrusted: another tab, an older version or a full
// disk may have left anything there. These schemas say exactly what a record may hold.

const callId = v.string();
const time = v.number();
const context = v.record(v.string(), v.unknown());

const dial = v.object({
  phoneNumber: v.string(),
  countryCode: v.optional(v.string()),
  callee: v.optional(
    v.object({ objectId: v.number(), objectType: v.picklist(['CONTACT', 'COMPANY']) }),
  ),
  context,
});

const validNumber = v.object({ kind: v.literal('valid'), e164: v.string(), display: v.string() });
const invalidNumber = v.object({
  kind: v.literal('invalid'),
  given: v.string(),
  reason: v.string(),
});

const engagement = v.variant('status', [
  v.object({ status: v.literal('pending') }),
  v.object({ status: v.literal('created'), id: v.number() }),
  v.object({ status: v.literal('failed'), reason: v.string() }),
]);

const direction = v.picklist(['OUTBOUND', 'INBOUND']);

const liveCall = v.object({
  id: callId,
  // Calls journaled before inbound support were all outbound.
  direction: v.optional(direction, 'OUTBOUND'),
  dial,
  to: validNumber,
  from: v.nullable(v.string()),
  startedAt: time,
  engagement,
  // Absent in records written before calls could be named.
  calleeName: v.optional(v.nullable(v.string()), null),
});

const outcome = v.picklist([
  'connected',
  'leftVoicemail',
  'leftLiveMessage',
  'noAnswer',
  'busy',
  'wrongNumber',
]);
const endStatus = v.picklist([
  'COMPLETED',
  'NO_ANSWER',
  'BUSY',
  'CANCELED',
  'FAILED',
  'MISSED',
  'REJECTED',
]);

export const completionSchema = v.object({
  id: callId,
  direction,
  dial,
  to: validNumber,
  from: v.nullable(v.string()),
  engagementId: v.nullable(v.number()),
  startedAt: time,
  answeredAt: v.nullable(time),
  endedAt: time,
  endStatus,
  outcome: v.nullable(outcome),
  notes: v.string(),
  calleeName: v.optional(v.nullable(v.string()), null),
});

const phase = v.variant('status', [
  v.object({ status: v.literal('idle'), lastCall: v.nullable(completionSchema) }),
  v.object({
    status: v.literal('numberNeeded'),
    id: callId,
    dial,
    number: invalidNumber,
    at: time,
  }),
  v.object({ status: v.literal('handedOff'), call: liveCall }),
  v.object({ status: v.literal('connected'), call: liveCall, answeredAt: time }),
  v.object({
    status: v.literal('wrapUp'),
    call: liveCall,
    answeredAt: v.nullable(time),
    endedAt: time,
    endStatus,
    outcome: v.nullable(outcome),
    notes: v.string(),
    savingSince: v.optional(v.nullable(time), null),
  }),
]);

export const callStateSchema = v.object({
  phase,
  waitingDial: v.nullable(
    v.object({
      id: callId,
      dial,
      number: v.variant('kind', [validNumber, invalidNumber]),
      at: time,
      queued: v.boolean(),
    }),
  ),
  callerId: v.nullable(v.string()),
});

const effect = v.variant('type', [
  v.object({ type: v.literal('outgoingCall'), call: liveCall }),
  v.object({ type: v.literal('incomingCall'), call: liveCall }),
  v.object({ type: v.literal('callAnswered'), id: callId }),
  v.object({
    type: v.literal('callEnded'),
    id: callId,
    engagementId: v.nullable(v.number()),
    endStatus,
  }),
  v.object({ type: v.literal('callCompleted'), completion: completionSchema }),
]);

export const journalSchema = v.object({
  version: v.literal(1),
  state: callStateSchema,
  outbox: v.array(v.object({ key: v.string(), effect })),
  sent: v.array(v.string()),
  history: v.array(completionSchema),
});

// The schemas cannot see brands (CallId, EngagementId); these casts are where we accept
// that what we wrote ourselves comes back with the same meaning.
export interface JournalRecord {
  version: 1;
  state: CallState;
  outbox: OutboxEntry[];
  sent: string[];
  history: CallCompletion[];
}

/** An effect waiting to reach HubSpot; its key is unique per call and message. */
export interface OutboxEntry {
  key: string;
  effect: Effect;
}

export function parseJournal(raw: string): JournalRecord | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = v.safeParse(journalSchema, data);
  return result.success ? (result.output as unknown as JournalRecord) : null;
}
