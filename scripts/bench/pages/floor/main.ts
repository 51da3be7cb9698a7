// The floor: a calling widget that holds nothing but HubSpot's SDK and answers
// `initialized` the moment the handshake is done. No widget can answer sooner, so
// `npm run bench` reads Handoff's handshake as a ratio of this page's, measured in the
// same run, load by load.
import CallingExtensions from '@hubspot/calling-extensions-sdk';

const ignore = () => undefined;
const extensions: CallingExtensions = new CallingExtensions({
  debugMode: false,
  eventHandlers: {
    onReady: () => extensions.initialized({ isLoggedIn: true }),
    onDialNumber: ignore,
    onEndCall: ignore,
    onCallerIdMatchFailed: ignore,
    onCallerIdMatchSucceeded: ignore,
    onCreateEngagementFailed: ignore,
    onCreateEngagementSucceeded: ignore,
    onEngagementCreated: ignore,
    onInitiateCallIdFailed: ignore,
    onInitiateCallIdSucceeded: ignore,
    onNavigateToRecordFailed: ignore,
    onPublishToChannelFailed: ignore,
    onPublishToChannelSucceeded: ignore,
    onFinalizeEngagementFailed: ignore,
    onFinalizeEngagementSucceeded: ignore,
    onSetCallState: ignore,
    onSetWidgetUrlFailed: ignore,
    onUpdateEngagementFailed: ignore,
    onUpdateEngagementSucceeded: ignore,
    onVisibilityChanged: ignore,
    onFailed: ignore,
    defaultEventHandler: ignore,
  },
});
