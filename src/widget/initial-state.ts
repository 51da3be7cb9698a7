import type { CallCompletion } from '../call/completion';
import { type CallState, initialCallState } from '../call/state';
import { enTimeline } from '../i18n/catalogs/en-timeline';
import type { Language } from '../i18n/languages';
import type { AdminDefaults } from '../settings/admin-defaults';
import { providerFor, type Settings, type SettingsProblem } from '../settings/settings';
import { cancelUndoMs } from './cancel-undo';
import { withNotice } from './notices';
import { timelineWordsOf } from './timeline-words';
import { callerIdNow, derivedFromSettings } from './widget-settings';
import type { WidgetState } from './widget-state';

/** What the widget finds when it starts: saved settings and call, and what the browser allows. */
export interface WidgetStart {
  settings: Settings;
  settingsProblems: readonly SettingsProblem[];
  /** The call the journal resumes, or `freshCallState`. */
  call: CallState;
  /** True when the journal held a call it could not read and set aside. */
  callSetAside: boolean;
  /** The calls saved last, newest first (the journal's history). */
  completed: CallCompletion[];
  /** False when the browser refused storage. */
  storageDurable: boolean;
  admin: AdminDefaults;
  engagementWaitMs: number;
  /** How long Cancel call can be undone; `cancelUndoMs` unless a test wants it shorter. */
  cancelUndoMs?: number;
  /** The language the browser asks for: the agent's when Settings leaves it to the browser. */
  browserLanguage: Language;
}

/** The call state for a journal with nothing in it: the next call starts from the settings' caller id. */
export const freshCallState = (settings: Settings, admin: AdminDefaults): CallState =>
  initialCallState(callerIdNow(settings, providerFor(settings, admin.provider)));

/** The widget as it starts, with a notice for each thing the agent should know at once. */
export function initialWidgetState(start: WidgetStart): WidgetState {
  let state: WidgetState = {
    call: start.call,
    host: { status: 'connecting' },
    settings: start.settings,
    admin: start.admin,
    ...derivedFromSettings(start.settings, start.admin),
    notices: [],
    nextNoticeId: 1,
    callerLookup: null,
    hubSpotMatch: null,
    available: true,
    workflows: [],
    completed: start.completed,
    engagementWaitMs: start.engagementWaitMs,
    otherCalls: [],
    cancelPending: null,
    cancelUndoMs: start.cancelUndoMs ?? cancelUndoMs,
    // English until the catalogues load (`wordTimeline`): only its timeline words are in
    // the first chunk, not the whole English catalogue.
    timelineWords: timelineWordsOf(enTimeline),
    // The first chunk's English words are the agent's already when the agent speaks English.
    timelineWordsReady: (start.settings.language ?? start.browserLanguage) === 'en',
  };
  for (const problem of start.settingsProblems) {
    state = withNotice(state, 'info', { code: `notice.settings.${problem}` });
  }
  if (!start.storageDurable) state = withNotice(state, 'info', { code: 'notice.storageBlocked' });
  if (start.callSetAside) state = withNotice(state, 'info', { code: 'notice.callSetAside' });
  // The admin's URL problems come from the lookup module's checks, shown as it words them.
  for (const problem of start.admin.problems) {
    state = withNotice(state, 'info', { code: 'notice.adminSetting', values: { problem } });
  }
  const unreadSync = start.admin.phoneSyncUnread;
  if (unreadSync !== null) {
    state = withNotice(state, 'info', {
      code: 'notice.phoneSyncUnread',
      values: { given: unreadSync },
    });
  }
  return state;
}
