import type { CallId } from '../call/ids';
import type { CallOutcome } from '../call/outcome';
import type { TimelineWords } from '../hubspot/engagement';
import type { CallerIdMatch, FromHubSpot, HubSpotSend } from '../hubspot/messages';
import { browserLanguages } from '../i18n/browser-languages';
import { type Language, languageFromBrowser } from '../i18n/languages';
import { openCallJournal } from '../journal/call-journal';
import type { InstancePorts } from '../journal/instance-ports';
import type { KeyValueStorage } from '../journal/key-value-storage';
import type { FetchLike } from '../lookup/service-exchange';
import type { AdminDefaults } from '../settings/admin-defaults';
import { parseSettings, type Settings, settingsKey } from '../settings/settings';
import { eventLoop } from './event-loop';
import type { FirstCallKit, HandoffKit } from './handoff-kit';
import { freshCallState, initialWidgetState } from './initial-state';
import { createInterpreter, type LookupKit } from './interpret-effect';
import { reduceWidget } from './reduce-widget';
import type { Wording } from './send-command';
import { sharedLoad } from './shared-load';
import { createStore, type Store } from './store';
import { timelineWordsOf } from './timeline-words';
import type { FormAnswer } from './widget-effects';
import type { AgentCallEvent, WidgetEvent } from './widget-events';
import type { WidgetState } from './widget-state';

/** Everything the widget needs from the outside world, passed in so tests control it. */
export interface WidgetPorts {
  send: HubSpotSend;
  storage: KeyValueStorage;
  /** False when the browser refused storage: the agent is told once. */
  storageDurable: boolean;
  now: () => number;
  newCallId: () => CallId;
  /** The deep-link code (a lazy chunk); how it loads is the caller's business. */
  loadKit: () => Promise<HandoffKit>;
  /** What the first call needs at once (a small chunk): numbers of a few countries read fast. */
  loadFirstCallKit: () => Promise<FirstCallKit>;
  /** The admin's presets, from the widget URL registered with HubSpot. */
  admin: AdminDefaults;
  /** Reaches the customer's phone lookup service. */
  fetch: FetchLike;
  loadLookupKit: () => Promise<LookupKit>;
  /** How long Save waits for HubSpot's engagement id before completing without it. */
  engagementWaitMs: number;
  /** How long Cancel call can be undone; 5 s unless a test wants it shorter. */
  cancelUndoMs?: number;
  /**
   * The browser APIs the journal shares with the widget's other instances (other tabs,
   * the calling window and the remote frame); without them it is the only instance.
   */
  instances?: InstancePorts;
  /**
   * The catalogues (a lazy chunk): HubSpot's errors and the timeline's words wait for them.
   * The page loads them with the screens, after HubSpot's first dial (`start-widget.ts`).
   */
  loadCatalogues?: () => Promise<Catalogues>;
  /** Words a message for HubSpot in the agent's language (the catalogues, loaded lazily). */
  word?: Wording;
  /** The timeline's words in a language (null: the browser's), from the lazy catalogues. */
  timelineWords?: (language: Language | null) => Promise<TimelineWords>;
}

type Catalogues = typeof import('../i18n/i18n');

const importCatalogues = (): Promise<Catalogues> => import('../i18n/i18n');

/** What the screens can ask for; they never talk to the SDK themselves. */
export interface WidgetController {
  store: Store<WidgetState>;
  /** The deep-link code, one promise for every screen (React's `use` reads it). */
  handoffKit(): Promise<HandoffKit>;
  answer(): void;
  noAnswer(): void;
  busy(): void;
  /** Cancels at once: for a call HubSpot has not heard of yet (the number check). */
  cancel(): void;
  /** Cancel call on a handed-off call: logged once the undo window is over. */
  cancelWithUndo(): void;
  undoCancel(): void;
  hangUp(): void;
  chooseOutcome(outcome: CallOutcome): void;
  editNotes(notes: string): void;
  /**
   * The agent sent a follow-up text from OpenPhone: the call's notes record it, in the
   * line the screen worded in the agent's language (`ui/follow-up-note.ts`).
   */
  recordFollowUpText(note: string): void;
  save(): void;
  /** Checks the agent's correction; resolves with why it was refused, or null once handed off. */
  correctNumber(text: string): Promise<FormAnswer>;
  chooseCallerId(callerId: string | null): void;
  takeWaitingDial(): void;
  dismissWaitingDial(): void;
  /** Logs the call HubSpot's handshake recalled (outcome, notes) on its engagement. */
  finishRecalledCall(): void;
  /** Leaves the recalled call as HubSpot has it: nothing is sent. */
  dismissRecalledCall(): void;
  /**
   * Saves the agent's settings; a new CsCall token or domain needs a new login, unless
   * `loginConfirmed` says the agent confirmed it for them.
   */
  saveSettings(settings: Settings, loginConfirmed?: boolean): void;
  /** The agent confirmed the CsCall app accepted the login link. */
  confirmCareSoftLogin(): void;
  logOutOfCareSoft(): void;
  dismissNotice(id: number): void;
  requestSize(size: { width: number; height: number }): void;
  /** Logs a call ringing on the agent's phone: null once logged, else why not. */
  logIncomingCall(text: string): Promise<FormAnswer>;
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
  /** The page is going away for good: its call waits for its reload, or for the next widget. */
  release(): void;
}

/**
 * Wires the widget: reads what storage kept, then runs every event through `reduceWidget`
 * and every effect through the interpreter. No state logic lives here.
 */
