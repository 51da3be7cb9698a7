import type { CallCompletion } from './completion';
import type { CallId, EngagementId } from './ids';
import type { EndStatus } from './outcome';
import type { LiveCall } from './state';

/** What the machine asks the edges to tell HubSpot; the adapter turns each into one SDK call. */
export type Effect =
  | { type: 'outgoingCall'; call: LiveCall }
  | { type: 'incomingCall'; call: LiveCall }
  | { type: 'callAnswered'; id: CallId }
  | { type: 'callEnded'; id: CallId; engagementId: EngagementId | null; endStatus: EndStatus }
  | { type: 'callCompleted'; completion: CallCompletion };
