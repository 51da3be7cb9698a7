import CallingExtensions from '@hubspot/calling-extensions-sdk';
import { isHubSpotHostOrigin } from './host-origin';
import type { FromHubSpot, HubSpotSend, ToHubSpot } from './messages';
import {
  readCallerIdMatches,
  readEngagementCreated,
  readExternalCallId,
  readFailureReason,
  readHidden,
  readHostContext,
} from './read-payload';

export interface HubSpotLink {
  send: HubSpotSend;
}

type Listener = (message: FromHubSpot) => void;

const ignore = () => undefined;

/**
 * The widget's only door to the SDK (docs/architecture.md: `hubspot/`). The SDK's own handler type
 * demands all of its handlers, so we name each one and turn the few we use into
 * `FromHubSpot` messages.
 */
export function connectToHubSpot(
  listener: Listener,
  options: { debug?: boolean } = {},
): HubSpotLink {
  const emit = (message: FromHubSpot) => listener(message);
  const engagementCreated = (payload: unknown) => {
    const answer = readEngagementCreated(payload);
    if (answer !== null) {
      emit({ type: 'engagementCreated', engagementId: answer.engagementId, callId: answer.callId });
    }
  };
  // Registered before the SDK's own listener, so it never sees what it cannot take: data
  // that is not an object (the SDK reads `event.data.type` first, and `null` throws inside
  // its listener), or a SYNC from a window that is not HubSpot (the SDK would otherwise
  // adopt that window as its host).
  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) {
      event.stopImmediatePropagation();
      return;
    }
    const isSync = (data as { type?: unknown }).type === 'SYNC';
    if (isSync && !isHubSpotHostOrigin(event.origin, window.location.origin)) {
      event.stopImmediatePropagation();
    }
  });
  const extensions = new CallingExtensions({
    debugMode: options.debug ?? false,
    eventHandlers: {
      onReady: (payload: unknown) => emit({ type: 'ready', context: readHostContext(payload) }),
      onDialNumber: (payload: unknown) => emit({ type: 'dialNumber', payload }),
      onCreateEngagementSucceeded: engagementCreated,
      // Older HubSpot builds still send the deprecated ENGAGEMENT_CREATED.
      onEngagementCreated: engagementCreated,
      onCreateEngagementFailed: (payload: unknown) =>
        emit({
          type: 'engagementCreateFailed',
          reason: readFailureReason(payload),
          callId: readExternalCallId(payload),
        }),
      onUpdateEngagementFailed: (payload: unknown) =>
        emit({
          type: 'engagementUpdateFailed',
          reason: readFailureReason(payload),
        }),
      onEndCall: () => emit({ type: 'endCall' }),
      onVisibilityChanged: (payload: unknown) =>
        emit({ type: 'visibilityChanged', hidden: readHidden(payload) }),
      onUpdateEngagementSucceeded: ignore,
      onCallerIdMatchSucceeded: (payload: unknown) =>
        emit({ type: 'callerIdMatched', matches: readCallerIdMatches(payload) }),
      onCallerIdMatchFailed: () => emit({ type: 'callerIdMatchFailed' }),
      onNavigateToRecordFailed: (payload: unknown) =>
        emit({
          type: 'navigateToRecordFailed',
          reason: readFailureReason(payload),
        }),
      onInitiateCallIdSucceeded: ignore,
      onInitiateCallIdFailed: ignore,
      onPublishToChannelSucceeded: ignore,
      onPublishToChannelFailed: ignore,
      onFinalizeEngagementSucceeded: ignore,
      onFinalizeEngagementFailed: ignore,
      onSetCallState: ignore,
      onSetWidgetUrlFailed: ignore,
      // Each *_FAILED also reaches onFailed; the specific handlers above already cover ours.
      onFailed: ignore,
      defaultEventHandler: ignore,
    },
  });

  const send = ((type: keyof ToHubSpot, payload?: unknown) => {
    const method = extensions[type] as (this: CallingExtensions, data?: unknown) => void;
    method.call(extensions, payload);
  }) as HubSpotSend;

  return { send };
}
