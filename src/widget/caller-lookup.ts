import type { CallId } from '../call/ids';
import type { LookupResult } from '../lookup/lookup-caller';
import { callStep } from './call-step';
import { liveCallOf } from './live-call';
import { lookupNotStarted } from './start-failures';
import type { WidgetState } from './widget-state';
import { andThen, stay, type WidgetStep } from './widget-step';

/**
 * Asks the customer's phone lookup service who the live call's number belongs to, beside
 * the handoff and never in its way: the link is already on screen when the request leaves.
 * Runs after each event; it starts a lookup only for a live call that has none yet (a new
 * call, or one resumed after a reload), and drops a lookup still out when the call is over.
 */
export function followCallerLookup(before: WidgetState, step: WidgetStep): WidgetStep {
  const { state } = step;
  const call = liveCallOf(state.call.phase);
  if (call === null) {
    const ended = liveCallOf(before.call.phase) !== null;
    return ended && state.callerLookup?.status === 'looking'
      ? { state, effects: [{ type: 'cancelLookup' }, ...step.effects] }
      : step;
  }
  if (state.callerLookup?.callId === call.id || state.lookup.status !== 'ready') return step;
  return {
    state: { ...state, callerLookup: { callId: call.id, status: 'looking' }, workflows: [] },
    // The request leaves first: it takes longest, and the handoff never waits for it.
    effects: [
      { type: 'lookUpCaller', callId: call.id, e164: call.to.e164, config: state.lookup.config },
      ...step.effects,
    ],
  };
}

/** Names the call after a contact, if it is still the call the lookup was for. */
function nameCall(state: WidgetState, callId: CallId, name: string | null): WidgetStep {
  if (liveCallOf(state.call.phase)?.id !== callId) return stay(state);
  return callStep(state, { type: 'calleeNamed', name });
}

/** The service answered: one contact names the call at once; several wait for the agent. */
export function callerLookedUp(
  state: WidgetState,
  callId: CallId,
  result: LookupResult,
): WidgetStep {
  if (state.callerLookup?.callId !== callId || result.kind === 'aborted') return stay(state);
  const only = result.kind === 'matches' && result.entries.length === 1 ? 0 : null;
  const answered: WidgetState = {
    ...state,
    callerLookup: { callId, status: 'answered', result, chosen: only },
  };
  const entry = result.kind === 'matches' && only !== null ? result.entries[only] : undefined;
  return entry === undefined ? stay(answered) : nameCall(answered, callId, entry.name);
}

export const lookupCouldNotStart = (state: WidgetState, callId: CallId) =>
  callerLookedUp(state, callId, lookupNotStarted);

/** The agent picked who answers a number several contacts share (a switchboard). */
export function callerEntryChosen(state: WidgetState, index: number): WidgetStep {
  const lookup = state.callerLookup;
  if (lookup?.status !== 'answered' || lookup.result.kind !== 'matches') return stay(state);
  const entry = lookup.result.entries[index];
  if (entry === undefined) return stay(state);
  return andThen(stay({ ...state, callerLookup: { ...lookup, chosen: index } }), (next) =>
    nameCall(next, lookup.callId, entry.name),
  );
}
