import type { TimelineWords } from '../hubspot/engagement';
import type { Catalog } from '../i18n/catalog';
import { sendOutbox } from './send-outbox';
import type { WidgetEvent } from './widget-events';
import type { WidgetState } from './widget-state';
import { stay, type WidgetStep } from './widget-step';

/** The timeline's words (`hubspot/engagement.ts`) as one language's catalogue has them. */
export function timelineWordsOf(
  catalog: Pick<Catalog, 'timeline.callTo' | 'timeline.callFrom' | 'timeline.namedNumber'>,
): TimelineWords {
  return {
    callTo: catalog['timeline.callTo'],
    callFrom: catalog['timeline.callFrom'],
    namedNumber: catalog['timeline.namedNumber'],
  };
}

/**
 * The catalogues answered `wordTimeline`: with the words, or without (English stays, and the
 * call is still logged). Completed calls the outbox held for them go now.
 */
export function timelineWorded(
  state: WidgetState,
  event: Extract<WidgetEvent, { type: 'timelineWorded' | 'timelineWordsFailed' }>,
): WidgetStep {
  // Words for a language the agent has since left are not theirs any more.
  if (event.language !== state.settings.language) return stay(state);
  const words = event.type === 'timelineWorded' ? { timelineWords: event.words } : {};
  const next: WidgetState = { ...state, ...words, timelineWordsReady: true };
  return stay(next, ...(state.timelineWordsReady ? [] : sendOutbox(next)));
}
