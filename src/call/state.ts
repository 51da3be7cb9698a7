import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { callCompletionSchema } from './completion';
import {
  checkedNumberSchema,
  dialRequestSchema,
  invalidNumberSchema,
  validNumberSchema,
} from './dial';
import { awaitedAnswerSchema } from './engagement-answers';
import { callIdSchema, engagementIdSchema } from './ids';
import { callDirectionSchema, callOutcomeSchema, endStatusSchema } from './outcome';

const time = builtOnFirstUse(() => v.number());

/** Where HubSpot's engagement for the call stands: its id may come at any moment, or never. */
export const engagementSchema = builtOnFirstUse(() =>
  v.variant('status', [
    v.object({ status: v.literal('pending') }),
    v.object({ status: v.literal('created'), id: engagementIdSchema }),
    /** `reason`: HubSpot's own words, null when it gave none. */
    v.object({ status: v.literal('failed'), reason: v.nullable(v.string()) }),
  ]),
);
export type Engagement = v.InferOutput<typeof engagementSchema>;

/**
 * A call HubSpot already knows about: `outgoingCall` (or `incomingCall`) has been sent.
 * `to` is always the other party's number, `from` the agent's own caller id.
 */
export const liveCallSchema = builtOnFirstUse(() =>
  v.object({
    id: callIdSchema,
    // Calls journaled before inbound support were all outbound.
    direction: v.optional(callDirectionSchema, 'OUTBOUND'),
    dial: dialRequestSchema,
    to: validNumberSchema,
    /** The agent's OpenPhone number used as caller id; null lets the phone app choose. */
    from: v.nullable(v.string()),
    startedAt: time,
    engagement: engagementSchema,
    /** Who the agent says answers this number (from the caller lookup); titles the call. */
    calleeName: v.optional(v.nullable(v.string()), null),
  }),
);
export type LiveCall = v.InferOutput<typeof liveCallSchema>;

export const callPhaseSchema = builtOnFirstUse(() =>
  v.variant('status', [
    v.object({ status: v.literal('idle'), lastCall: v.nullable(callCompletionSchema) }),
    /** HubSpot's number could not be read; nothing is sent until the agent corrects it. */
    v.object({
      status: v.literal('numberNeeded'),
      id: callIdSchema,
      dial: dialRequestSchema,
      number: invalidNumberSchema,
      at: time,
    }),
    v.object({ status: v.literal('handedOff'), call: liveCallSchema }),
    v.object({ status: v.literal('connected'), call: liveCallSchema, answeredAt: time }),
    v.object({
      status: v.literal('wrapUp'),
      call: liveCallSchema,
      answeredAt: v.nullable(time),
      endedAt: time,
      endStatus: endStatusSchema,
      // An outcome a newer version added (read back after a downgrade) reads as not chosen yet:
      // the agent picks again rather than losing the call.
      outcome: v.fallback(v.nullable(callOutcomeSchema), null),
      notes: v.string(),
      /**
       * When the agent pressed Save while HubSpot's engagement id was still on its way: the
       * call is completed when it arrives, or when the edge gives up waiting.
       */
      savingSince: v.optional(v.nullable(time), null),
    }),
    /**
     * HubSpot's handshake named a call in progress (`engagementId`) that this widget does not
     * know: the page reloaded mid-call and the browser kept nothing of it (storage refused).
     * Only its engagement is known, not its number, start or length: the agent may give it an
     * outcome and notes, logged on that engagement, or leave it.
     */
    v.object({
      status: v.literal('recalled'),
      engagementId: engagementIdSchema,
      /** When the handshake named it. */
      at: time,
      outcome: v.fallback(v.nullable(callOutcomeSchema), null),
      notes: v.string(),
    }),
  ]),
);
export type CallPhase = v.InferOutput<typeof callPhaseSchema>;

/** A dial HubSpot sent while another call was live: kept until the agent decides. */
export const waitingDialSchema = builtOnFirstUse(() =>
  v.object({
    id: callIdSchema,
    dial: dialRequestSchema,
    number: checkedNumberSchema,
    at: time,
    /** The agent asked to place it as soon as the current call is saved. */
    queued: v.boolean(),
    /**
     * How many other numbers HubSpot asked for while this call was live and this one
     * replaced (only the newest waits): the agent is told. Absent in older records.
     */
    dropped: v.optional(v.number(), 0),
  }),
);
export type WaitingDial = v.InferOutput<typeof waitingDialSchema>;

export const callStateSchema = builtOnFirstUse(() =>
  v.pipe(
    v.object({
      phase: callPhaseSchema,
      waitingDial: v.nullable(waitingDialSchema),
      /** The caller id to use for the next handoff (settings choose it, the agent may change it). */
      callerId: v.nullable(v.string()),
      /**
       * Calls HubSpot has not answered yet, oldest first (`engagement-answers.ts`). Absent in
       * records written before answers were queued: then only the live call can be waiting.
       */
      awaitingAnswers: v.optional(v.array(awaitedAnswerSchema)),
      /** The last engagement ids HubSpot gave, newest first: a repeated answer is not a new one. */
      answered: v.optional(v.array(engagementIdSchema), []),
    }),
    v.transform(({ awaitingAnswers, ...state }) => ({
      ...state,
      awaitingAnswers: awaitingAnswers ?? awaitingInOldRecord(state.phase),
    })),
  ),
);
export type CallState = v.InferOutput<typeof callStateSchema>;

function awaitingInOldRecord(phase: CallPhase) {
  if (phase.status === 'idle' || phase.status === 'numberNeeded' || phase.status === 'recalled') {
    return [];
  }
  const { call } = phase;
  return call.engagement.status === 'pending' ? [{ id: call.id, at: call.startedAt }] : [];
}

export const initialCallState = (callerId: string | null = null): CallState => ({
  phase: { status: 'idle', lastCall: null },
  waitingDial: null,
  callerId,
  awaitingAnswers: [],
  answered: [],
});
