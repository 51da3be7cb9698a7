import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { newContext } from '../../tests/e2e/browser';
import { installLoadProbes, installWidgetProbe } from './probes';

/** Where the simulator runs and which widget it embeds. */
export interface BenchSite {
  label: string;
  simulatorUrl: string;
  /** The widget's URL, given to the simulator through HubSpot's LocalSettings override. */
  widgetUrl: string;
}

export interface LoadTimings {
  /** iframe element created → INITIALIZED received, both in the host page. */
  hostStartToInitialized: number;
  /** iframe element created → first SYNC sent: the host sends it on the iframe's load event. */
  hostStartToSync: number;
  /** first SYNC sent → INITIALIZED received (the simulator's stamps). */
  syncToInitialized: number;
  /** first SYNC sent → the widget's window receives it; null if the probe saw nothing. */
  syncDelivery: number | null;
  /** DIAL_NUMBER sent by the host → deep link and QR painted in the widget. */
  dialToPainted: number;
  /** DIAL_NUMBER sent → OUTGOING_CALL_STARTED received (the simulator's stamps). */
  dialToOutgoingCall: number;
}

interface Recorded {
  direction: 'to-hubspot' | 'to-widget';
  type: string;
  at: number;
}

const localSettingsKey = 'LocalSettings:Calling:CallingExtensions';

/**
 * Source that runs a browser-side function with `arg`, for init scripts and evaluate.
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in
 * `__name(...)`, a helper the page does not have: the source brings its own.
 */
function browserSource<Arg>(run: (arg: Arg) => void, arg: Arg): { content: string } {
  return {
    content: `(() => { const __name = (target) => target; (${run.toString()})(${JSON.stringify(arg) ?? ''}); })()`,
  };
}

/** Runs in the browser: HubSpot's QA override, read by the simulator, names the widget. */
function overrideWidgetUrl(options: { key: string; url: string; simulatorOrigin: string }): void {
  if (window.top === window && window.location.origin === options.simulatorOrigin) {
    window.localStorage.setItem(
      options.key,
      JSON.stringify({ isReady: true, name: 'Handoff', url: options.url }),
    );
  }
}

/**
 * A context whose simulator embeds `site.widgetUrl`, with the timing probes in every
 * frame. Returns the page, on the simulator, connected to the widget.
 */
export async function openSimulator(
  browser: Browser,
  site: BenchSite,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  await context.addInitScript(
    browserSource(overrideWidgetUrl, {
      key: localSettingsKey,
      url: site.widgetUrl,
      simulatorOrigin: new URL(site.simulatorUrl).origin,
    }),
  );
  await context.addInitScript(browserSource(installLoadProbes, undefined));
  const page = await context.newPage();
  await page.goto(site.simulatorUrl);
  await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
  return { context, page };
}

const widgetSelector = '#hubspot-calling-extension-iframe';

/** The widget, to find elements in. */
export const widgetLocator = (page: Page) => page.frameLocator(widgetSelector);

/** The widget's Frame, to evaluate in or open a CDP session on. */
export async function widgetFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator(widgetSelector).elementHandle())?.contentFrame();
  if (!frame) throw new Error('The simulator has no widget frame');
  return frame;
}

/** Waits until the widget is idle and its lazy chunks (screens, deep-link kit) have run. */
export async function waitForIdleWidget(page: Page): Promise<void> {
  await widgetLocator(page).getByText('Ready for your next call').waitFor();
  // The kit (phone metadata + QR) is fetched right after onReady; a call is placed
  // seconds after the widget opens, not in the same millisecond.
  const frame = await widgetFrame(page);
  await frame.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/assets\/kit-[^/]*\.js$/.test(entry.name)),
  );
  await page.waitForTimeout(150);
}

export const simulatorMessages = (page: Page): Promise<Recorded[]> =>
  page.evaluate(() => (window.handoffSimulator?.messages ?? []) as unknown as Recorded[]);

/** One fresh load of the simulator (new context: cold cache), then one dial. */
export async function measureFreshLoad(browser: Browser, site: BenchSite): Promise<LoadTimings> {
  const { context, page } = await openSimulator(browser, site);
  try {
    const host = await page.waitForFunction(() => {
      const probe = window.benchHostProbe;
      return probe?.iframeCreated != null && probe.initialized != null ? probe : null;
    });
    const { iframeCreated, initialized } = (await host.jsonValue()) as {
      iframeCreated: number;
      initialized: number;
    };
    await waitForIdleWidget(page);
    const frame = await widgetFrame(page);
    const syncReceived = await frame.evaluate(
      () => window.benchWidgetLoadProbe?.syncReceived ?? null,
    );

    await frame.evaluate(browserSource(installWidgetProbe, undefined).content);
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    const painted = await (
      await frame.waitForFunction(() => window.benchWidgetProbe?.handoffPainted[0] ?? null)
    ).jsonValue();
    await page.waitForFunction(() =>
      window.handoffSimulator?.messages.some((message) => message.type === 'OUTGOING_CALL_STARTED'),
    );
    const messages = await simulatorMessages(page);
    const at = (type: string, direction: Recorded['direction']) => {
      const found = messages.find(
        (message) => message.type === type && message.direction === direction,
      );
      if (!found) throw new Error(`no ${type} recorded`);
      return found.at;
    };
    const dial = at('DIAL_NUMBER', 'to-widget');
    const firstSync = at('SYNC', 'to-widget');
    return {
      hostStartToInitialized: initialized - iframeCreated,
      hostStartToSync: firstSync - iframeCreated,
      syncToInitialized: at('INITIALIZED', 'to-hubspot') - firstSync,
      syncDelivery: syncReceived === null ? null : syncReceived - firstSync,
      dialToPainted: Number(painted) - dial,
      dialToOutgoingCall: at('OUTGOING_CALL_STARTED', 'to-hubspot') - dial,
    };
  } finally {
    await context.close();
  }
}
