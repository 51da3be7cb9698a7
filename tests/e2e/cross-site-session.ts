import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  newCrossSiteContext,
  openHubSpot,
  serverCertificate,
  serverPort,
  startCrossSiteDevServer,
  workerCrossSiteChromium,
} from './cross-site';
import { type SharedServer, sharedServer } from './shared-servers';
import { type Recorded, widgetFrameSelector } from './widget-page';

// The handshake and widget resizes come and go with layout; the call lifecycle must not.
const notLifecycle = new Set(['SYNC_ACK', 'RESIZE_WIDGET']);

/**
 * `simulatorSession`, cross-site: the HubSpot stand-in on https://app.hubspot.com frames
 * the widget from https://widget.handoff.test, storage partitioned as in real browsers.
 * The run's production build on its shared server (tests/e2e/shared-servers.ts, or a dev
 * server of the file's own in a run without it) and the worker's Chromium; a fresh
 * context (fresh storage) per `open`, or several pages in one context (tabs) with `openTab`.
 */
export function crossSiteSession() {
  let browser: Browser;
  let server: ViteDevServer | SharedServer;
  let ownServer: ViteDevServer | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    const shared = sharedServer('appServer');
    if (shared === undefined) {
      ownServer = await startCrossSiteDevServer();
      server = ownServer;
    } else server = shared;
    browser = await workerCrossSiteChromium({
      port: serverPort(server),
      certificatePem: serverCertificate(server),
    });
  });

  /**
   * One browser profile's HubSpot tabs: `open` starts it afresh (`search` is the simulator's
   * query, e.g. `?provider=caresoft`; `prepare` runs on the fresh context first, for routes
   * and init scripts; `viewport` replaces the usual one, tests/e2e/cross-site.ts), `openTab`
   * adds a tab in the same profile (same storage partition).
   */
  const profile = () => {
    let context: BrowserContext | undefined;
    return {
      async open(
        search = '',
        prepare: (fresh: BrowserContext) => Promise<void> = async () => undefined,
        viewport?: { width: number; height: number },
      ): Promise<Page> {
        await context?.close();
        context = await newCrossSiteContext(browser, viewport);
        await prepare(context);
        return openHubSpot(context, search);
      },
      async openTab(search = ''): Promise<Page> {
        if (context === undefined) throw new Error('Open HubSpot first');
        return openHubSpot(context, search);
      },
      context(): BrowserContext {
        if (context === undefined) throw new Error('Open HubSpot first');
        return context;
      },
      async close(): Promise<void> {
        await context?.close();
        context = undefined;
      },
    };
  };
  const shared = profile();

  afterEach(async () => {
    await shared.close();
    page = undefined;
  });

  afterAll(async () => {
    await ownServer?.close();
  });

  const current = (): Page => {
    if (page === undefined) throw new Error('Open HubSpot first');
    return page;
  };

  const messagesOf = (on: Page): Promise<Recorded[]> =>
    on.evaluate(
      () =>
        (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
          .messages,
    );

  return {
    /** Opens HubSpot in a fresh browser profile (`profile` above says what each argument does). */
    async open(...args: Parameters<ReturnType<typeof profile>['open']>): Promise<Page> {
      page = await shared.open(...args);
      return page;
    },
    /** Another HubSpot tab in the same browser profile (same storage partition). */
    openTab: shared.openTab,
    /**
     * `open` and `openTab` on a browser profile of this test's own, closed when the test
     * finishes (`onTestFinished` from the test's context), for tests that run at the same
     * time (`describe.concurrent`): the session's one context would be shared between them,
     * and closed after each. Pass its pages to the other methods.
     */
    ownProfile(onTestFinished: (close: () => Promise<void>) => void) {
      const own = profile();
      onTestFinished(own.close);
      return { open: own.open, openTab: own.openTab };
    },
    page: current,
    context: shared.context,
    browser: () => browser,
    /**
     * The dev server every hostname reaches, e.g. for a second browser: give it to
     * serverPort and serverCertificate (tests/e2e/cross-site.ts).
     */
    server: () => server,
    widget: (on: Page = current()) => on.frameLocator(widgetFrameSelector),
    messages: (on: Page = current()) => messagesOf(on),
    /** What HubSpot heard from the widget about calls, in order. */
    heard: async (on: Page = current()) =>
      (await messagesOf(on)).filter(
        (message) => message.direction === 'to-hubspot' && !notLifecycle.has(message.type),
      ),
  };
}
