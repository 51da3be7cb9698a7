// One load as a new user meets it: a new browser context (empty cache and storage), the
// HubSpot stand-in on https://app.hubspot.com starting the widget from its own site, and
// DIAL_NUMBER sent the instant INITIALIZED arrives (scripts/bench/pages/host/main.ts).
import type { Browser, ConsoleMessage, Frame, Page } from 'playwright-core';
import type { RecordedMessage } from '../../src/simulator/protocol';
import { hubSpotOrigin, newCrossSiteContext } from '../../tests/e2e/cross-site';
import { benchPagePath } from './pages';

/** What the probe in the widget's frame records, epoch ms like the host's stamps. */
interface WidgetProbe {
  /** The widget's window received the first SYNC (before the SDK's own listener). */
  syncReceived: number | null;
  /** Each time a different OpenPhone deep link came into the DOM. */
  links: { at: number; href: string }[];
  /** Each time a different QR code came into the DOM. */
  qrs: number[];
  /** The app first drew anything into #root. */
  firstRender: number | null;
  /** The idle screen ("Ready for your next call") first came into the DOM. */
  idleScreen: number | null;
  /** Each DIAL_NUMBER the widget's window received (before the SDK's own listener). */
  dialsReceived: number[];
  /** Tasks of 50 ms or more on the widget's main thread (Long Tasks API). */
  longTasks: { start: number; duration: number }[];
  /** The first Web Lock the widget asked for (its journal's) and when the browser granted it. */
  firstLock: { requested: number; granted: number } | null;
  /** The widget first read its storage (the settings: its core has started). */
  firstStorageRead: number | null;
  /** The SDK logged INITIALIZED on its way to HubSpot (it logs each message it posts). */
  initializedPosted: number | null;
}

/** A JS file the widget fetched: when the request started and its last byte arrived. */
export interface Fetched {
  file: string;
  start: number;
  end: number;
}

export interface LoadTimings {
  /** The page's JS files, relative to host start. */
  fetched: Fetched[];
  /** Host start (the SDK inserts the iframe) → INITIALIZED received by the host. */
  initialized: number;
  /** Host start → first SYNC sent (the host sends it on the iframe's load event). */
  firstSync: number;
  /** First SYNC received by the widget → INITIALIZED received by the host; null if unseen. */
  syncToInitialized: number | null;
}

export interface DialTimings {
  /** DIAL_NUMBER sent → the deep link in the widget's DOM. */
  link: number;
  /** DIAL_NUMBER sent → the QR code in the widget's DOM. */
  qr: number;
  /** DIAL_NUMBER sent → OUTGOING_CALL_STARTED received by the host. */
  outgoingCall: number;
  /** DIAL_NUMBER sent → both the link in the DOM and OUTGOING_CALL_STARTED at the host. */
  ready: number;
}

export interface HandoffLoad extends LoadTimings {
  first: DialTimings;
  /** The first dial's DIAL_NUMBER: sent by the host → received by the widget's window. */
  firstDialArrival: number;
  /** Long tasks in the widget from its first DIAL_NUMBER until that call was ready. */
  firstDialLongTasks: number;
  /** The journal's Web Lock, from host start: asked for, and granted; null if unseen. */
  lockRequested: number | null;
  lockGranted: number | null;
  warm: DialTimings;
  /** Host start → the app first drew into #root. */
  firstRender: number | null;
}

declare global {
  interface Window {
    benchWidget?: WidgetProbe;
  }
}

/** What the probe logs (console.debug) when something the bench waits for happens. */
const signalPrefix = 'handoff-bench:';

/**
 * Source of an init script for every frame of the context: in a frame (the widget or the
 * floor), records when SYNC arrives and when deep links, QR codes and the first render
 * reach the DOM. Cross-site, the script runs in the widget's own document, before its code.
 */
