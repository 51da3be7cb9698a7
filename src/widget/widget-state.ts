import type { CallCompletion } from '../call/completion';
import type { CallId } from '../call/ids';
import type { CallState } from '../call/state';
import type { TimelineWords } from '../hubspot/engagement';
import type { CallerIdMatch, HostContext } from '../hubspot/messages';
import type { Message } from '../i18n/message';
import type { OtherCall } from '../journal/call-journal';
import type { LookupResult } from '../lookup/lookup-caller';
import type { WorkflowResult } from '../lookup/run-workflow';
import type { AdminDefaults } from '../settings/admin-defaults';
import type { EffectiveLookup } from '../settings/lookup-settings';
import type { PhoneProvider, Settings } from '../settings/settings';

export type HostStatus =
  | { status: 'connecting' }
  | { status: 'ready'; context: HostContext; hidden: boolean };

/** Something the agent must read: an error from HubSpot, a refused input, a lost feature. */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  /** Worded when shown, so a language switch rewords the notices already up. */
  message: Message;
  /** Text the agent may want to keep when HubSpot lost it (the notes of a failed save). */
  copyText?: string;
}

/** What the phone lookup service said about the current call's number. */
export type CallerLookupState =
  | { callId: CallId; status: 'looking' }
  | { callId: CallId; status: 'answered'; result: LookupResult; chosen: number | null };

/** A business workflow the agent (or auto-CallFlow) ran for a call. */
export type WorkflowRun =
  | { callId: CallId; name: string; status: 'running' }
  | { callId: CallId; name: string; status: 'done'; result: WorkflowResult };

/** What HubSpot found for an inbound caller's number, for the call it arrived during. */
export type HubSpotCallerMatch =
  | { callId: CallId | null; status: 'matched'; matches: CallerIdMatch[] }
  | { callId: CallId | null; status: 'noMatch' };

/**
 * Everything the widget knows, changed only by `reduceWidget` (`reduce-widget.ts`). The
 * screens read it; nothing else writes it.
 */
export interface WidgetState {
  call: CallState;
  host: HostStatus;
  settings: Settings;
  /** The admin's presets (widget URL); the agent's own settings win. */
  admin: AdminDefaults;
  /** The phone app calls go to, from `settings` and `admin` (kept in step by `withSettings`). */
  provider: PhoneProvider;
  /** The lookup service the widget uses, from `settings` and `admin` (kept in step too). */
  lookup: EffectiveLookup;
  notices: Notice[];
  /** The id the next notice gets: ids are never reused, so a dismissal removes one notice. */
  nextNoticeId: number;
  callerLookup: CallerLookupState | null;
  hubSpotMatch: HubSpotCallerMatch | null;
  /** The agent takes inbound calls (`userAvailable`) or is away (`userUnavailable`). */
  available: boolean;
  workflows: WorkflowRun[];
  /**
   * The calls saved last, newest first: a late word from HubSpot (an update that failed, an
   * engagement id for a call saved without it) is about one of them, not the call now live.
   */
  completed: CallCompletion[];
  /** How long Save waits for HubSpot's engagement id before completing without it. */
  engagementWaitMs: number;
  /** Calls live in the widget's other instances: theirs to finish, never this one's. */
  otherCalls: OtherCall[];
  /** Cancel call pressed on the handed-off call, not logged until the undo window is over. */
  cancelPending: { callId: CallId; at: number } | null;
  /** How long Cancel call can be undone (`cancel-undo.ts`). */
  cancelUndoMs: number;
  /**
   * The timeline's words in the agent's language (a call's title): English until the
   * catalogues have loaded, then the language the agent chose (`timeline-words.ts`).
   */
  timelineWords: TimelineWords;
  /**
   * The words above are the agent's language's, or the best there will be (the catalogues
   * failed to load): completed calls held in the outbox may go (`send-outbox.ts`).
   */
  timelineWordsReady: boolean;
}
