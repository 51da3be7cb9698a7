import type { FromHubSpot } from './messages';
import {
  readCallerIdMatches,
  readEngagementCreated,
  readExternalCallId,
  readFailureReason,
  readHidden,
  readHostContext,
} from './read-payload';
import type { HeardHandler, SdkEvent, SdkLink } from './sdk-link';

type Listener = (message: FromHubSpot) => void;

function engagementCreated(payload: unknown): FromHubSpot | null {
  const answer = readEngagementCreated(payload);
  return answer === null
    ? null
    : { type: 'engagementCreated', engagementId: answer.engagementId, callId: answer.callId };
}

/** What each SDK handler's payload means to the widget; null when it means nothing. */
const messageFor: Record<
  HeardHandler,
  (payload: unknown, greeted: SdkEvent['greeted']) => FromHubSpot | null
> = {
  onReady: (payload, greeted) => ({ type: 'ready', context: readHostContext(payload), greeted }),
  onDialNumber: (payload) => ({ type: 'dialNumber', payload }),
  onCreateEngagementSucceeded: engagementCreated,
  onEngagementCreated: engagementCreated,
  onCreateEngagementFailed: (payload) => ({
    type: 'engagementCreateFailed',
    reason: readFailureReason(payload),
    callId: readExternalCallId(payload),
  }),
  onUpdateEngagementFailed: (payload) => ({
    type: 'engagementUpdateFailed',
    reason: readFailureReason(payload),
  }),
  onEndCall: () => ({ type: 'endCall' }),
  onVisibilityChanged: (payload) => ({ type: 'visibilityChanged', hidden: readHidden(payload) }),
  onCallerIdMatchSucceeded: (payload) => ({
    type: 'callerIdMatched',
    matches: readCallerIdMatches(payload),
  }),
  onCallerIdMatchFailed: () => ({ type: 'callerIdMatchFailed' }),
  onNavigateToRecordFailed: (payload) => ({
    type: 'navigateToRecordFailed',
    reason: readFailureReason(payload),
  }),
};

/**
 * Where the widget hears HubSpot (docs/architecture.md: `hubspot/`): the SDK, started by
 * the entry (`hubspot/sdk-link.ts`), calls its handlers with payloads of any shape; the
 * widget hears `FromHubSpot` messages, read here, starting with any the link kept.
 */
export function connectToHubSpot(link: SdkLink, listener: Listener): void {
  link.listen(({ handler, payload, greeted }) => {
    const message = messageFor[handler](payload, greeted);
    if (message !== null) listener(message);
  });
}