const widgetProbeSource = `(() => {
  const signal = (text) => console.debug('${signalPrefix}' + text);
  if (window.top === window) {
    // HubSpot's side: say when INITIALIZED and OUTGOING_CALL_STARTED come (the host page
    // stamps them itself, scripts/bench/pages/host/main.ts).
    window.addEventListener('message', (event) => {
      const type = event.data !== null && typeof event.data === 'object' ? event.data.type : null;
      if (type === 'INITIALIZED' || type === 'OUTGOING_CALL_STARTED') signal(type);
    });
    return;
  }
  const now = () => performance.timeOrigin + performance.now();
  const probe = {
    syncReceived: null, links: [], qrs: [], firstRender: null, idleScreen: null,
    dialsReceived: [], longTasks: [], firstLock: null, firstStorageRead: null,
    initializedPosted: null,
  };
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    if (probe.firstStorageRead === null) probe.firstStorageRead = now();
    return getItem.call(this, key);
  };
  const debug = console.debug;
  console.debug = function (...args) {
    const logged = args[0];
    if (probe.initializedPosted === null && Array.isArray(logged) && logged.includes('INITIALIZED')) {
      probe.initializedPosted = now();
    }
    return debug.apply(this, args);
  };
  if (window.LockManager !== undefined) {
    const request = LockManager.prototype.request;
    LockManager.prototype.request = function (name, ...rest) {
      const requested = now();
      const callback = rest[rest.length - 1];
      if (probe.firstLock === null && typeof callback === 'function') {
        rest[rest.length - 1] = (lock) => {
          if (probe.firstLock === null) probe.firstLock = { requested, granted: now() };
          return callback(lock);
        };
      }
      return request.call(this, name, ...rest);
    };
  }
  window.benchWidget = probe;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data === null || typeof data !== 'object') return;
    if (probe.syncReceived === null && data.type === 'SYNC') probe.syncReceived = now();
    if (data.type === 'DIAL_NUMBER') probe.dialsReceived.push(now());
  });
  try {
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        probe.longTasks.push({ start: performance.timeOrigin + task.startTime, duration: task.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let href = null;
  let qr = null;
  const check = () => {
    const at = now();
    const link = document.querySelector('a[href^="openphone:"]');
    const nextHref = link === null ? null : link.getAttribute('href');
    if (nextHref !== null && nextHref !== href) probe.links.push({ at, href: nextHref });
    href = nextHref;
    const code = document.querySelector('svg[role="img"] path');
    const nextQr = code === null ? null : code.getAttribute('d');
    if (nextQr !== null && nextQr !== qr) {
      probe.qrs.push(at);
      signal('qr');
    }
    qr = nextQr;
    if (probe.firstRender === null && document.getElementById('root')?.firstElementChild) {
      probe.firstRender = at;
    }
    if (probe.idleScreen === null && document.getElementById('idle-heading') !== null) {
      probe.idleScreen = at;
      signal('idle');
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'd'],
  });
})();`;

/**
 * Resolves when the probe has logged `text` for the `count`-th time in any frame of `page`.
 * The bench waits this way, not with Playwright's waitForFunction, while it measures: that
 * evaluates Playwright's injected script (~340 kB) in the frame it polls, then runs its
 * predicate on every animation frame, on the very main thread being timed (a trace showed
 * 40-80 ms of it between the handshake and the first dial). A console message costs the
 * page nothing comparable.
 */
function signalled(page: Page, text: string, count: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', listen);
      reject(new Error(`timed out waiting for ${text} (${seen} of ${count})`));
    }, 60_000);
    const listen = (message: ConsoleMessage) => {
      if (message.text() !== `${signalPrefix}${text}`) return;
      seen += 1;
      if (seen < count) return;
      clearTimeout(timer);
      page.off('console', listen);
      resolve();
    };
    page.on('console', listen);
  });
}

const hostUrl = (widgetUrl: string, dial = true) =>
  `${hubSpotOrigin}${benchPagePath('host')}?widget=${encodeURIComponent(widgetUrl)}${dial ? '' : '&dial=none'}`;

const hostMessages = (page: Page): Promise<RecordedMessage[]> =>
  page.evaluate(() => window.benchHost?.messages ?? []);

const hostStart = async (page: Page): Promise<number> =>
  (await page.evaluate(() => window.benchHost?.hostStart)) ?? Number.NaN;

function stamps(messages: readonly RecordedMessage[], type: string): number[] {
  return messages.filter((message) => message.type === type).map((message) => message.at);
}

