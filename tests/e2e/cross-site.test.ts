import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordKeyPrefix } from '../../src/journal/call-journal';
import {
  hubSpotOrigin,
  newCrossSiteContext,
  openHubSpot,
  otherOrigin,
  serverCertificate,
  serverPort,
  widgetOrigin,
  workerCrossSiteChromium,
} from './cross-site';
import { crossSiteSession } from './cross-site-session';
import { say, widgetFrameHandle, widgetFrameSelector } from './widget-page';

const session = crossSiteSession();

const probePath = '/__storage-probe';

/** Every journal record the page's storage holds (one per widget instance), or null. */
const readJournals = (prefix: string) => {
  const records = Object.keys(window.localStorage)
    .filter((key) => key.startsWith(prefix))
    .map((key) => window.localStorage.getItem(key));
  return records.length === 0 ? null : records.join('\n');
};

/**
 * Pages that run none of the app's code, answered by the browser itself: a bare document
 * on the widget's origin that reads its localStorage, and host pages on HubSpot's and
 * another site that frame it.
 */
async function routeStorageProbes(context: BrowserContext): Promise<void> {
  await context.route(`${widgetOrigin}${probePath}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
  );
  for (const origin of [hubSpotOrigin, otherOrigin]) {
    await context.route(`${origin}/__frames-probe`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><iframe src="${widgetOrigin}${probePath}"></iframe>`,
      }),
    );
  }
}

/** What the widget's origin finds under the journal's key, top-level or framed by `host`. */
async function journalSeenFrom(
  context: BrowserContext,
  host: 'top-level' | string,
): Promise<string | null> {
  const page = await context.newPage();
  try {
    if (host === 'top-level') {
      await page.goto(`${widgetOrigin}${probePath}`);
      return await page.evaluate(readJournals, recordKeyPrefix);
    }
    await page.goto(`${host}/__frames-probe`);
    const frame = page.frames().find((candidate) => candidate.url().endsWith(probePath));
    if (frame === undefined) throw new Error('The probe frame did not load');
    await frame.waitForLoadState();
    return await frame.evaluate(readJournals, recordKeyPrefix);
  } finally {
    await page.close();
  }
}

describe('the cross-site harness', () => {
  it('serves the HubSpot stand-in on https://app.hubspot.com and the widget on its own site, in a renderer of its own', async () => {
    const page = await session.open();
    expect(new URL(page.url()).origin).toBe(hubSpotOrigin);
    const frame = await widgetFrameHandle(page);
    expect(new URL(frame.url()).origin).toBe(widgetOrigin);
    // Chromium opens a DevTools session only on a frame that has a process of its own.
    const cdp = await session.context().newCDPSession(frame);
    await cdp.detach();
    // The SDK handshake went through the origin checks on both sides.
    const heard = await session.heard();
    expect(heard.map((message) => message.type)).toEqual(['INITIALIZED', 'USER_AVAILABLE']);
  });

  it('partitions the widget’s storage by the top-level site, as real browsers do', async () => {
    const page = await session.open();
    const context = session.context();
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await session.widget().getByRole('button', { name: 'Cancel call' }).waitFor();

    // Framed by HubSpot, the widget has storage and journals the call in it.
    const widget = await widgetFrameHandle(page);
    const written = await widget.evaluate(readJournals, recordKeyPrefix);
    expect(written).toContain('+14107934326');

    await routeStorageProbes(context);
    // The same origin framed by HubSpot again sees it: the partition is HubSpot's site...
    // (the same instance's record of the same call: the caller lookup may have added the
    // callee's name to it meanwhile, so the text itself can differ).
    const sameRecord = (record: string | null) => {
      const read = record === null ? null : JSON.parse(record);
      return { instance: read?.instance, call: read?.state?.phase?.call?.id };
    };
    expect(sameRecord(await journalSeenFrom(context, hubSpotOrigin))).toEqual(sameRecord(written));
    expect(sameRecord(written).call).toEqual(expect.any(String));
    // ...and neither the widget's own site nor another site's frame sees it.
    expect(await journalSeenFrom(context, 'top-level')).toBeNull();
    expect(await journalSeenFrom(context, otherOrigin)).toBeNull();
  });

  it('with Playwright’s default switches (partitioning off), the framed widget gets no storage at all and says so', async () => {
    // Chromium blocks third-party cookies in these profiles; without partitioning, that
    // denies a third-party frame its localStorage altogether.
    const server = session.server();
    const unpartitioned = await workerCrossSiteChromium({
      port: serverPort(server),
      certificatePem: serverCertificate(server),
      partitioning: false,
    });
    const context = await newCrossSiteContext(unpartitioned);
    try {
      const page = await openHubSpot(context);
      const widget = page.frameLocator(widgetFrameSelector);
      await widget.getByText(say('en', 'notice.storageBlocked')).waitFor();
      const frame = await widgetFrameHandle(page);
      const denied = await frame.evaluate(() => {
        try {
          window.localStorage.getItem('probe');
          return null;
        } catch (error) {
          return error instanceof Error ? error.name : String(error);
        }
      });
      expect(denied).toBe('SecurityError');
    } finally {
      await context.close();
    }
  });
});
