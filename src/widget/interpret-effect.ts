import { assertNever } from '../assert-never';
import type { CheckedNumber } from '../call/dial';
import type { TimelineWords } from '../hubspot/engagement';
import type { HubSpotSend } from '../hubspot/messages';
import { sendEffect } from '../hubspot/send-effect';
import type { Language } from '../i18n/languages';
import type { CallJournal } from '../journal/call-journal';
import type { KeyValueStorage } from '../journal/key-value-storage';
import type { FetchLike } from '../lookup/service-exchange';
import { serializeSettings, settingsKey } from '../settings/settings';
import type { FirstCallKit, HandoffKit } from './handoff-kit';
import { sendCommand, type Wording } from './send-command';
import type { FormAnswer, WidgetEffect } from './widget-effects';
import type { FormId, WidgetEvent, WidgetTimer } from './widget-events';

export type LookupKit = typeof import('../lookup/lookup-kit');

/** The outside world, as the interpreter reaches it. */
export interface EffectPorts {
  send: HubSpotSend;
  storage: KeyValueStorage;
  journal: CallJournal;
  now: () => number;
  loadKit: () => Promise<HandoffKit>;
  loadFirstCallKit: () => Promise<FirstCallKit>;
  loadLookupKit: () => Promise<LookupKit>;
  fetch: FetchLike;
  /** Words what HubSpot shows the agent (`sendError`) in the agent's language. */
  word: Wording;
  /** The timeline's words in `language` (null: the browser's), from the catalogues. */
  timelineWords: (language: Language | null) => Promise<TimelineWords>;
  /** Where what the effects came back with goes: the widget's event loop. */
  dispatch: (event: WidgetEvent) => void;
}

export interface Interpreter {
  run(effect: WidgetEffect): void;
  /** Dispatches a form's event and resolves with the reducer's `answerForm` for it. */
  ask(event: (form: FormId) => WidgetEvent): Promise<FormAnswer>;
}

type Effect<T extends WidgetEffect['type']> = Extract<WidgetEffect, { type: T }>;

/** What the interpreter keeps between effects: running timers, open forms, the lookup out. */
interface Running {
  timers: Map<WidgetTimer['name'], ReturnType<typeof setTimeout>>;
  forms: Map<FormId, (answer: FormAnswer) => void>;
  lookup: AbortController | null;
}

/** The check's result as the call machine keeps it (and the journal stores it). */
function checkedNumber(checked: ReturnType<HandoffKit['normaliseDialledNumber']>): CheckedNumber {
  return checked.kind === 'valid'
    ? { kind: 'valid', e164: checked.e164, display: checked.display }
    : { kind: 'invalid', given: checked.given, reason: checked.reason };
}

/**
 * Sends what the journal queued, each marked sent first: lost rather than sent twice. A
 * mark that could not be kept (storage blocked with an older copy left) sends nothing.
 */
function sendOutbox({ journal, send }: EffectPorts, log: Effect<'sendOutbox'>): void {
  for (const entry of journal.pending()) {
    if (log.holdCompletions && entry.effect.type === 'callCompleted') return;
    if (!journal.markSent(entry)) return;
    sendEffect(send, entry.effect, log);
  }
}

/** A failure leaves the words the widget has (English at worst): the call is still logged. */
function wordTimeline(ports: EffectPorts, { language }: Effect<'wordTimeline'>): void {
  ports.timelineWords(language).then(
    (words) => ports.dispatch({ type: 'timelineWorded', language, words }),
    () => ports.dispatch({ type: 'timelineWordsFailed', language }),
  );
}

function saveSettings(ports: EffectPorts, { settings }: Effect<'saveSettings'>): void {
  try {
    ports.storage.setItem(settingsKey, serializeSettings(settings));
  } catch {
    ports.dispatch({ type: 'settingsNotSaved' });
  }
}

function cancelTimer(running: Running, name: WidgetTimer['name']): void {
  clearTimeout(running.timers.get(name));
  running.timers.delete(name);
}

function armTimer(ports: EffectPorts, running: Running, { timer, at }: Effect<'armTimer'>): void {
  cancelTimer(running, timer.name);
  const fire = () => {
    running.timers.delete(timer.name);
    ports.dispatch({ type: 'timerFired', timer, at: ports.now() });
  };
  running.timers.set(timer.name, setTimeout(fire, Math.max(0, at - ports.now())));
}

