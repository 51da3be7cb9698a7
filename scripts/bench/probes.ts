// Timestamps taken inside the browser. Every stamp is epoch milliseconds
// (performance.timeOrigin + performance.now()): sub-millisecond, and comparable with the
// simulator's `Date.now()` message stamps, across frames and processes.

/** What the host page (the simulator, top-level) records. */
export interface HostProbe {
  /** The SDK's iframe element entered the host page: HubSpot starts the widget. */
  iframeCreated: number | null;
  /** The host page received the widget's INITIALIZED. */
  initialized: number | null;
}

/** What the widget frame records from its first document on. */
export interface WidgetLoadProbe {
  /** The widget's window received the first SYNC (before the SDK's own listener). */
  syncReceived: number | null;
}

/** What the widget frame records once it has loaded. */
export interface WidgetProbe {
  /**
   * Each time the deep link (`Open here`) and the QR code come into the DOM together: the
   * start of the next animation frame, the one that paints them.
   */
  handoffPainted: number[];
}

declare global {
  interface Window {
    benchHostProbe?: HostProbe;
    benchWidgetProbe?: WidgetProbe;
    benchWidgetLoadProbe?: WidgetLoadProbe;
  }
}

/**
 * Runs in the browser, as an init script of every frame (before the page's own code);
 * must not refer to anything outside itself.
 */
export function installLoadProbes(): void {
  const now = () => performance.timeOrigin + performance.now();
  const isSync = (data: unknown) =>
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SYNC';
  if (window.top !== window) {
    // A cross-site widget gets this in its own document. A same-origin one keeps the
    // window of its initial about:blank, which gets it instead; the listener stays.
    const probe: WidgetLoadProbe = { syncReceived: null };
    window.benchWidgetLoadProbe = probe;
    window.addEventListener('message', (event: MessageEvent) => {
      if (probe.syncReceived === null && isSync(event.data)) probe.syncReceived = now();
    });
    return;
  }
  const probe: HostProbe = { iframeCreated: null, initialized: null };
  window.benchHostProbe = probe;
  const observer = new MutationObserver(() => {
    if (document.getElementById('hubspot-calling-extension-iframe')) {
      probe.iframeCreated = now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  // Added before any of the page's listeners, so it sees the message first.
  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (
      probe.initialized === null &&
      typeof data === 'object' &&
      data !== null &&
      (data as { type?: unknown }).type === 'INITIALIZED'
    ) {
      probe.initialized = now();
    }
  });
}

/**
 * Runs in the browser, evaluated in the widget's frame once it has loaded. (Not an init
 * script: a same-origin iframe keeps the window of its initial about:blank document, and
 * init scripts run for that document only, so an observer installed then watches a
 * document that is gone.)
 */
export function installWidgetProbe(): void {
  const now = () => performance.timeOrigin + performance.now();
  const probe: WidgetProbe = { handoffPainted: [] };
  window.benchWidgetProbe = probe;
  let shown = false;
  let pending = false;
  const check = () => {
    const qr = document.querySelector('svg[role="img"][aria-label^="QR code"]');
    const link = Array.from(document.querySelectorAll('a')).some(
      (anchor) => anchor.textContent === 'Open here',
    );
    const both = qr !== null && link;
    if (both && !shown && !pending) {
      pending = true;
      requestAnimationFrame(() => {
        probe.handoffPainted.push(now());
        pending = false;
      });
    }
    shown = both;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}
