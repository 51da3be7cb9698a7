import type { WidgetEffect } from './widget-effects';
import type { WidgetState } from './widget-state';

/** What one event does to the widget: its new state and what the outside world must do. */
export interface WidgetStep {
  state: WidgetState;
  effects: WidgetEffect[];
}

export const stay = (state: WidgetState, ...effects: WidgetEffect[]): WidgetStep => ({
  state,
  effects,
});

/** Runs `next` on the state `step` reached; the effects of both, in order. */
export function andThen(step: WidgetStep, next: (state: WidgetState) => WidgetStep): WidgetStep {
  const after = next(step.state);
  return { state: after.state, effects: [...step.effects, ...after.effects] };
}