/** The page's HTML and the JS files `frame` fetched, relative to `start`. */
async function fetchedBy(frame: Frame, start: number): Promise<Fetched[]> {
  const files = await frame.evaluate(() => {
    const origin = performance.timeOrigin;
    // The page's own HTML first (no named functions in here: tsx would wrap them in a
    // helper the page does not have): a late entry request can be a slow document.
    const documents = performance.getEntriesByType('navigation').flatMap((entry) => {
      const timing = entry as PerformanceNavigationTiming;
      return [
        {
          file: '(HTML: request → first byte)',
          start: origin + timing.requestStart,
          end: origin + timing.responseStart,
        },
        {
          file: '(HTML: navigation → last byte)',
          start: origin + timing.startTime,
          end: origin + timing.responseEnd,
        },
        {
          file: '(HTML: last byte → DOM interactive)',
          start: origin + timing.responseEnd,
          end: origin + timing.domInteractive,
        },
        {
          file: '(DOM interactive → load event)',
          start: origin + timing.domInteractive,
          end: origin + timing.loadEventStart,
        },
      ];
    });
    const probe = window.benchWidget;
    const core =
      probe?.firstStorageRead && probe.initializedPosted
        ? [
            {
              file: '(first storage read → INITIALIZED posted)',
              start: probe.firstStorageRead,
              end: probe.initializedPosted,
            },
          ]
        : [];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({
        file: new URL(entry.name).pathname,
        start: origin + entry.startTime,
        end: origin + (entry as PerformanceResourceTiming).responseEnd,
      }));
    return [...documents, ...core, ...scripts];
  });
  return files.map((file) => ({
    file: file.file,
    start: file.start - start,
    end: file.end - start,
  }));
}

function loadTimings(
  messages: readonly RecordedMessage[],
  start: number,
  probe: WidgetProbe | null,
  fetched: Fetched[],
): LoadTimings {
  const [initialized] = stamps(messages, 'INITIALIZED');
  const [firstSync] = stamps(messages, 'SYNC');
  if (initialized === undefined || firstSync === undefined) throw new Error('no handshake');
  const syncReceived = probe?.syncReceived ?? null;
  return {
    fetched,
    initialized: initialized - start,
    firstSync: firstSync - start,
    syncToInitialized: syncReceived === null ? null : initialized - syncReceived,
  };
}

/** Host start → INITIALIZED for a widget that only answers the handshake (the floor). */
export async function measureFloorLoad(browser: Browser, widgetUrl: string): Promise<LoadTimings> {
  const context = await newCrossSiteContext(browser);
  try {
    await context.addInitScript({ content: widgetProbeSource });
    const page = await context.newPage();
    const initialized = signalled(page, 'INITIALIZED', 1);
    await page.goto(hostUrl(widgetUrl));
    await initialized;
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (frame === undefined) throw new Error('no floor frame');
    const start = await hostStart(page);
    const probe = await frame.evaluate(() => window.benchWidget ?? null);
    return loadTimings(await hostMessages(page), start, probe, await fetchedBy(frame, start));
  } finally {
    await context.close();
  }
}

function dialTimings(
  messages: readonly RecordedMessage[],
  probe: WidgetProbe,
  index: number,
): DialTimings {
  const dial = stamps(messages, 'DIAL_NUMBER')[index];
  const outgoing = stamps(messages, 'OUTGOING_CALL_STARTED')[index];
  const link = probe.links[index]?.at;
  const qr = probe.qrs[index];
  if (dial === undefined || outgoing === undefined || link === undefined || qr === undefined) {
    throw new Error(`dial ${index + 1} did not complete`);
  }
  return {
    link: link - dial,
    qr: qr - dial,
    outgoingCall: outgoing - dial,
    ready: Math.max(link, outgoing) - dial,
  };
}

/**
 * One load of the widget at `widgetUrl`: the first dial (sent the instant INITIALIZED
 * arrives), then, once the agent has cancelled it and the widget has sat idle for a
 * moment, a second (warm) dial of another number in the same load.
 */
