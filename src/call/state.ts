import type { CallCompletion } from './completion';
import type { CheckedNumber, DialRequest, InvalidNumber, ValidNumber } from './dial';
import type { CallId, EngagementId } from './ids';
import type { CallDirection, CallOutcome, EndStatus } from './outcome';

/** Where HubSpot's engagement for the call stands: its id may come at any moment, or never. */
export type Engagement =
  | { status: 'pending' }
  | { status: 'created'; id: EngagementId }
  | { status: 'failed'; reason: string };

/**
 * A call HubSpot already knows about: `outgoingCall` (or `incomingCall`) has been sent.
 * `to` is always the other party's number, `from` the agent's own caller id.
 */
export interface LiveCall {
  id: CallId;
  direction: CallDirection;
  dial: DialRequest;
  to: ValidNumber;
  /** The agent's OpenPhone number used as caller id; null lets the phone app choose. */
  from: string | null;
  startedAt: number;
  engagement: Engagement;
  /** Who the agent says answers this number (from the caller lookup); titles the call. */
  calleeName: string | null;
}

export type CallPhase =
  | { status: 'idle'; lastCall: CallCompletion | null }
  /** HubSpot's number could not be read; nothing is sent until the agent corrects it. */
  | { status: 'numberNeeded'; id: CallId; dial: DialRequest; number: InvalidNumber; at: number }
  | { status: 'handedOff'; call: LiveCall }
  | { status: 'connected'; call: LiveCall; answeredAt: number }
  | {
      status: 'wrapUp';
      call: LiveCall;
      answeredAt: number | null;
      endedAt: number;
      endStatus: EndStatus;
      outcome: CallOutcome | null;
      notes: string;
      /**
       * When the agent pressed Save while HubSpot's engagement id was still on its way: the
       * call is completed when it arrives, or when the edge gives up waiting.
       */
      savingSince: number | null;
    };

/** A dial HubSpot sent while another call was live: kept until the agent decides. */
export interface WaitingDial {
  id: CallId;
  dial: DialRequest;
  number: CheckedNumber;
  at: number;
  /** The agent asked to place it as soon as the current call is saved. */
  queued: boolean;
}

export interface CallState {
  phase: CallPhase;
  waitingDial: WaitingDial | null;
  /** The caller id to use for the next handoff (settings choose it, the agent may change it). */
  callerId: string | null;
}

export const initialCallState = (callerId: string | null = null): CallState => ({
  phase: { status: 'idle', lastCall: null },
  waitingDial: null,
  callerId,
});
