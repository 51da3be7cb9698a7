import { startWidget } from './widget/start-widget';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

// Top-level, the page is the HubSpot simulator; inside HubSpot's iframe it is the widget.
// The simulator is a separate chunk so the widget never downloads it.
if (window.top === window.self) {
  void import('./simulator/start-simulator').then(({ startSimulator }) => startSimulator(root));
} else {
  startWidget(root);
}
