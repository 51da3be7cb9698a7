import { assertNever } from '../assert-never';
import type { CallCompletion } from './completion';
import type { CheckedNumber, DialRequest } from './dial';
import type { Effect } from './effects';
import { awaitAnswer, matchAnswer, rememberedAnswers } from './engagement-answers';
import type { CallEvent } from './events';
import type { CallId, EngagementId } from './ids';
import { notesForLog } from './notes';
import type { CallOutcome, EndStatus } from './outcome';
import type { CallPhase, CallState, LiveCall, WaitingDial } from './state';

export interface Transition {
  state: CallState;
  effects: Effect[];
}

/**
 * HubSpot fires `onDialNumber` twice for one click in the field; the same number within
 * this window is the same request, not a second call.
 */
export const duplicateDialWindowMs = 2_000;

const stay = (state: CallState): Transition => ({ state, effects: [] });

const withPhase = (state: CallState, phase: CallPhase, effects: Effect[] = []): Transition => ({
  state: { ...state, phase },
  effects,
});

const engagementIdOf = (call: LiveCall): EngagementId | null =>
  call.engagement.status === 'created' ? call.engagement.id : null;

/** Starts a call: with a readable number it is handed off at once, otherwise the agent fixes it first. */
function startCall(
  state: CallState,
  id: CallId,
  dial: DialRequest,
  number: CheckedNumber,
  at: number,
): Transition {
  if (number.kind === 'invalid') {
    return withPhase(state, { status: 'numberNeeded', id, dial, number, at });
  }
  const call: LiveCall = {
    id,
    direction: 'OUTBOUND',
    dial,
    to: number,
    from: state.callerId,
    startedAt: at,
    engagement: { status: 'pending' },
    calleeName: null,
  };
  return withPhase(awaiting(state, call), { status: 'handedOff', call }, [
    { type: 'outgoingCall', call },
  ]);
}

/** The call is about to ask HubSpot for an engagement: it joins the calls awaiting an answer. */
function awaiting(state: CallState, call: LiveCall): CallState {
  const live = liveCallOf(state.phase)?.id ?? null;
  const request = { id: call.id, at: call.startedAt };
  return { ...state, awaitingAnswers: awaitAnswer(state.awaitingAnswers, request, live) };
}

const liveCallOf = (phase: CallPhase): LiveCall | null =>
  phase.status === 'idle' || phase.status === 'numberNeeded' || phase.status === 'recalled'
    ? null
    : phase.call;

function endCall(
  state: CallState,
  call: LiveCall,
  answeredAt: number | null,
  endStatus: EndStatus,
  outcome: CallOutcome | null,
  at: number,
): Transition {
  return withPhase(
    state,
    {
      status: 'wrapUp',
      call,
      answeredAt,
      endedAt: at,
      endStatus,
      outcome,
      notes: '',
      savingSince: null,
    },
    [{ type: 'callEnded', id: call.id, engagementId: engagementIdOf(call), endStatus }],
  );
}

/** After a call is logged, a dial the agent queued starts on its own; an unqueued one stays asked. */
function finishCall(state: CallState, completion: CallCompletion, at: number): Transition {
  return backToIdle(state, completion, [{ type: 'callCompleted', completion }], at);
}

/** Idle again after `effects`; a dial the agent queued meanwhile starts now. */
function backToIdle(
  state: CallState,
  lastCall: CallCompletion | null,
  effects: Effect[],
  at: number,
): Transition {
  const idle: CallState = { ...state, phase: { status: 'idle', lastCall } };
  const waiting = state.waitingDial;
  if (waiting === null || !waiting.queued) return { state: idle, effects };
  const next = startWaitingDial(idle, waiting, at);
  return { state: next.state, effects: [...effects, ...next.effects] };
}

type Recalled = Extract<CallPhase, { status: 'recalled' }>;

/**
 * How a recalled call ended, from the outcome the agent chose: the widget never saw it.
 * Without an outcome it simply ended (`COMPLETED`): nothing says it failed.
 */
export function recalledEndStatus(outcome: CallOutcome | null): EndStatus {
  if (outcome === 'noAnswer') return 'NO_ANSWER';
  if (outcome === 'busy') return 'BUSY';
  return 'COMPLETED';
}

