import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { newContext, startDevServer, workerChromium } from './browser';
import { sharedServer } from './shared-servers';
import { type Recorded, widgetFrameSelector } from './widget-page';

// The handshake and widget resizes come and go with layout; the call lifecycle must not.
const notLifecycle = new Set(['SYNC_ACK', 'RESIZE_WIDGET']);

/**
 * The run's production build on its shared server (tests/e2e/shared-servers.ts) or, in a
 * run without it, a dev server of the file's own; the worker's Chromium (workerChromium),
 * and a fresh browser context (so fresh storage) per simulator page opened.
 */
export function simulatorSession() {
  let browser: Browser;
  let server: ViteDevServer | undefined;
  let url: string;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    const shared = sharedServer('appServer');
    if (shared === undefined) ({ server, url } = await startDevServer());
    else url = shared.url;
    browser = await workerChromium();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
  });

  afterAll(async () => {
    await server?.close();
  });

  const current = (): Page => {
    if (page === undefined) throw new Error('Open the simulator first');
    return page;
  };

  const messages = (): Promise<Recorded[]> =>
    current().evaluate(
      () =>
        (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
          .messages,
    );

  return {
    /** Opens the simulator (`search` is its own query, e.g. `?provider=caresoft`) once connected. */
    async open(search = ''): Promise<Page> {
      context = await newContext(browser);
      page = await context.newPage();
      await page.goto(`${url}${search}`);
      // `.first()`: the calling-window layout has two frames, each with its own handshake.
      await page
        .locator('[data-testid=widget-connection][data-connection=connected]')
        .first()
        .waitFor();
      return page;
    },
    page: current,
    widget: () => current().frameLocator(widgetFrameSelector),
    messages,
    /** What HubSpot heard from the widget about calls, in order. */
    heard: async () =>
      (await messages()).filter(
        (message) => message.direction === 'to-hubspot' && !notLifecycle.has(message.type),
      ),
  };
}
