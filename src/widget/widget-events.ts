import type { CheckedNumber, DialRequest } from '../call/dial';
import type { CallEvent } from '../call/events';
import type { CallId } from '../call/ids';
import type { CallState } from '../call/state';
import type { TimelineWords } from '../hubspot/engagement';
import type { CallerIdMatch, FromHubSpot } from '../hubspot/messages';
import type { Language } from '../i18n/languages';
import type { OtherCall, StorageProblem } from '../journal/call-journal';
import type { LookupResult } from '../lookup/lookup-caller';
import type { WorkflowResult } from '../lookup/run-workflow';
import type { Settings } from '../settings/settings';

/** HubSpot's messages other than a dial, which needs a call id of its own (`dialReceived`). */
export type HostMessage = Exclude<FromHubSpot, { type: 'dialNumber' }>;

/** The agent's steps that go to the call machine unchanged. */
export type AgentCallEvent = Extract<
  CallEvent,
  {
    type:
      | 'calleeAnswered'
      | 'noAnswer'
      | 'lineBusy'
      | 'callCanceled'
      | 'hungUp'
      | 'callMissed'
      | 'callDeclined'
      | 'outcomeChosen'
      | 'notesEdited'
      | 'callSaved'
      | 'waitingDialQueued'
      | 'waitingDialDismissed'
      | 'recalledCallSaved'
      | 'recalledCallDismissed';
  }
>;

/** Who waits for the answer to a form the agent submitted (`answerForm` effect). */
export type FormId = number;

/** Why a number is being checked, carried through the check and back. */
export type NumberCheck =
  | { purpose: 'dial'; id: CallId; dial: DialRequest }
  | { purpose: 'correction'; callId: CallId; form: FormId }
  | { purpose: 'incomingCall'; id: CallId; form: FormId };

/** A timer the widget arms; at most one of each name runs at a time. */
export type WidgetTimer =
  | { name: 'engagementWait'; callId: CallId }
  /** Cancel call's undo window (`cancel-undo.ts`). */
  | { name: 'cancelUndo'; callId: CallId };

/**
 * Everything that can happen to the widget: what HubSpot says, what the agent does, and
 * what the outside world answered to an effect. Time and ids come in with the event, so
 * `reduceWidget` stays pure.
 */
export type WidgetEvent =
  // From HubSpot.
  | { type: 'hostSaid'; message: HostMessage; at: number }
  | { type: 'dialReceived'; payload: unknown; id: CallId; at: number }
  // From the agent.
  | { type: 'callStep'; event: AgentCallEvent }
  /** The notes line a sent text adds, worded by the screen in the agent's language. */
  | { type: 'followUpTextSent'; note: string }
  | { type: 'numberCorrected'; text: string; form: FormId }
  | { type: 'incomingCallSubmitted'; text: string; id: CallId; form: FormId }
  | { type: 'callerIdChosen'; callerId: string | null }
  | { type: 'cancelRequested'; at: number }
  | { type: 'cancelUndone' }
  | {
      type: 'settingsSaved';
      settings: Settings;
      at: number;
      /** The agent confirmed the CsCall login for the details saved here (Settings' Done). */
      loginConfirmed?: boolean;
    }
  | { type: 'careSoftLoginConfirmed'; at: number }
  | { type: 'careSoftLoggedOut'; at: number }
  | { type: 'noticeDismissed'; id: number }
  | { type: 'sizeRequested'; width: number; height: number }
  | { type: 'availabilitySet'; available: boolean }
  | { type: 'recordOpened'; match: CallerIdMatch }
  | { type: 'callerEntryChosen'; index: number }
  | { type: 'workflowRequested'; name: string }
  // What the effects came back with.
  | { type: 'numberChecked'; check: NumberCheck; number: CheckedNumber; at: number }
  | { type: 'numberCheckFailed'; check: NumberCheck }
  | { type: 'timerFired'; timer: WidgetTimer; at: number }
  | { type: 'callerLookedUp'; callId: CallId; result: LookupResult }
  /** The timeline's words in `language` (`wordTimeline`), the agent's choice when asked. */
  | { type: 'timelineWorded'; language: Language | null; words: TimelineWords }
  /** The catalogues did not load: the timeline keeps the words it has (English). */
  | { type: 'timelineWordsFailed'; language: Language | null }
  | { type: 'lookupNotStarted'; callId: CallId }
  | { type: 'workflowFinished'; callId: CallId; name: string; result: WorkflowResult }
  | { type: 'workflowNotStarted'; callId: CallId; name: string }
  | { type: 'settingsNotSaved' }
  | { type: 'storageLost'; problem: StorageProblem }
  // From the journal, shared with the widget's other instances (`docs/journal.md`).
  /** This instance holds its record's lock: what the journal kept may be sent now. */
  | { type: 'journalOwned' }
  /** The journal handed this instance a call: an unfinished one of an instance gone for good. */
  | { type: 'callResumed'; call: CallState }
  /** Calls live in the other instances (other tabs, the calling window, the remote frame). */
  | { type: 'otherCallsChanged'; calls: OtherCall[] };
