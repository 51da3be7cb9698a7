import type { CheckedNumber } from '../call/dial';
import type { CallEvent } from '../call/events';
import type { CallId } from '../call/ids';
import { answerTarget, transition } from '../call/machine';
import type { CallOutcome } from '../call/outcome';
import type { CallState } from '../call/state';
import { initialCallState } from '../call/state';
import type { CallerIdMatch, FromHubSpot, HubSpotSend } from '../hubspot/messages';
import { readDialRequest } from '../hubspot/read-payload';
import { sendEffect } from '../hubspot/send-effect';
import { openCallJournal } from '../journal/call-journal';
import type { KeyValueStorage } from '../journal/key-value-storage';
import type { FetchLike } from '../lookup/service-exchange';
import type { AdminDefaults } from '../settings/admin-defaults';
import {
  callerIdFor,
  isSignedIn,
  parseSettings,
  providerFor,
  type Settings,
  serializeSettings,
  settingsKey,
} from '../settings/settings';
import { createCallerLookups } from './caller-lookups';
import { followUpTextNote } from './follow-up-note';
import type { FirstCallKit, HandoffKit } from './handoff-kit';
import { createStore, type Store } from './store';
import type { Notice, NoticeMessage, WidgetState } from './widget-state';

/** Everything the widget needs from the outside world, passed in so tests control it. */
export interface WidgetPorts {
  send: HubSpotSend;
  storage: KeyValueStorage;
  /** False when the browser refused storage: the agent is told once. */
  storageDurable: boolean;
  now: () => number;
  newCallId: () => CallId;
  loadKit: () => Promise<HandoffKit>;
  /** What the first call needs at once (a small chunk): numbers of a few countries read fast. */
  loadFirstCallKit: () => Promise<FirstCallKit>;
  /** The admin's presets, from the widget URL registered with HubSpot. */
  admin: AdminDefaults;
  /** Reaches the customer's phone lookup service. */
  fetch: FetchLike;
  loadLookupKit: () => Promise<typeof import('../lookup/lookup-kit')>;
  /** How long Save waits for HubSpot's engagement id before completing without it. */
  engagementWaitMs: number;
}

/** What the screens can ask for; they never talk to the SDK themselves. */
export interface WidgetController {
  store: Store<WidgetState>;
  answer(): void;
  noAnswer(): void;
  busy(): void;
  cancel(): void;
  hangUp(): void;
  chooseOutcome(outcome: CallOutcome): void;
  editNotes(notes: string): void;
  /** The agent sent a follow-up text from OpenPhone: the call's notes record it. */
  recordFollowUpText(text: string, attachments: readonly string[]): void;
  save(): void;
  /** Checks the agent's correction; returns why it was refused, or null once handed off. */
  correctNumber(text: string): Promise<string | null>;
  chooseCallerId(callerId: string | null): void;
  takeWaitingDial(): void;
  dismissWaitingDial(): void;
  /** Saves the agent's settings; a new CsCall token or domain needs a new login. */
  saveSettings(settings: Settings): void;
  /** The agent confirmed the CsCall app accepted the login link. */
  confirmCareSoftLogin(): void;
  logOutOfCareSoft(): void;
  dismissNotice(id: number): void;
  requestSize(size: { width: number; height: number }): void;
  /**
   * Logs a call ringing on the agent's phone: null once logged, else why not (a reason
   * from the number check, as `phone.ts` words it, or a catalogue message).
   */
  logIncomingCall(text: string): Promise<string | NoticeMessage | null>;
  missed(): void;
  declined(): void;
  setAvailable(available: boolean): void;
  openRecord(match: CallerIdMatch): void;
  /** The agent picked who answers a number several contacts share. */
  chooseCallerEntry(index: number): void;
  runWorkflow(name: string): void;
}

export interface Widget {
  controller: WidgetController;
  receive(message: FromHubSpot): void;
}

