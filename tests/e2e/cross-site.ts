// HubSpot frames the widget from another site: app.hubspot.com embeds the widget's own
// origin. Tests on 127.0.0.1 alone share one site and one storage, so they cannot see
// what the agent's browser does (a renderer process per site, storage partitioned by the
// top-level site). This harness gives each side its real hostname over https, all served
// by one local server:
// - Chromium's --host-resolver-rules maps every hostname below, port 443, to the local
//   server's port, so origins carry no port (`https://app.hubspot.com`), as in production;
// - the server's own self-signed certificate is trusted by its public key
//   (--ignore-certificate-errors-spki-list), so no certificate error is ignored wholesale;
// - third-party storage partitioning is on, as in every current browser (see below).
import { createHash, X509Certificate } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer, ViteDevServer } from 'vite';
import { createServer } from 'vite';
import { demoPhoneAppFrom, demoWidgetUrl } from '../../src/simulator/demo-widget-url';
import { localSettingsKey } from '../../src/simulator/local-settings';
import { launchChromium, playwrightDisabledFeatures, warmupFiles, workerChromium } from './browser';
import type { SharedServer } from './shared-servers';

/** The sites of a cross-site run; each resolves to the one local server. */
export const crossSiteHosts = {
  /** HubSpot's app, which frames the widget (its first data centre). */
  hubSpot: 'app.hubspot.com',
  /** The widget's own site, as a customer deploys it. */
  widget: 'widget.handoff.test',
  /** Any other site, to show what the widget's storage looks like from elsewhere. */
  other: 'other-crm.test',
} as const;

export const hubSpotOrigin = `https://${crossSiteHosts.hubSpot}`;
export const widgetOrigin = `https://${crossSiteHosts.widget}`;
export const otherOrigin = `https://${crossSiteHosts.other}`;

// playwright-core launches Chromium with `--disable-features=<its list>`, and that list
// holds ThirdPartyStoragePartitioning. Chromium keeps the last of a repeated switch, so a
// later `--disable-features` replaces Playwright's whole list: this one is Playwright's
// without the partitioning entry. `--enable-features` cannot undo it: a feature both
// enabled and disabled stays disabled.
// tests/e2e/cross-site.test.ts proves the effect, so a Playwright upgrade that changes
// the mechanism fails there rather than silently testing unpartitioned storage.
const featuresStillDisabled = playwrightDisabledFeatures.filter(
  (feature) => feature !== 'ThirdPartyStoragePartitioning',
);

/** The base64 SHA-256 of a certificate's public key, the form Chromium's SPKI list takes. */
export function publicKeyHash(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({
    type: 'spki',
    format: 'der',
  });
  return createHash('sha256').update(spki).digest('base64');
}

export interface CrossSiteBrowserOptions {
  /** The local https server's port, which every cross-site hostname reaches. */
  port: number;
  /** Its certificate (PEM; a bundle with the private key is fine), or each server's. */
  certificatePem: string | readonly string[];
  /**
   * Third-party storage partitioning, on by default as in real browsers. Off is
   * Playwright's default, kept only to show what it changes.
   */
  partitioning?: boolean;
  /** Further Chromium switches, e.g. `--enable-precise-memory-info`. */
  extraArgs?: readonly string[];
  /**
   * Hostnames (port 443) and the local port each reaches instead of `port`: further sites
   * (a second build) or one of crossSiteHosts on a server of its own.
   */
  extraHosts?: Readonly<Record<string, number>>;
}

/** Chromium's switches for a cross-site run (without Playwright's own). */
export function crossSiteChromiumArgs(options: CrossSiteBrowserOptions): string[] {
  const hosts = new Map<string, number>(
    Object.values(crossSiteHosts).map((host) => [host, options.port]),
  );
  for (const [host, port] of Object.entries(options.extraHosts ?? {})) hosts.set(host, port);
  const rules = [...hosts].map(([host, port]) => `MAP ${host}:443 127.0.0.1:${port}`).join(',');
  const certificates =
    typeof options.certificatePem === 'string' ? [options.certificatePem] : options.certificatePem;
  const trusted = [...new Set(certificates.map(publicKeyHash))].join(',');
  return [
    `--host-resolver-rules=${rules}`,
    `--ignore-certificate-errors-spki-list=${trusted}`,
    ...(options.partitioning === false
      ? []
      : [`--disable-features=${featuresStillDisabled.join(',')}`]),
    ...(options.extraArgs ?? []),
  ];
}

/** Debian's Chromium, set up for the cross-site hostnames (see crossSiteChromiumArgs). */
export function launchCrossSiteChromium(options: CrossSiteBrowserOptions): Promise<Browser> {
  return launchChromium(crossSiteChromiumArgs(options));
}

/** launchCrossSiteChromium, kept for the worker's next files (workerChromium). */
export function workerCrossSiteChromium(options: CrossSiteBrowserOptions): Promise<Browser> {
  return workerChromium(crossSiteChromiumArgs(options));
}

