import type { Effect } from '../call/effects';
import type { CallId } from '../call/ids';
import type { CallState } from '../call/state';
import type { ToHubSpot } from '../hubspot/messages';
import type { LogContext } from '../hubspot/send-effect';
import type { Language } from '../i18n/languages';
import type { Message } from '../i18n/message';
import type { LookupConfig } from '../lookup/lookup-config';
import type { CallFacts } from '../lookup/run-workflow';
import type { Settings } from '../settings/settings';
import type { FormId, NumberCheck, WidgetTimer } from './widget-events';

/** A message to HubSpot outside the call journal: the call's own messages go through it. */
export type HostCommand =
  | { type: 'initialized'; payload: ToHubSpot['initialized'] }
  /** HubSpot shows it to the agent: worded in the agent's language when sent. */
  | { type: 'sendError'; problem: Message }
  | { type: 'navigateToRecord'; payload: ToHubSpot['navigateToRecord'] }
  | { type: 'resizeWidget'; payload: ToHubSpot['resizeWidget'] }
  | { type: 'userLoggedIn' }
  | { type: 'userLoggedOut' }
  | { type: 'userAvailable' }
  | { type: 'userUnavailable' };

/** Why a form was refused (a reason from the number check, or a catalogue message), or null once done. */
export type FormAnswer = Message | null;

/**
 * What `reduceWidget` asks of the outside world, as data. `interpret-effect.ts` is the
 * only place that carries them out.
 */
export type WidgetEffect =
  | { type: 'send'; command: HostCommand }
  /** Journals the call's new state and queues its messages for HubSpot. */
  | { type: 'recordCall'; call: CallState; effects: Effect[] }
  /**
   * Sends what the journal queued, each marked sent first (lost rather than sent twice);
   * a completed call is logged as `ownerId`'s, the agent HubSpot's handshake named, and
   * without what the phone writes when the admin turned the sync service on (`phoneSync`).
   * With `holdCompletions`, it stops before the first completed call: the timeline's words
   * in the agent's language are still loading, and what follows keeps its order.
   */
  | ({ type: 'sendOutbox'; holdCompletions: boolean } & LogContext)
  /**
   * Loads the timeline's words in `language` (null: the browser's), which come back as
   * `timelineWorded`; the catalogues are a chunk of their own.
   */
  | { type: 'wordTimeline'; language: Language | null }
  | { type: 'saveSettings'; settings: Settings }
  /** Fires `timerFired` at `at` (at once if past); replaces a timer of the same name. */
  | { type: 'armTimer'; timer: WidgetTimer; at: number }
  | { type: 'cancelTimer'; name: WidgetTimer['name'] }
  | { type: 'checkNumber'; check: NumberCheck; text: string; countryCode: string | undefined }
  /** One lookup at a time: a new one drops the one before. */
  | { type: 'lookUpCaller'; callId: CallId; e164: string; config: LookupConfig }
  | { type: 'cancelLookup' }
  | { type: 'runWorkflow'; callId: CallId; name: string; facts: CallFacts; config: LookupConfig }
  | { type: 'answerForm'; form: FormId; answer: FormAnswer };