/**
 * Logs the recalled call on HubSpot's engagement: ended, then completed, under a new
 * external id (`id`), since the one it was started with was lost with the page.
 */
function saveRecalled(state: CallState, phase: Recalled, id: CallId, at: number): Transition {
  const endStatus = recalledEndStatus(phase.outcome);
  const { engagementId } = phase;
  return backToIdle(
    state,
    null,
    [
      { type: 'callEnded', id, engagementId, endStatus },
      {
        type: 'recalledCallCompleted',
        id,
        engagementId,
        endStatus,
        outcome: phase.outcome,
        notes: notesForLog(phase.notes).logged,
      },
    ],
    at,
  );
}

type WrapUp = Extract<CallPhase, { status: 'wrapUp' }>;

/**
 * Completes the call, or waits while HubSpot's engagement id is still on its way: a
 * callCompleted without it can leave a "ghost" call on the timeline.
 */
function save(state: CallState, phase: WrapUp, at: number): Transition {
  if (phase.call.engagement.status === 'pending') {
    return withPhase(state, { ...phase, savingSince: at });
  }
  return finishCall(state, completionOf(phase), at);
}

function startWaitingDial(state: CallState, waiting: WaitingDial, at: number): Transition {
  return startCall({ ...state, waitingDial: null }, waiting.id, waiting.dial, waiting.number, at);
}

function completionOf(phase: WrapUp): CallCompletion {
  const { call } = phase;
  return {
    id: call.id,
    direction: call.direction,
    dial: call.dial,
    to: call.to,
    from: call.from,
    engagementId: engagementIdOf(call),
    startedAt: call.startedAt,
    answeredAt: phase.answeredAt,
    endedAt: phase.endedAt,
    endStatus: phase.endStatus,
    outcome: phase.outcome,
    // What HubSpot can keep, without the controls that reverse text on the timeline.
    notes: notesForLog(phase.notes).logged,
    calleeName: call.calleeName,
  };
}

function isSameDialRepeated(phase: CallPhase, dial: DialRequest, at: number): boolean {
  const current =
    phase.status === 'numberNeeded'
      ? { dial: phase.dial, at: phase.at }
      : phase.status === 'idle' || phase.status === 'recalled'
        ? null
        : { dial: phase.call.dial, at: phase.call.startedAt };
  return (
    current !== null &&
    current.dial.phoneNumber === dial.phoneNumber &&
    at - current.at < duplicateDialWindowMs
  );
}

function onDialRequested(state: CallState, event: Extract<CallEvent, { type: 'dialRequested' }>) {
  const { phase } = state;
  if (phase.status === 'idle') {
    return startCall(state, event.id, event.dial, event.number, event.at);
  }
  if (isSameDialRepeated(phase, event.dial, event.at)) return stay(state);
  // Never a second call, never a dropped first one: the newest request waits for the agent,
  // and a different number it replaces is counted, so the agent knows it was asked for.
  const before = state.waitingDial;
  const replaced = before !== null && before.dial.phoneNumber !== event.dial.phoneNumber;
  const waitingDial: WaitingDial = {
    id: event.id,
    dial: event.dial,
    number: event.number,
    at: event.at,
    queued: false,
    dropped: (before?.dropped ?? 0) + (replaced ? 1 : 0),
  };
  return stay({ ...state, waitingDial });
}

/**
 * Gives HubSpot's answer to the call that asked for it (`engagement-answers.ts`). An answer
 * for a call that is no longer live is used up and dropped: it never reaches another call.
 */
function answerCall(
  state: CallState,
  named: CallId | null,
  engagement: LiveCall['engagement'],
  at: number,
): Transition {
  const { id, awaiting } = matchAnswer(state.awaitingAnswers, named);
  const next = { ...state, awaitingAnswers: awaiting };
  if (id === null || liveCallOf(state.phase)?.id !== id) return stay(next);
  return setEngagement(next, engagement, at);
}

/**
 * Which call an answer from HubSpot would go to, and whether that call is still live: the
 * widget tells the agent when an answer comes for a call already saved without it.
 */
export function answerTarget(
  state: CallState,
  named: CallId | null,
): { id: CallId; live: boolean } | null {
  const { id } = matchAnswer(state.awaitingAnswers, named);
  if (id === null) return null;
  return { id, live: liveCallOf(state.phase)?.id === id };
}

