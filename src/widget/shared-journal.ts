import type { CallState } from '../call/state';
import type { OtherCall } from '../journal/call-journal';
import { sendOutbox } from './send-outbox';
import type { WidgetState } from './widget-state';
import { stay, type WidgetStep } from './widget-step';

// What the journal says about the widget's other instances (other HubSpot tabs, the
// calling window and the remote frame, `docs/journal.md`). The journal decides who owns
// which call, with Web Locks at the edge; the widget only hears the outcome.

/** This instance holds its record: what the journal kept (a call before a reload) goes now. */
export function journalOwned(state: WidgetState): WidgetStep {
  return stay(state, ...sendOutbox(state));
}

/**
 * The journal handed this instance a call: the unfinished call of an instance gone for
 * good, or a fresh start when its record turned out to be another live frame's. It does
 * so only while this instance has no call of its own; the engagement wait and the lookup
 * follow the new call (`reduce-widget.ts`).
 */
export function callResumed(state: WidgetState, call: CallState): WidgetStep {
  const { phase } = state.call;
  // A call HubSpot's handshake recalled is this frame's, not its record's: a fresh start
  // (the record turned out to be another live frame's) keeps it on screen.
  const kept: CallState =
    phase.status === 'recalled' && call.phase.status === 'idle'
      ? { ...call, phase, answered: [phase.engagementId, ...call.answered] }
      : call;
  return journalOwned({ ...state, call: kept, callerLookup: null, hubSpotMatch: null });
}

/** Calls live elsewhere are theirs: this instance shows them, never resumes or completes them. */
export function otherCallsChanged(state: WidgetState, calls: OtherCall[]): WidgetStep {
  return stay({ ...state, otherCalls: calls });
}
