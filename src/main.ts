import { openSdkLink } from './hubspot/sdk-link';
import { startWidget } from './widget/start-widget';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Top-level, the page is the HubSpot simulator; inside HubSpot's iframe it is the widget.
// The simulator is a separate chunk so the widget never downloads it.
if (window.top === window.self) {
  void import('./simulator/start-simulator').then(({ startSimulator }) => startSimulator(root));
} else {
  // HubSpot starts its handshake on the frame's load event, which follows this module's
  // run: the SDK listens from here, and the widget starts in the task after, while
  // HubSpot's SYNC is on its way (what HubSpot says before then waits in the link).
  const link = openSdkLink({ debug: new URLSearchParams(window.location.search).has('debug') });
  setTimeout(() => startWidget(root, link), 0);
}
