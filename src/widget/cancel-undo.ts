import type { CallId } from '../call/ids';
import { callStep } from './call-step';
import type { WidgetState } from './widget-state';
import { stay, type WidgetStep } from './widget-step';

/** How long Cancel call can be undone before the canceled call is logged. */
export const cancelUndoMs = 5_000;

/**
 * Cancel call (or its X shortcut) on a handed-off call: nothing goes to HubSpot yet, the
 * agent has `state.cancelUndoMs` to undo it, then the call is logged as canceled, with the
 * moment the agent canceled as its end.
 */
export function cancelRequested(state: WidgetState, at: number): WidgetStep {
  const { phase } = state.call;
  if (phase.status !== 'handedOff' || state.cancelPending !== null) return stay(state);
  const callId = phase.call.id;
  return stay(
    { ...state, cancelPending: { callId, at } },
    { type: 'armTimer', timer: { name: 'cancelUndo', callId }, at: at + state.cancelUndoMs },
  );
}

export function cancelUndone(state: WidgetState): WidgetStep {
  if (state.cancelPending === null) return stay(state);
  return stay({ ...state, cancelPending: null }, { type: 'cancelTimer', name: 'cancelUndo' });
}

/** The undo window is over: the call is canceled, if it is still the one handed off. */
export function cancelUndoOver(state: WidgetState, callId: CallId): WidgetStep {
  const pending = state.cancelPending;
  if (pending === null || pending.callId !== callId) return stay(state);
  return callStep({ ...state, cancelPending: null }, { type: 'callCanceled', at: pending.at });
}

/**
 * A cancel waiting for its undo window belongs to the call handed off: when that call moves
 * on otherwise (HubSpot ended it, a reload, another frame took it), the cancel is dropped.
 */
export function followCancelUndo(step: WidgetStep): WidgetStep {
  const pending = step.state.cancelPending;
  if (pending === null) return step;
  const { phase } = step.state.call;
  if (phase.status === 'handedOff' && phase.call.id === pending.callId) return step;
  return {
    state: { ...step.state, cancelPending: null },
    effects: [...step.effects, { type: 'cancelTimer', name: 'cancelUndo' }],
  };
}