function setEngagement(
  state: CallState,
  engagement: LiveCall['engagement'],
  at: number,
): Transition {
  const { phase } = state;
  if (phase.status === 'idle' || phase.status === 'numberNeeded' || phase.status === 'recalled') {
    return stay(state);
  }
  // A failure report never overwrites an id we already hold.
  if (engagement.status === 'failed' && phase.call.engagement.status === 'created') {
    return stay(state);
  }
  const call = { ...phase.call, engagement };
  if (phase.status === 'wrapUp' && phase.savingSince !== null) {
    // The save was waiting for this answer.
    return finishCall(state, completionOf({ ...phase, call }), at);
  }
  return withPhase(state, { ...phase, call });
}

/**
 * The call lifecycle as a pure reducer (docs/architecture.md: `call/`). Every `outgoingCall` effect is
 * followed, over the call's life, by exactly one `callEnded` and one `callCompleted`.
 */
export function transition(state: CallState, event: CallEvent): Transition {
  const { phase } = state;
  switch (event.type) {
    case 'dialRequested':
      return onDialRequested(state, event);

    case 'numberCorrected':
      if (phase.status !== 'numberNeeded') return stay(state);
      return startCall(state, phase.id, phase.dial, event.number, event.at);

    case 'incomingCallLogged': {
      if (phase.status !== 'idle') return stay(state);
      const call: LiveCall = {
        id: event.id,
        direction: 'INBOUND',
        // Inbound calls have no HubSpot dial: the caller's number is all there is.
        dial: {
          phoneNumber: event.number.e164,
          countryCode: undefined,
          callee: undefined,
          context: {},
        },
        to: event.number,
        from: state.callerId,
        startedAt: event.at,
        engagement: { status: 'pending' },
        calleeName: null,
      };
      return withPhase(awaiting(state, call), { status: 'handedOff', call }, [
        { type: 'incomingCall', call },
      ]);
    }

    case 'callMissed':
      if (phase.status !== 'handedOff' || phase.call.direction !== 'INBOUND') return stay(state);
      return endCall(state, phase.call, null, 'MISSED', 'noAnswer', event.at);

    case 'callDeclined':
      if (phase.status !== 'handedOff' || phase.call.direction !== 'INBOUND') return stay(state);
      return endCall(state, phase.call, null, 'REJECTED', null, event.at);

    case 'callerIdChosen': {
      const next = { ...state, callerId: event.callerId };
      if (phase.status !== 'handedOff') return stay(next);
      return withPhase(next, { ...phase, call: { ...phase.call, from: event.callerId } });
    }

    case 'calleeAnswered':
      if (phase.status !== 'handedOff') return stay(state);
      return withPhase(state, { status: 'connected', call: phase.call, answeredAt: event.at }, [
        { type: 'callAnswered', id: phase.call.id },
      ]);

    case 'noAnswer':
      if (phase.status !== 'handedOff' || phase.call.direction !== 'OUTBOUND') return stay(state);
      return endCall(state, phase.call, null, 'NO_ANSWER', 'noAnswer', event.at);

    case 'lineBusy':
      if (phase.status !== 'handedOff' || phase.call.direction !== 'OUTBOUND') return stay(state);
      return endCall(state, phase.call, null, 'BUSY', 'busy', event.at);

    case 'hungUp':
      if (phase.status !== 'connected') return stay(state);
      return endCall(state, phase.call, phase.answeredAt, 'COMPLETED', 'connected', event.at);

    case 'callCanceled': {
      if (phase.status === 'numberNeeded') {
        // Nothing reached HubSpot yet, so there is nothing to end or log.
        return withPhase(state, { status: 'idle', lastCall: null });
      }
      if (phase.status !== 'handedOff') return stay(state);
      // Ended and completed at once, so HubSpot never keeps a half-logged engagement.
      const ended = endCall(state, phase.call, null, 'CANCELED', null, event.at);
      if (ended.state.phase.status !== 'wrapUp') return ended;
      const saved = save(ended.state, ended.state.phase, event.at);
      return { state: saved.state, effects: [...ended.effects, ...saved.effects] };
    }

    case 'hostEndedCall':
      switch (phase.status) {
        case 'idle':
        case 'wrapUp':
        // Already over: only its wrap-up is left.
        case 'recalled':
          return stay(state);
        case 'numberNeeded':
          return withPhase(state, { status: 'idle', lastCall: null });
        case 'handedOff':
          return endCall(state, phase.call, null, 'CANCELED', null, event.at);
        case 'connected':
          return endCall(state, phase.call, phase.answeredAt, 'COMPLETED', 'connected', event.at);
        default:
          return assertNever(phase);
      }

    case 'engagementCreated': {
      // Older HubSpot builds may send the deprecated ENGAGEMENT_CREATED next to the new one.
      if (state.answered.includes(event.engagementId)) return stay(state);
      const answered = [event.engagementId, ...state.answered].slice(0, rememberedAnswers);
      const created = { status: 'created', id: event.engagementId } as const;
      return answerCall({ ...state, answered }, event.callId, created, event.at);
    }

    case 'engagementFailed':
      return answerCall(state, event.callId, { status: 'failed', reason: event.reason }, event.at);

    case 'engagementRecalled': {
      // An engagement this widget was given, or logged a call on, is not another call.
      if (state.answered.includes(event.engagementId)) return stay(state);
      if (phase.status === 'idle') {
        if (phase.lastCall?.engagementId === event.engagementId) return stay(state);
        // No call here owns it: the page reloaded mid-call and kept nothing of it.
        const answered = [event.engagementId, ...state.answered].slice(0, rememberedAnswers);
        return withPhase(
          { ...state, answered },
          {
            status: 'recalled',
            engagementId: event.engagementId,
            at: event.at,
            outcome: null,
            notes: '',
          },
        );
      }
      const call = liveCallOf(phase);
      if (call === null || call.engagement.status !== 'pending') return stay(state);
      // The queue ends with the live call: every answer before it is now past.
      const next: CallState = {
        ...state,
        awaitingAnswers: [],
        answered: [event.engagementId, ...state.answered].slice(0, rememberedAnswers),
      };
      return setEngagement(next, { status: 'created', id: event.engagementId }, event.at);
    }

    case 'engagementWaitExpired':
      if (phase.status !== 'wrapUp' || phase.savingSince === null) return stay(state);
      return finishCall(state, completionOf(phase), event.at);

    case 'calleeNamed':
      if (
        phase.status === 'idle' ||
        phase.status === 'numberNeeded' ||
        phase.status === 'recalled'
      ) {
        return stay(state);
      }
      return withPhase(state, { ...phase, call: { ...phase.call, calleeName: event.name } });

    case 'outcomeChosen':
      if (phase.status === 'recalled')
        return withPhase(state, { ...phase, outcome: event.outcome });
      if (phase.status !== 'wrapUp' || phase.savingSince !== null) return stay(state);
      return withPhase(state, { ...phase, outcome: event.outcome });

    case 'notesEdited':
      if (phase.status === 'recalled') return withPhase(state, { ...phase, notes: event.notes });
      if (phase.status !== 'wrapUp' || phase.savingSince !== null) return stay(state);
      return withPhase(state, { ...phase, notes: event.notes });

    case 'recalledCallSaved':
      if (phase.status !== 'recalled') return stay(state);
      return saveRecalled(state, phase, event.id, event.at);

    case 'recalledCallDismissed':
      if (phase.status !== 'recalled') return stay(state);
      return backToIdle(state, null, [], event.at);

    case 'noteAppended': {
      if (phase.status !== 'wrapUp' || phase.savingSince !== null) return stay(state);
      const notes = phase.notes === '' ? event.line : `${phase.notes}\n${event.line}`;
      return withPhase(state, { ...phase, notes });
    }

    case 'callSaved':
      if (phase.status !== 'wrapUp' || phase.savingSince !== null) return stay(state);
      return save(state, phase, event.at);

    case 'waitingDialQueued':
      if (state.waitingDial === null) return stay(state);
      if (phase.status === 'idle') return startWaitingDial(state, state.waitingDial, event.at);
      return stay({ ...state, waitingDial: { ...state.waitingDial, queued: true } });

    case 'waitingDialDismissed':
      return stay({ ...state, waitingDial: null });

    default:
      return assertNever(event);
  }
}