export async function measureHandoffLoad(
  browser: Browser,
  widgetUrl: string,
): Promise<HandoffLoad> {
  const context = await newCrossSiteContext(browser);
  try {
    await context.addInitScript({ content: widgetProbeSource });
    const page = await context.newPage();
    const dialDone = (count: number) =>
      Promise.all([signalled(page, 'qr', count), signalled(page, 'OUTGOING_CALL_STARTED', count)]);
    const firstDialDone = dialDone(1);
    await page.goto(hostUrl(widgetUrl));
    const widget = page.frameLocator('#widget iframe');
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (frame === undefined) throw new Error('no widget frame');
    await firstDialDone;
    await widget.getByRole('button', { name: 'Cancel call' }).click();
    await widget.getByText('Ready for your next call').waitFor();
    // An agent places the next call seconds later, not in the same millisecond.
    await page.waitForTimeout(500);
    const warmDialDone = dialDone(1);
    await page.evaluate(() => window.benchHost?.dial('mobilephone'));
    await warmDialDone;

    const start = await hostStart(page);
    const messages = await hostMessages(page);
    const probe = await frame.evaluate(() => window.benchWidget ?? null);
    if (probe === null) throw new Error('the widget probe did not run');
    const first = dialTimings(messages, probe, 0);
    const [firstDial] = stamps(messages, 'DIAL_NUMBER');
    const [firstDialReceived] = probe.dialsReceived;
    if (firstDial === undefined || firstDialReceived === undefined) {
      throw new Error('the widget did not receive the first dial');
    }
    const firstDialEnd = firstDial + first.ready;
    return {
      ...loadTimings(messages, start, probe, await fetchedBy(frame, start)),
      first,
      firstDialArrival: firstDialReceived - firstDial,
      firstDialLongTasks: probe.longTasks
        .filter((task) => task.start < firstDialEnd && task.start + task.duration > firstDial)
        .reduce((sum, task) => sum + task.duration, 0),
      warm: dialTimings(messages, probe, 1),
      firstRender: probe.firstRender === null ? null : probe.firstRender - start,
      lockRequested: probe.firstLock === null ? null : probe.firstLock.requested - start,
      lockGranted: probe.firstLock === null ? null : probe.firstLock.granted - start,
    };
  } finally {
    await context.close();
  }
}

/**
 * One load of the widget at `widgetUrl` that HubSpot does not dial (the agent opened the
 * calling window without clicking Call): host start → the idle screen in the DOM.
 */
export async function measureIdleLoad(browser: Browser, widgetUrl: string): Promise<number> {
  const context = await newCrossSiteContext(browser);
  try {
    await context.addInitScript({ content: widgetProbeSource });
    const page = await context.newPage();
    const idleShown = signalled(page, 'idle', 1);
    await page.goto(hostUrl(widgetUrl, false));
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    if (frame === undefined) throw new Error('no widget frame');
    await idleShown;
    const start = await hostStart(page);
    const idle = await frame.evaluate(() => window.benchWidget?.idleScreen ?? null);
    if (idle === null) throw new Error('no idle screen');
    return idle - start;
  } finally {
    await context.close();
  }
}

/**
 * The agent moving on to other HubSpot pages: HubSpot loads the widget's frame again in the
 * same browser, its HTTP cache, storage and V8's code cache kept. Host start →
 * INITIALIZED on the second and third load of one frame (the first, a new user's, is
 * measured above); HubSpot does not dial, and the agent moves on once the widget has sat
 * for a moment.
 */
export async function measureReloads(browser: Browser, widgetUrl: string): Promise<number[]> {
  const context = await newCrossSiteContext(browser);
  try {
    await context.addInitScript({ content: widgetProbeSource });
    const page = await context.newPage();
    const loads: number[] = [];
    for (let load = 1; load <= 3; load += 1) {
      const initialized = signalled(page, 'INITIALIZED', 1);
      if (load === 1) await page.goto(hostUrl(widgetUrl, false));
      else await page.evaluate(() => window.benchHost?.reload());
      await initialized;
      const [at] = stamps(await hostMessages(page), 'INITIALIZED');
      if (at === undefined) throw new Error(`no INITIALIZED on load ${load}`);
      if (load > 1) loads.push(at - (await hostStart(page)));
      await page.waitForTimeout(300);
    }
    return loads;
  } finally {
    await context.close();
  }
}