export function createWidget(ports: WidgetPorts): Widget {
  const loaded = parseSettings(ports.storage.getItem(settingsKey));
  const providerOf = (settings: Settings) => providerFor(settings, ports.admin.provider);
  // A caller id is an OpenPhone number: CsCall calls from the agent's extension.
  const callerIdNow = (settings: Settings) =>
    providerOf(settings) === 'openPhone' ? callerIdFor(settings) : null;
  const signedIn = (settings: Settings) => isSignedIn(settings, providerOf(settings), ports.now());
  let noticeIds = 0;
  const notice = (tone: Notice['tone'], message: NoticeMessage, copyText?: string): Notice => ({
    id: ++noticeIds,
    tone,
    message,
    ...(copyText === undefined ? {} : { copyText }),
  });
  const startupNotices: Notice[] = [];
  for (const problem of loaded.problems) {
    startupNotices.push(notice('info', { key: `notice.settings.${problem}` }));
  }
  if (!ports.storageDurable) {
    startupNotices.push(notice('info', { key: 'notice.storageBlocked' }));
  }

  // Storage may fail later (quota, privacy mode); until the store exists, the notice waits.
  // The journal loses storage for one reason only, which the catalogue words.
  const storageLost: NoticeMessage = { key: 'notice.callInMemory' };
  let reportStorageLost = () => {
    startupNotices.push(notice('info', storageLost));
  };
  const { journal, restored } = openCallJournal(
    ports.storage,
    initialCallState(callerIdNow(loaded.settings)),
    () => reportStorageLost(),
  );
  // A journal that cannot be read is set aside: its one problem, worded by the catalogue.
  if (restored.problem !== null) {
    startupNotices.push(notice('info', { key: 'notice.callSetAside' }));
  }
  // The admin's URL problems come from the lookup module's checks, shown as it words them.
  for (const problem of ports.admin.problems) {
    startupNotices.push(notice('info', { key: 'notice.adminSetting', values: { problem } }));
  }

  const store = createStore<WidgetState>({
    call: restored.state,
    host: { status: 'connecting' },
    settings: loaded.settings,
    admin: ports.admin,
    notices: startupNotices,
    callerLookup: null,
    workflows: [],
    hubSpotMatch: null,
    available: true,
  });

  const addNotice = (tone: Notice['tone'], message: NoticeMessage, copyText?: string) =>
    store.set((state) => ({
      ...state,
      notices: [...state.notices, notice(tone, message, copyText)],
    }));
  reportStorageLost = () => addNotice('info', storageLost);

  /** Sends what the journal holds, once HubSpot can hear it (the SDK drops earlier messages). */
  const flush = () => {
    if (store.get().host.status !== 'ready') return;
    for (const entry of journal.pending()) {
      journal.markSent(entry);
      sendEffect(ports.send, entry.effect);
    }
  };

  /** Tells the agent when a call reached HubSpot without its timeline record. */
  const reportMissingEngagement = (event: CallEvent, before: CallState, notes: string) => {
    const phase = before.phase;
    const engagement = phase.status === 'wrapUp' ? phase.call.engagement : null;
    const copy = notes === '' ? undefined : notes;
    if (event.type === 'engagementWaitExpired') {
      addNotice('error', { key: 'notice.engagementWaitExpired' }, copy);
    } else if (engagement?.status === 'failed') {
      addNotice(
        'error',
        { key: 'notice.engagementFailed', values: { reason: engagement.reason } },
        copy,
      );
    }
  };

  const reportLateEngagement = (id: CallId) => {
    const call = journal.history().find((completion) => completion.id === id);
    if (call === undefined) return;
    addNotice(
      'info',
      { key: 'notice.engagementLate', values: { number: call.to.display } },
      call.notes === '' ? undefined : call.notes,
    );
  };

  const dispatch = (event: CallEvent) => {
    const previous = store.get().call;
    const { state: call, effects } = transition(previous, event);
    if (call === previous && effects.length === 0) return;
    store.set((state) => ({ ...state, call }));
    journal.record(call, effects);
    flush();
    for (const effect of effects) {
      if (effect.type !== 'callCompleted') continue;
      if (effect.completion.engagementId === null) {
        reportMissingEngagement(event, previous, effect.completion.notes);
      }
      lookups.callCompleted(effect.completion);
    }
  };

  // The bounded wait for an engagement id that may never come (HubSpot's "ghost" calls).
  let engagementWait: { callId: CallId; timer: ReturnType<typeof setTimeout> } | null = null;
  const armEngagementWait = () => {
    const { phase } = store.get().call;
    const saving = phase.status === 'wrapUp' && phase.savingSince !== null ? phase : null;
    if (saving?.call.id === engagementWait?.callId) return;
    if (engagementWait !== null) clearTimeout(engagementWait.timer);
    engagementWait = null;
    if (saving === null || saving.savingSince === null) return;
    const delay = Math.max(0, saving.savingSince + ports.engagementWaitMs - ports.now());
    engagementWait = {
      callId: saving.call.id,
      timer: setTimeout(() => {
        engagementWait = null;
        dispatch({ type: 'engagementWaitExpired', at: ports.now() });
      }, delay),
    };
  };
  store.subscribe(armEngagementWait);
  const lookups = createCallerLookups({
    store,
    dispatch,
    fetch: ports.fetch,
    now: ports.now,
    loadKit: ports.loadLookupKit,
  });

  const persistSettings = (settings: Settings) => {
    try {
      ports.storage.setItem(settingsKey, serializeSettings(settings));
    } catch {
      addNotice('info', { key: 'notice.settingsNotSaved' });
    }
  };

  const checkNumber = async (text: string, countryCode: string | undefined) => {
    const first = await ports.loadFirstCallKit().catch(() => null);
    const quick = first?.quickDialledNumber(text, countryCode) ?? null;
    if (quick !== null) return quick;
    const kit = await ports.loadKit();
    const checked = kit.normaliseDialledNumber(text, countryCode);
    const number: CheckedNumber =
      checked.kind === 'valid'
        ? { kind: 'valid', e164: checked.e164, display: checked.display }
        : { kind: 'invalid', given: checked.given, reason: checked.reason };
    return number;
  };

  const onDial = async (payload: unknown) => {
    const dial = readDialRequest(payload);
    if ('error' in dial) {
      // A dial is refused for one reason only: no phone number. HubSpot hears it in English.
      addNotice('error', { key: 'notice.dialWithoutNumber' });
      ports.send('sendError', { message: dial.error });
      return;
    }
    const id = ports.newCallId();
    const number = await checkNumber(dial.phoneNumber, dial.countryCode);
    dispatch({ type: 'dialRequested', id, dial, number, at: ports.now() });
  };

  const receive = (message: FromHubSpot) => {
    switch (message.type) {
      case 'ready':
        store.set((state) => ({
          ...state,
          host: { status: 'ready', context: message.context, hidden: false },
        }));
        // HubSpot names the engagement of the call in progress: the live call's, even if
        // its answer was lost while the iframe reloaded.
        if (message.context.engagementId !== null) {
          dispatch({
            type: 'engagementRecalled',
            engagementId: message.context.engagementId,
            at: ports.now(),
          });
        }
        // OpenPhone needs no sign-in here: without a caller id the app's selected number is used.
        ports.send('initialized', { isLoggedIn: signedIn(store.get().settings) });
        // A call that was in flight when the iframe reloaded finishes what it had decided.
        flush();
        armEngagementWait();
        // Fetch the deep-link code now, so the first dial never waits for it.
        // A failure here is reported when a dial needs the kit; nothing to tell the agent yet.
        ports.loadKit().catch(() => undefined);
        return;
      case 'dialNumber':
        void onDial(message.payload).catch(() => {
          addNotice('error', { key: 'notice.callNotPrepared' });
        });
        return;
      case 'engagementCreated': {
        const target = answerTarget(store.get().call, message.callId ?? null);
        dispatch({
          type: 'engagementCreated',
          engagementId: message.engagementId,
          callId: message.callId ?? null,
          at: ports.now(),
        });
        // The answer belongs to a call already saved without it: it is used up, and the
        // agent checks that call on the timeline.
        if (target !== null && !target.live) reportLateEngagement(target.id);
        return;
      }
      case 'engagementCreateFailed':
        dispatch({
          type: 'engagementFailed',
          reason: message.reason,
          callId: message.callId ?? null,
          at: ports.now(),
        });
        ports.send('sendError', {
          message: `The call could not be logged in HubSpot (${message.reason}). Its notes are kept in the calling widget.`,
        });
        return;
      case 'engagementUpdateFailed': {
        // The update concerns the call just saved, even if a queued dial has started since.
        const notes = journal.history()[0]?.notes;
        addNotice(
          'error',
          { key: 'notice.updateFailed', values: { reason: message.reason } },
          notes === undefined || notes === '' ? undefined : notes,
        );
        return;
      }
      case 'endCall':
        dispatch({ type: 'hostEndedCall', at: ports.now() });
        return;
      case 'visibilityChanged':
        store.set((state) =>
          state.host.status === 'ready'
            ? { ...state, host: { ...state.host, hidden: message.hidden } }
            : state,
        );
        return;
      case 'callerIdMatched':
      case 'callerIdMatchFailed': {
        const { phase } = store.get().call;
        const callId =
          phase.status === 'handedOff' || phase.status === 'connected' ? phase.call.id : null;
        store.set((state) => ({
          ...state,
          hubSpotMatch:
            message.type === 'callerIdMatched' && message.matches.length > 0
              ? { callId, status: 'matched', matches: message.matches }
              : { callId, status: 'noMatch' },
        }));
        return;
      }
      case 'navigateToRecordFailed':
        addNotice('error', { key: 'notice.navigateFailed', values: { reason: message.reason } });
        return;
      default: {
        const unreachable: never = message;
        throw new Error(`Unhandled message ${JSON.stringify(unreachable)}`);
      }
    }
  };

  const controller: WidgetController = {
    store,
    answer: () => dispatch({ type: 'calleeAnswered', at: ports.now() }),
    noAnswer: () => dispatch({ type: 'noAnswer', at: ports.now() }),
    busy: () => dispatch({ type: 'lineBusy', at: ports.now() }),
    cancel: () => dispatch({ type: 'callCanceled', at: ports.now() }),
    hangUp: () => dispatch({ type: 'hungUp', at: ports.now() }),
    chooseOutcome: (outcome) => dispatch({ type: 'outcomeChosen', outcome }),
    editNotes: (notes) => dispatch({ type: 'notesEdited', notes }),
    recordFollowUpText: (text, attachments) =>
      dispatch({ type: 'noteAppended', line: followUpTextNote(text, attachments) }),
    save: () => dispatch({ type: 'callSaved', at: ports.now() }),
    async correctNumber(text) {
      const { phase } = store.get().call;
      if (phase.status !== 'numberNeeded') return null;
      const number = await checkNumber(text, phase.dial.countryCode);
      if (number.kind === 'invalid') return number.reason;
      dispatch({ type: 'numberCorrected', number, at: ports.now() });
      return null;
    },
    chooseCallerId(callerId) {
      dispatch({ type: 'callerIdChosen', callerId });
      const settings = { ...store.get().settings, lastCallerId: callerId };
      store.set((state) => ({ ...state, settings }));
      persistSettings(settings);
    },
    takeWaitingDial: () => dispatch({ type: 'waitingDialQueued', at: ports.now() }),
    dismissWaitingDial: () => dispatch({ type: 'waitingDialDismissed' }),
    saveSettings(requested) {
      const before = store.get().settings;
      const careSoftChanged =
        requested.careSoft.token !== before.careSoft.token ||
        requested.careSoft.domain !== before.careSoft.domain ||
        requested.careSoft.linkMode !== before.careSoft.linkMode;
      const settings = careSoftChanged
        ? { ...requested, careSoft: { ...requested.careSoft, loggedIn: false } }
        : requested;
      store.set((state) => ({ ...state, settings }));
      dispatch({ type: 'callerIdChosen', callerId: callerIdNow(settings) });
      persistSettings(settings);
      const wasIn = signedIn(before);
      const isIn = signedIn(settings);
      if (wasIn !== isIn && store.get().host.status === 'ready') {
        if (isIn) ports.send('userLoggedIn');
        else ports.send('userLoggedOut');
      }
    },
    confirmCareSoftLogin() {
      const { settings } = store.get();
      controller.saveSettings({ ...settings, careSoft: { ...settings.careSoft, loggedIn: true } });
    },
    logOutOfCareSoft() {
      const { settings } = store.get();
      controller.saveSettings({ ...settings, careSoft: { ...settings.careSoft, loggedIn: false } });
    },
    dismissNotice: (id) =>
      store.set((state) => ({ ...state, notices: state.notices.filter((n) => n.id !== id) })),
    requestSize: (size) => ports.send('resizeWidget', size),
    chooseCallerEntry: (index) => lookups.chooseEntry(index),
    async logIncomingCall(text) {
      const { phase } = store.get().call;
      if (phase.status !== 'idle') return { key: 'incomingForm.finishFirst' };
      // Numbers typed without a country code are read in the country of the last call.
      const number = await checkNumber(text, phase.lastCall?.dial.countryCode);
      if (number.kind === 'invalid') return number.reason;
      dispatch({ type: 'incomingCallLogged', id: ports.newCallId(), number, at: ports.now() });
      return null;
    },
    missed: () => dispatch({ type: 'callMissed', at: ports.now() }),
    declined: () => dispatch({ type: 'callDeclined', at: ports.now() }),
    setAvailable(available) {
      if (store.get().available === available) return;
      store.set((state) => ({ ...state, available }));
      if (store.get().host.status !== 'ready') return;
      if (available) ports.send('userAvailable');
      else ports.send('userUnavailable');
    },
    openRecord(match) {
      ports.send('navigateToRecord', {
        objectCoordinates: match.objectCoordinates,
        openIn: 'NEW_TAB',
      });
    },
    runWorkflow: (name) => lookups.runWorkflow(name),
  };

  return { controller, receive };
}