/**
 * Tall enough that the simulator's whole widget frame (up to 700 px, below HubSpot's
 * record header) is in view. The cross-site widget renders in a process of its own, and
 * Chromium routes a click to it by hit-test data that lags a scroll of the top page: a
 * click Playwright makes right after scrolling a button into view can land on the bare
 * iframe element and never reach the widget (measured: 3 of 6 such clicks after a reload).
 */
const crossSiteViewport = { width: 1280, height: 1100 };

/**
 * A context for cross-site pages. No `ignoreHTTPSErrors`: the certificate is trusted by its
 * key, so a page that fails TLS fails here as it would for the agent.
 */
export function newCrossSiteContext(
  browser: Browser,
  viewport: { width: number; height: number } = crossSiteViewport,
): Promise<BrowserContext> {
  return browser.newContext({ viewport });
}

/**
 * For the calling-window layout (`?location=remote`): wide enough that the calling window
 * and the navigation bar stand side by side (framesSideBySide), both in view unscrolled.
 */
export const sideBySideViewport = { width: 1600, height: 1100 };

/**
 * Lays HubSpot's calling window and navigation-bar frame side by side, as `prepare` for a
 * session's `open`, with sideBySideViewport. The simulator stacks the bar below the calling
 * window, and below the fold of a 1100 px viewport: a click in the bar had to scroll first,
 * a click on the record at the same moment scrolled back, and the calling window growing
 * to fit its next screen moved the bar 100 px down. A click into the cross-site bar then
 * landed on the bare <iframe> (see crossSiteViewport), and the bar never heard it. Side by
 * side, nothing scrolls and neither frame moves when the other resizes, as in HubSpot,
 * where the calling window is a window of its own.
 */
export async function framesSideBySide(context: BrowserContext): Promise<void> {
  const style = `div:has(> [data-testid=widget-panel]) { grid-template-columns: auto auto; }
div:has(> [data-testid=widget-panel]) > :not([data-testid=widget-panel]) { grid-column: 1 / -1; }`;
  await context.addInitScript({
    content: `if (window.top === window && location.origin === ${JSON.stringify(hubSpotOrigin)}) {
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(style)};
  const add = () => document.head.append(style);
  if (document.head) add();
  else document.addEventListener('DOMContentLoaded', add);
}`,
  });
}

/** The certificate an https Vite server (dev, preview or shared) answers with. */
export function serverCertificate(server: ViteDevServer | PreviewServer | SharedServer): string {
  if ('certificatePem' in server) return server.certificatePem;
  const https =
    'transformRequest' in server ? server.config.server.https : server.config.preview.https;
  const cert = https?.cert;
  const pem = Buffer.isBuffer(cert) ? cert.toString('utf8') : cert;
  if (typeof pem !== 'string') throw new Error('The server has no https certificate');
  return pem;
}

/** The port a started Vite server listens on. */
export function serverPort(server: ViteDevServer | PreviewServer | SharedServer): number {
  if ('certificatePem' in server) return server.port;
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    throw new Error('The server did not report its port');
  }
  return address.port;
}

/**
 * The dev server (vite.config.ts, as `npm start`) on a free loopback port, for cross-site
 * tests. No hot reload: nothing edits files during a test, and its websocket would only
 * add noise.
 */
export async function startCrossSiteDevServer(): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: {
      port: 0,
      strictPort: false,
      host: '127.0.0.1',
      hmr: false,
      warmup: { clientFiles: warmupFiles },
    },
  });
  await server.listen();
  return server;
}

/**
 * Makes every page of `context` on HubSpot's origin embed the widget from its own site,
 * through HubSpot's QA override (LocalSettings), which the simulator reads as HubSpot
 * does. `search` is the simulator's own query (`?provider=caresoft`), which picks the
 * phone app in the widget URL as `npm start`'s simulator does.
 */
export async function embedWidgetCrossSite(context: BrowserContext, search = ''): Promise<void> {
  const widgetUrl = demoWidgetUrl(widgetOrigin, demoPhoneAppFrom(search));
  const value = JSON.stringify({ isReady: true, name: 'Handoff', url: widgetUrl });
  // A string, not a function: it runs in every frame before the page's own scripts.
  await context.addInitScript({
    content: `if (window.top === window && location.origin === ${JSON.stringify(hubSpotOrigin)}) {
  localStorage.setItem(${JSON.stringify(localSettingsKey)}, ${JSON.stringify(value)});
}`,
  });
}

/**
 * Opens the HubSpot stand-in (the simulator, on the SDK's host side) at
 * https://app.hubspot.com/, embedding the widget from https://widget.handoff.test/, and
 * waits for the handshake.
 */
export async function openHubSpot(context: BrowserContext, search = ''): Promise<Page> {
  await embedWidgetCrossSite(context, search);
  const page = await context.newPage();
  await page.goto(`${hubSpotOrigin}/${search}`);
  // In the calling-window layout two frames connect; each test waits for the ones it uses.
  await page
    .locator('[data-testid=widget-connection][data-connection=connected]')
    .first()
    .waitFor();
  return page;
}
