import type { CallCompletion } from '../call/completion';
import { rememberedAnswers } from '../call/engagement-answers';
import type { CallEvent } from '../call/events';
import { transition } from '../call/machine';
import type { CallState } from '../call/state';
import { hubSpotFailure } from './hubspot-failure';
import { withNotice } from './notices';
import { sendOutbox } from './send-outbox';

/** Enough saved calls for any late answer HubSpot still owes (`call/engagement-answers.ts`). */
const completedKept = rememberedAnswers;

import type { WidgetEffect } from './widget-effects';
import type { WidgetState } from './widget-state';
import { stay, type WidgetStep } from './widget-step';
import { callFlowFor } from './workflows';

/**
 * Tells the agent when a call reached HubSpot without its timeline record: HubSpot did not
 * answer in time, or said it could not create it. The notes are offered to copy.
 */
function withMissingEngagementNotice(
  state: WidgetState,
  event: CallEvent,
  before: CallState,
  completion: CallCompletion,
): WidgetState {
  const phase = before.phase;
  const engagement = phase.status === 'wrapUp' ? phase.call.engagement : null;
  if (event.type === 'engagementWaitExpired') {
    return withNotice(state, 'error', { code: 'notice.engagementWaitExpired' }, completion.notes);
  }
  if (engagement?.status === 'failed') {
    return withNotice(
      state,
      'error',
      hubSpotFailure('notice.engagementFailed', engagement.reason),
      completion.notes,
    );
  }
  return state;
}

/**
 * Runs one event through the call machine (`call/machine.ts`): the new call state is
 * journaled with its messages, which go to HubSpot once it can hear them. A call just
 * completed is remembered, and its CallFlow runs when the agent asked for it.
 */
export function callStep(state: WidgetState, event: CallEvent): WidgetStep {
  const { state: call, effects } = transition(state.call, event);
  if (call === state.call && effects.length === 0) return stay(state);
  let next: WidgetState = { ...state, call };
  // The SDK drops what is sent before the handshake: the journal keeps it until then.
  const out: WidgetEffect[] = [{ type: 'recordCall', call, effects }, ...sendOutbox(state)];
  for (const effect of effects) {
    if (effect.type !== 'callCompleted') continue;
    const { completion } = effect;
    next = { ...next, completed: [completion, ...next.completed].slice(0, completedKept) };
    if (completion.engagementId === null) {
      next = withMissingEngagementNotice(next, event, state.call, completion);
    }
    const flow = callFlowFor(next, completion);
    next = flow.state;
    out.push(...flow.effects);
  }
  return { state: next, effects: out };
}
