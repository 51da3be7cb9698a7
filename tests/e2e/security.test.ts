import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { getCertificate } from '@vitejs/plugin-basic-ssl';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { PreviewServer, ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashedAssetCacheControl } from '../../src/build/hashed-assets';
import { securityHeaders } from '../../src/security/security-headers';
import { newContext, startDevServer, workerChromium } from './browser';
import { buildProduction, type ProductionBuild, startPreviewServer } from './production-server';
import { sharedServer } from './shared-servers';
import { type Recorded, widgetFrameSelector } from './widget-page';

let production: ProductionBuild | undefined;
/** Where the build `url` serves was written. */
let builtDir = '';
let preview: PreviewServer | undefined;
let url: string;
let devServer: ViteDevServer | undefined;
let devUrl: string;
let thirdParty: Server;
let thirdPartyUrl: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors and `securitypolicyviolation` events, from every frame of the page. */
let violations: string[];
/** Every console message, from every frame of the page. */
let consoleLines: string[];

/**
 * A page on another origin, as any other app's iframe on a HubSpot page would be. Served
 * over https with the dev certificate so the simulator's frame-src lets it in.
 */
async function startThirdParty(): Promise<{ server: Server; url: string }> {
  const certificate = await getCertificate('node_modules/.vite/basic-ssl', 'handoff-localhost', [
    'localhost',
    '127.0.0.1',
  ]);
  const server = createServer({ cert: certificate, key: certificate }, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>Another app</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no third-party port');
  return { server, url: `https://127.0.0.1:${address.port}/` };
}

beforeAll(async () => {
  // The run's production build on `npm run preview`'s server and its warmed-up dev server
  // (tests/e2e/shared-servers.ts), or servers of its own.
  const app = sharedServer('appServer');
  if (app === undefined) {
    production = await buildProduction();
    builtDir = production.outDir;
    ({ server: preview, url } = await startPreviewServer(production.outDir));
  } else {
    url = app.url;
    builtDir = app.outDir ?? '';
  }
  const shared = sharedServer('devServer');
  if (shared === undefined) ({ server: devServer, url: devUrl } = await startDevServer());
  else devUrl = shared.url;
  ({ server: thirdParty, url: thirdPartyUrl } = await startThirdParty());
  browser = await workerChromium();
});

afterAll(async () => {
  await preview?.close();
  await devServer?.close();
  await new Promise((resolve) => thirdParty?.close(resolve));
  await production?.remove();
});

/** Opens the simulator at `at` in a fresh context, recording CSP violations in every frame. */
async function openSimulator(at: string): Promise<void> {
  violations = [];
  consoleLines = [];
  context = await newContext(browser);
  // Runs in every frame before the page's own scripts, injected by the browser, so the
  // page's policy does not apply to it. On the window, not the document: a same-origin
  // iframe keeps the window of its initial about:blank (which is what gets this script),
  // and the event bubbles up to it from the document that replaces that page.
  await context.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      console.error(`securitypolicyviolation ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    consoleLines.push(text);
    if (/securitypolicyviolation|Content Security Policy/i.test(text)) violations.push(text);
  });
  await page.goto(at);
  await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
}

afterEach(async () => {
  await context?.close();
});

const widget = () => page.frameLocator(widgetFrameSelector);

/** The Frame (not a FrameLocator) of the iframe matching `selector`, to evaluate in it. */
async function frameOf(selector: string): Promise<Frame> {
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  return frame;
}

const messages = () =>
  page.evaluate(
    () =>
      (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
        .messages,
  );

const heardTypes = async () =>
  (await messages())
    .filter((message) => message.direction === 'to-hubspot')
    .map((message) => message.type);

describe('the production build, served as `npm run preview` serves it', () => {
  beforeEach(() => openSimulator(url));

  it('sends the strict Content-Security-Policy, nosniff and the referrer policy', async () => {
    const response = await context.request.get(url);
    const headers = response.headers();
    const expected = securityHeaders();
    expect(headers['content-security-policy']).toBe(expected['Content-Security-Policy']);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['content-security-policy']).not.toMatch(/unsafe-eval|sha256-/);
  });

  it('lets the browser keep the hashed files for good, and asks again for the page', async () => {
    const html = await context.request.get(url);
    expect(html.headers()['cache-control']).toBe('no-cache');
    const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(
      await html.text(),
    )?.[1];
    expect(entry).toBeDefined();
    const asset = await context.request.get(new URL(entry ?? '', url).href);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe(hashedAssetCacheControl);
    expect(asset.headers()['content-security-policy']).toBe(
      securityHeaders()['Content-Security-Policy'],
    );
    // Compressed once when the server started, as static hosts keep their copies.
    expect(asset.headers()['content-encoding']).toBe('gzip');
    expect(asset.headers().vary).toContain('Accept-Encoding');
    // Its length known up front: Vite's own preview streams what it compresses, unsized.
    expect(Number(asset.headers()['content-length'])).toBeGreaterThan(0);
    expect((await asset.body()).equals(readFileSync(join(builtDir, entry ?? '')))).toBe(true);
  });

  it('would see a violation in the widget frame (so "no violation" below means something)', async () => {
    const frame = await frameOf(widgetFrameSelector);
    await frame.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true;';
      document.body.append(inline);
    });
    await expect.poll(() => violations.join('\n')).toContain('securitypolicyviolation script-src');
    expect(await frame.evaluate(() => 'inlineRan' in window)).toBe(false);
  });

  it('runs a whole outbound call under that policy without a single violation', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('link', { name: 'Open here' }).waitFor();
    await widget()
      .getByRole('img', { name: /QR code/ })
      .waitFor();
    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('radio', { name: 'Left live message' }).check();
    await widget().getByRole('textbox', { name: 'Notes' }).fill('Under CSP');
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget().getByText('Ready for your next call').waitFor();
    await page.locator('[data-testid=timeline-entry]').first().waitFor();

    expect(await heardTypes()).toEqual(
      expect.arrayContaining([
        'INITIALIZED',
        'OUTGOING_CALL_STARTED',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]),
    );
    expect(violations).toEqual([]);
  });
});

/** The SDK's message envelope, as HubSpot posts it. */
const dialFrom = (phoneNumber: string) => ({
  type: 'DIAL_NUMBER',
  messageId: 'forged_1',
  data: {
    phoneNumber,
    objectId: 1,
    objectType: 'CONTACT',
    portalId: 1,
    ownerId: 1,
    countryCode: 'GB',
  },
});
const forgedNumber = '+44 20 7946 0999';

/**
 * Opens a frame from another origin on the simulator's page and posts `posted` from it to
 * the widget's window; resolves once the widget's window has received them all (the
 * SDK's listener was added first, so it has handled them by then).
 */
async function postFromThirdParty(posted: readonly object[]): Promise<void> {
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.id = 'third-party';
    frame.src = src;
    document.body.append(frame);
  }, thirdPartyUrl);
  const isWidgetFirst = await page.evaluate(
    (selector) =>
      window.frames[0] === document.querySelector<HTMLIFrameElement>(selector)?.contentWindow,
    widgetFrameSelector,
  );
  expect(isWidgetFirst).toBe(true);
  const attacker = await frameOf('#third-party');
  await expect.poll(() => attacker.url()).toBe(thirdPartyUrl);

  const target = await frameOf(widgetFrameSelector);
  await target.evaluate((origin) => {
    const received: string[] = [];
    (window as unknown as { forgedReceived: string[] }).forgedReceived = received;
    window.addEventListener('message', (event) => {
      if (event.origin === origin) received.push(String((event.data as { type?: unknown }).type));
    });
  }, new URL(thirdPartyUrl).origin);

  await attacker.evaluate((messages) => {
    const widgetWindow = window.parent.frames[0];
    if (!widgetWindow) throw new Error('no widget window');
    for (const message of messages) widgetWindow.postMessage(message, '*');
  }, posted);
  // Messages from one window arrive in order: once the last is in, all were dispatched. A
  // forged SYNC never gets this far: the widget stops it before any later listener
  // (src/hubspot/connect.ts), so the last message posted is never a SYNC.
  const last = posted.at(-1) as { type: string };
  await expect
    .poll(() =>
      target.evaluate(() => (window as unknown as { forgedReceived: string[] }).forgedReceived),
    )
    .toContain(last.type);
  // Whatever the widget would have done in answer goes out within a few frames.
  await page.waitForTimeout(300);
}

describe('messages from a window that is not the HubSpot host', () => {
  beforeEach(() => openSimulator(url));

  it('ignores a forged SYNC and DIAL_NUMBER after the handshake; HubSpot’s own dial still works', async () => {
    await postFromThirdParty([
      { type: 'SYNC', messageId: 'forged_0', hostUrl: new URL(thirdPartyUrl).origin },
      dialFrom(forgedNumber),
    ]);

    expect(await heardTypes()).not.toContain('OUTGOING_CALL_STARTED');
    await widget().getByText('Ready for your next call').waitFor();

    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await expect
      .poll(() => widget().getByRole('link', { name: 'Open here' }).getAttribute('href'))
      .toBe('openphone://dial?number=%2B14107934326&action=call');
    const started = (await messages()).filter((m) => m.type === 'OUTGOING_CALL_STARTED');
    expect(started).toHaveLength(1);
    expect(started[0]?.data).toMatchObject({ toNumber: '+14107934326' });
  });

  it('ignores a forged END_CALL during a call; HubSpot’s own END_CALL still ends it', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).waitFor();

    await postFromThirdParty([{ type: 'END_CALL', messageId: 'forged_2' }]);

    expect(await heardTypes()).not.toContain('CALL_ENDED');
    await widget().getByRole('button', { name: 'End call' }).waitFor();

    await page.getByRole('button', { name: 'End call from HubSpot' }).click();
    await expect.poll(heardTypes).toContain('CALL_ENDED');
  });

  it('obeys the same DIAL_NUMBER from the host’s origin (the forgery is well formed)', async () => {
    await page.evaluate(({ message, origin }) => window.frames[0]?.postMessage(message, origin), {
      message: dialFrom(forgedNumber),
      origin: new URL(url).origin,
    });
    await expect
      .poll(async () =>
        (await messages()).find((message) => message.type === 'OUTGOING_CALL_STARTED'),
      )
      .toMatchObject({ data: { toNumber: '+442079460999' } });
  });
});

describe('the dev server (npm start)', () => {
  beforeEach(() => openSimulator(devUrl));

  it('allows the React refresh preamble by its hash only, and HMR connects', async () => {
    const response = await context.request.get(devUrl);
    const policy = response.headers()['content-security-policy'] ?? '';
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(policy).not.toContain('unsafe-eval');
    // One per document: the simulator and the widget each open the HMR websocket.
    await expect
      .poll(() => consoleLines.filter((line) => line === '[vite] connected.').length)
      .toBe(2);
  });

  it('hands a call off with no violation', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('link', { name: 'Open here' }).waitFor();
    await widget().getByRole('button', { name: 'Cancel call' }).click();
    await widget().getByText('Ready for your next call').waitFor();
    expect(violations).toEqual([]);
  });
});
