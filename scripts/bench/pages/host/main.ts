// The HubSpot stand-in for `npm run bench`: the simulator's host side (HubSpot's SDK in
// host mode, src/simulator/host-link.ts, driven by the pure src/simulator/host-session.ts)
// without its React page, so the only work on this page is HubSpot's. It embeds the widget
// named by `?widget=` and dials the instant INITIALIZED arrives, as HubSpot does after a
// click on Call. Every message is stamped in epoch milliseconds
// (performance.timeOrigin + performance.now(), comparable across frames and processes).
import { HostLink } from '../../../../src/simulator/host-link';
import {
  type HostEffect,
  type HostEvent,
  hostTransition,
  initialHostSession,
} from '../../../../src/simulator/host-session';
import { syncIdentity } from '../../../../src/simulator/portal';
import type { RecordedMessage } from '../../../../src/simulator/protocol';

export interface BenchHost {
  /** The SDK is about to insert the widget's iframe: HubSpot starts the widget. */
  hostStart: number;
  messages: RecordedMessage[];
  /** Dials one of the US contact's phones, as a click on Call does. */
  dial(phoneName: 'phone' | 'mobilephone'): void;
  /**
   * Loads the widget's frame again, as HubSpot does when the agent opens another page:
   * `hostStart` and `messages` start over.
   */
  reload(): void;
}

declare global {
  interface Window {
    benchHost?: BenchHost;
  }
}

const now = () => performance.timeOrigin + performance.now();
const query = new URLSearchParams(window.location.search);
const widgetUrl = query.get('widget');
// `?dial=none`: the agent opened the widget without clicking Call; HubSpot does not dial.
const dialsAtOnce = query.get('dial') !== 'none';
if (widgetUrl === null) throw new Error('Name the widget: ?widget=https://…');

let session = initialHostSession(Math.floor(Date.now() / 10), 'contact-us');
let link: HostLink | null = null;
const run = (effect: HostEffect) => {
  if (effect.kind === 'send') {
    if (effect.delayMs === 0) link?.send(effect.message);
    else setTimeout(() => link?.send(effect.message), effect.delayMs);
  }
};
const dispatch = (event: HostEvent) => {
  const next = hostTransition(session, event);
  session = next.session;
  for (const effect of next.effects) run(effect);
};
const dial = (phoneName: 'phone' | 'mobilephone') =>
  dispatch({ type: 'dialClicked', recordKey: 'contact-us', phoneName, at: Date.now() });

const reload = () => {
  bench.hostStart = now();
  bench.messages = [];
  link?.reload();
};
const bench: BenchHost = { hostStart: now(), messages: [], dial, reload };
window.benchHost = bench;
link = new HostLink({
  src: widgetUrl,
  width: 400,
  height: 600,
  hostElementSelector: '#widget',
  sync: syncIdentity,
  onTraffic: (message) => bench.messages.push(message),
  onWidgetMessage: (message) => {
    dispatch({ type: 'widgetMessage', message, at: Date.now() });
    const first = dialsAtOnce && message.type === 'INITIALIZED' && !bench.messages.some(isDial);
    if (first) dial('phone');
  },
  onConnection: (connection) => dispatch({ type: 'connectionChanged', connection }),
  now,
});

function isDial(message: RecordedMessage): boolean {
  return message.type === 'DIAL_NUMBER';
}