export function createWidget(ports: WidgetPorts): Widget {
  const loop = eventLoop<WidgetEvent>();
  const { dispatch } = loop;
  const loaded = parseSettings(ports.storage.getItem(settingsKey));
  const { journal, restored } = openCallJournal(
    ports.storage,
    freshCallState(loaded.settings, ports.admin),
    (problem) => dispatch({ type: 'storageLost', problem }),
    { instances: ports.instances, now: ports.now },
  );
  // Who owns which call is the journal's to decide (Web Locks, `docs/journal.md`); the
  // widget hears the outcome as events, with what the other instances have live.
  const othersChanged = () => dispatch({ type: 'otherCallsChanged', calls: journal.others() });
  journal.subscribe((change) => {
    if (change.type === 'confirmed') dispatch({ type: 'journalOwned' });
    if (change.type === 'resumed') dispatch({ type: 'callResumed', call: change.state });
    othersChanged();
  });
  const store = createStore(
    initialWidgetState({
      settings: loaded.settings,
      settingsProblems: loaded.problems,
      call: restored.state,
      callSetAside: restored.problem !== null,
      completed: journal.history(),
      storageDurable: ports.storageDurable,
      admin: ports.admin,
      engagementWaitMs: ports.engagementWaitMs,
      cancelUndoMs: ports.cancelUndoMs,
      browserLanguage: languageFromBrowser(browserLanguages()),
    }),
  );
  const loadKit = sharedLoad(ports.loadKit);
  const loadCatalogues = ports.loadCatalogues ?? importCatalogues;
  const interpreter = createInterpreter({
    send: ports.send,
    storage: ports.storage,
    journal,
    now: ports.now,
    loadKit,
    loadFirstCallKit: ports.loadFirstCallKit,
    loadLookupKit: sharedLoad(ports.loadLookupKit),
    fetch: ports.fetch,
    word:
      ports.word ??
      ((message) =>
        loadCatalogues().then(({ translate }) => translate(message.code, message.values))),
    timelineWords:
      ports.timelineWords ??
      ((language) =>
        loadCatalogues().then(({ catalogs, browserLanguage }) =>
          timelineWordsOf(catalogs[language ?? browserLanguage()]),
        )),
    dispatch,
  });
  loop.start((event) => {
    const { state, effects } = reduceWidget(store.get(), event);
    store.set(() => state);
    for (const effect of effects) interpreter.run(effect);
  });
  // Known before HubSpot's handshake: the engagement it names may be another frame's call.
  if (journal.others().length > 0) othersChanged();

  const step = (event: AgentCallEvent) => dispatch({ type: 'callStep', event });
  const at = () => ports.now();

  const controller: WidgetController = {
    store,
    handoffKit: loadKit,
    answer: () => step({ type: 'calleeAnswered', at: at() }),
    noAnswer: () => step({ type: 'noAnswer', at: at() }),
    busy: () => step({ type: 'lineBusy', at: at() }),
    cancel: () => step({ type: 'callCanceled', at: at() }),
    cancelWithUndo: () => dispatch({ type: 'cancelRequested', at: at() }),
    undoCancel: () => dispatch({ type: 'cancelUndone' }),
    hangUp: () => step({ type: 'hungUp', at: at() }),
    chooseOutcome: (outcome) => step({ type: 'outcomeChosen', outcome }),
    editNotes: (notes) => step({ type: 'notesEdited', notes }),
    recordFollowUpText: (note) => dispatch({ type: 'followUpTextSent', note }),
    save: () => step({ type: 'callSaved', at: at() }),
    correctNumber: (text) => interpreter.ask((form) => ({ type: 'numberCorrected', text, form })),
    chooseCallerId: (callerId) => dispatch({ type: 'callerIdChosen', callerId }),
    takeWaitingDial: () => step({ type: 'waitingDialQueued', at: at() }),
    dismissWaitingDial: () => step({ type: 'waitingDialDismissed' }),
    // The call's first external id went with the page that lost it: it gets a new one.
    finishRecalledCall: () => step({ type: 'recalledCallSaved', id: ports.newCallId(), at: at() }),
    dismissRecalledCall: () => step({ type: 'recalledCallDismissed', at: at() }),
    saveSettings: (settings, loginConfirmed = false) =>
      dispatch({ type: 'settingsSaved', settings, at: at(), loginConfirmed }),
    confirmCareSoftLogin: () => dispatch({ type: 'careSoftLoginConfirmed', at: at() }),
    logOutOfCareSoft: () => dispatch({ type: 'careSoftLoggedOut', at: at() }),
    dismissNotice: (id) => dispatch({ type: 'noticeDismissed', id }),
    requestSize: ({ width, height }) => dispatch({ type: 'sizeRequested', width, height }),
    logIncomingCall: (text) =>
      interpreter.ask((form) => ({
        type: 'incomingCallSubmitted',
        text,
        id: ports.newCallId(),
        form,
      })),
    missed: () => step({ type: 'callMissed', at: at() }),
    declined: () => step({ type: 'callDeclined', at: at() }),
    setAvailable: (available) => dispatch({ type: 'availabilitySet', available }),
    openRecord: (match) => dispatch({ type: 'recordOpened', match }),
    chooseCallerEntry: (index) => dispatch({ type: 'callerEntryChosen', index }),
    runWorkflow: (name) => dispatch({ type: 'workflowRequested', name }),
  };

  const receive = (message: FromHubSpot) =>
    dispatch(
      message.type === 'dialNumber'
        ? { type: 'dialReceived', payload: message.payload, id: ports.newCallId(), at: at() }
        : { type: 'hostSaid', message, at: at() },
    );

  return { controller, receive, release: () => journal.release() };
}