/**
 * Reads a number with the first-call kit when it knows the country (a few kB, there at
 * once), else with the deep-link kit, which knows every country and says why a number is
 * not one.
 */
async function readNumber(
  ports: EffectPorts,
  text: string,
  countryCode: string | undefined,
): Promise<CheckedNumber> {
  const first = await ports.loadFirstCallKit().catch(() => null);
  const quick = first?.quickDialledNumber(text, countryCode) ?? null;
  if (quick !== null) return quick;
  const kit = await ports.loadKit();
  return checkedNumber(kit.normaliseDialledNumber(text, countryCode));
}

function checkNumber(ports: EffectPorts, { check, text, countryCode }: Effect<'checkNumber'>) {
  void readNumber(ports, text, countryCode).then(
    (number) => ports.dispatch({ type: 'numberChecked', check, number, at: ports.now() }),
    () => ports.dispatch({ type: 'numberCheckFailed', check }),
  );
}

/** One lookup at a time: a new one, or the call ending, drops the one before. */
function lookUpCaller(ports: EffectPorts, running: Running, effect: Effect<'lookUpCaller'>) {
  running.lookup?.abort();
  const controller = new AbortController();
  running.lookup = controller;
  const { callId } = effect;
  const io = { fetch: ports.fetch, signal: controller.signal };
  void ports
    .loadLookupKit()
    .then((kit) => kit.lookupCaller(effect.config, { e164: effect.e164 }, io))
    .then(
      (result) => {
        if (!controller.signal.aborted) ports.dispatch({ type: 'callerLookedUp', callId, result });
      },
      () => {
        if (!controller.signal.aborted) ports.dispatch({ type: 'lookupNotStarted', callId });
      },
    );
}

function runWorkflow(ports: EffectPorts, effect: Effect<'runWorkflow'>) {
  const { callId, name } = effect;
  void ports
    .loadLookupKit()
    .then((kit) =>
      kit.runWorkflow(effect.config, name, kit.workflowInputsFor(effect.facts), {
        fetch: ports.fetch,
      }),
    )
    .then(
      (result) => ports.dispatch({ type: 'workflowFinished', callId, name, result }),
      // The code did not load: the run still ends, so its button works again.
      () => ports.dispatch({ type: 'workflowNotStarted', callId, name }),
    );
}

/**
 * Carries out what `reduceWidget` asked for: the only place in the widget with I/O. What
 * comes back (a checked number, a lookup's answer, a timer) returns as an event; failures
 * too, so nothing is left waiting and no promise is left rejected.
 */
export function createInterpreter(ports: EffectPorts): Interpreter {
  const running: Running = { timers: new Map(), forms: new Map(), lookup: null };
  let lastForm = 0;

  const run = (effect: WidgetEffect) => {
    switch (effect.type) {
      case 'send':
        return sendCommand(ports.send, effect.command, ports.word);
      case 'recordCall':
        ports.journal.record(effect.call, effect.effects);
        return;
      case 'sendOutbox':
        return sendOutbox(ports, effect);
      case 'saveSettings':
        return saveSettings(ports, effect);
      case 'wordTimeline':
        return wordTimeline(ports, effect);
      case 'armTimer':
        return armTimer(ports, running, effect);
      case 'cancelTimer':
        return cancelTimer(running, effect.name);
      case 'checkNumber':
        return checkNumber(ports, effect);
      case 'lookUpCaller':
        return lookUpCaller(ports, running, effect);
      case 'cancelLookup':
        running.lookup?.abort();
        running.lookup = null;
        return;
      case 'runWorkflow':
        return runWorkflow(ports, effect);
      case 'answerForm':
        running.forms.get(effect.form)?.(effect.answer);
        running.forms.delete(effect.form);
        return;
      default:
        return assertNever(effect);
    }
  };

  return {
    run,
    ask(event) {
      lastForm += 1;
      const form: FormId = lastForm;
      const answer = new Promise<FormAnswer>((resolve) => running.forms.set(form, resolve));
      ports.dispatch(event(form));
      return answer;
    },
  };
}
