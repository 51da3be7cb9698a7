import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/security/security-headers';
import { demoWidgetUrl } from '../../src/simulator/demo-widget-url';
import { localSettingsKey } from '../../src/simulator/local-settings';
import {
  hubSpotOrigin,
  launchCrossSiteChromium,
  newCrossSiteContext,
  otherOrigin,
  serverCertificate,
  widgetOrigin,
} from './cross-site';
import { buildProduction, type ProductionBuild, startPreviewServer } from './production-server';
import { type Recorded, widgetFrameSelector } from './widget-page';

// A production build, on its own site (https://widget.handoff.test), framed by a HubSpot
// stand-in on three hosts: HubSpot's own, this machine's (the local simulator of `npm
// start`, on the port it is served from), and another site, which the admin listed when
// building (HANDOFF_EXTRA_HOST_ORIGINS). The framing policy is opened to all three here, so
// that only the widget's own handshake check tells them apart.

let production: ProductionBuild;
let preview: PreviewServer;
let localOrigin: string;
let browser: Browser;
let context: BrowserContext | undefined;

/** A free loopback port, so the policy can name the local origin before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  localOrigin = `https://localhost:${port}`;
  production = await buildProduction({ extraHostOrigins: [otherOrigin] });
  ({ server: preview } = await startPreviewServer(production.outDir, {
    port,
    headers: securityHeaders({ extraFrameAncestors: [localOrigin, otherOrigin] }),
  }));
  browser = await launchCrossSiteChromium({
    port,
    certificatePem: serverCertificate(preview),
  });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await production?.remove();
});

/** The HubSpot stand-in at `hostOrigin`, embedding the widget from its own site. */
async function openStandIn(hostOrigin: string): Promise<Page> {
  context = await newCrossSiteContext(browser);
  const value = JSON.stringify({
    isReady: true,
    name: 'Handoff',
    url: demoWidgetUrl(widgetOrigin, 'openphone'),
  });
  await context.addInitScript({
    content: `if (window.top === window && location.origin === ${JSON.stringify(hostOrigin)}) {
  localStorage.setItem(${JSON.stringify(localSettingsKey)}, ${JSON.stringify(value)});
}`,
  });
  const page = await context.newPage();
  await page.goto(`${hostOrigin}/`);
  return page;
}

const connection = (page: Page) =>
  page.locator('[data-testid=widget-connection]').getAttribute('data-connection');

const syncsSent = async (page: Page) =>
  (
    await page.evaluate(
      () =>
        (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
          .messages,
    )
  ).filter((message) => message.direction === 'to-widget' && message.type === 'SYNC').length;

/**
 * The widget has loaded and heard `count` SYNCs (the SDK's host side sends one every
 * 100 ms until it is answered) without answering any.
 */
async function expectNoHandshake(page: Page, count: number): Promise<void> {
  await page.frameLocator(widgetFrameSelector).getByText('Connecting to HubSpot…').waitFor();
  await expect.poll(() => syncsSent(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  expect(await connection(page)).not.toBe('connected');
}

describe('a production build', () => {
  it('answers the handshake of HubSpot on app.hubspot.com', async () => {
    const page = await openStandIn(hubSpotOrigin);
    await expect.poll(() => connection(page), { timeout: 20_000 }).toBe('connected');
  });

  it("ignores the handshake of a local simulator (npm start's https://localhost:<port>)", async () => {
    const page = await openStandIn(localOrigin);
    await expectNoHandshake(page, 20);
  });

  it('answers the handshake of a host the admin listed when building, and lets it frame the widget', async () => {
    const page = await openStandIn(otherOrigin);
    await expect.poll(() => connection(page), { timeout: 20_000 }).toBe('connected');
    const headersFile = await readFile(join(production.outDir, '_headers'), 'utf8');
    expect(headersFile).toMatch(
      /frame-ancestors 'self' https:\/\/app\.hubspot\.com [^;]* https:\/\/other-crm\.test;/,
    );
    expect(headersFile).not.toContain('localhost');
  });
});
