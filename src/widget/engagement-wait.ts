import type { CallId } from '../call/ids';
import { callStep } from './call-step';
import { savingCallOf } from './live-call';
import type { WidgetEffect } from './widget-effects';
import type { WidgetState } from './widget-state';
import { stay, type WidgetStep } from './widget-step';

/** Arms the bounded wait for the engagement id of the call being saved, if one is. */
export function engagementWaitFor(state: WidgetState): WidgetEffect[] {
  const saving = savingCallOf(state.call.phase);
  if (saving === null) return [];
  return [
    {
      type: 'armTimer',
      timer: { name: 'engagementWait', callId: saving.callId },
      at: saving.since + state.engagementWaitMs,
    },
  ];
}

/**
 * Save waits for HubSpot's engagement id, which may never come (HubSpot's "ghost" calls):
 * the wait starts when a save starts waiting and stops when it is over either way.
 */
export function followEngagementWait(before: WidgetState, step: WidgetStep): WidgetStep {
  const was = savingCallOf(before.call.phase);
  const now = savingCallOf(step.state.call.phase);
  if (was?.callId === now?.callId) return step;
  const cancel: WidgetEffect[] =
    was === null ? [] : [{ type: 'cancelTimer', name: 'engagementWait' }];
  return {
    state: step.state,
    effects: [...step.effects, ...cancel, ...engagementWaitFor(step.state)],
  };
}

/** The wait is over: the call is completed without the id, if it is still the one waiting. */
export function engagementWaitOver(state: WidgetState, callId: CallId, at: number): WidgetStep {
  if (savingCallOf(state.call.phase)?.callId !== callId) return stay(state);
  return callStep(state, { type: 'engagementWaitExpired', at });
}
