import type { CheckedNumber, DialRequest, ValidNumber } from './dial';
import type { CallId, EngagementId } from './ids';
import type { CallOutcome } from './outcome';

/** Everything that can happen to a call. Time and ids come in with the event: the machine has no clock. */
export type CallEvent =
  | { type: 'dialRequested'; id: CallId; dial: DialRequest; number: CheckedNumber; at: number }
  | { type: 'numberCorrected'; number: ValidNumber; at: number }
  /** The agent logs a call ringing (or that rang) on their phone, from this number. */
  | { type: 'incomingCallLogged'; id: CallId; number: ValidNumber; at: number }
  /** Inbound: the agent did not pick up. */
  | { type: 'callMissed'; at: number }
  /** Inbound: the agent turned the call down. */
  | { type: 'callDeclined'; at: number }
  | { type: 'callerIdChosen'; callerId: string | null }
  | { type: 'calleeAnswered'; at: number }
  | { type: 'noAnswer'; at: number }
  | { type: 'lineBusy'; at: number }
  | { type: 'callCanceled'; at: number }
  | { type: 'hungUp'; at: number }
  /** HubSpot's `onEndCall`: the user ended the call from HubSpot's side. */
  | { type: 'hostEndedCall'; at: number }
  /**
   * HubSpot's answer to a call's `createEngagement`. `callId` is the call the answer names
   * (`externalCallId`), null when it names none: then it is the oldest waiting call's.
   */
  | { type: 'engagementCreated'; engagementId: EngagementId; callId: CallId | null; at: number }
  | { type: 'engagementFailed'; reason: string | null; callId: CallId | null; at: number }
  /**
   * HubSpot's handshake named the engagement of the call in progress (`onReady` after a
   * reload): the live call's answer, even if it was lost while the iframe reloaded.
   */
  | { type: 'engagementRecalled'; engagementId: EngagementId; at: number }
  /**
   * The agent logs the call HubSpot's handshake recalled (the `recalled` phase) on its
   * engagement; `id` is a new external call id for it, the original one being unknown.
   */
  | { type: 'recalledCallSaved'; id: CallId; at: number }
  /** The agent leaves the recalled call as HubSpot has it: nothing is sent. */
  | { type: 'recalledCallDismissed'; at: number }
  /** The bounded wait for a missing engagement id is over: complete without it. */
  | { type: 'engagementWaitExpired'; at: number }
  /** The caller lookup (or the agent, among several matches) named who this number reaches. */
  | { type: 'calleeNamed'; name: string | null }
  | { type: 'outcomeChosen'; outcome: CallOutcome }
  | { type: 'notesEdited'; notes: string }
  /** Something the widget did for the call that belongs on the timeline (a follow-up text). */
  | { type: 'noteAppended'; line: string }
  | { type: 'callSaved'; at: number }
  /** The agent will take the waiting dial: now when idle, else once the current call is saved. */
  | { type: 'waitingDialQueued'; at: number }
  | { type: 'waitingDialDismissed' };
