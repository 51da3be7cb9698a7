import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { crossSiteSession } from './cross-site-session';

const session = crossSiteSession();

/**
 * The screens' code: its chunk in the production build the run shares
 * (tests/e2e/shared-servers.ts), the module itself on a dev server.
 */
const screensCode = (url: URL) =>
  /^\/assets\/mount-widget-[\w-]+\.js$/.test(url.pathname) ||
  url.pathname === '/src/ui/mount-widget.tsx';

describe('the first call after a load, cross-site in Chromium', () => {
  it('is handed off, link, QR code and outgoingCall, before the screens have loaded, and the screens then take over', async () => {
    // The screens' code is held back, as on a slow load: the call must not wait for it.
    const held: Route[] = [];
    const page = await session.open('', async (context) => {
      await context.route(screensCode, async (route) => {
        held.push(route);
      });
    });
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();

    const widget = session.widget();
    const firstLink = widget.getByRole('link', { name: 'OpenPhone · +1 410 793 4326' });
    expect(await firstLink.getAttribute('href')).toBe(
      'openphone://dial?number=%2B14107934326&action=call',
    );
    // Then its QR code, what an agent at a desk scans, still before the screens.
    const firstCode = widget.getByRole('img', { name: 'OpenPhone · +1 410 793 4326' });
    await firstCode.waitFor();
    await expect
      .poll(async () => (await session.heard()).map((message) => message.type))
      .toEqual(['INITIALIZED', 'USER_AVAILABLE', 'OUTGOING_CALL_STARTED']);
    const [, , outgoing] = await session.heard();
    expect(outgoing?.data).toMatchObject({ toNumber: '+14107934326', createEngagement: true });
    // The screens load once the call is handed off (or a moment after initialized): asked
    // for, and still held.
    await expect.poll(() => held.length).toBeGreaterThan(0);

    for (const route of held) await route.continue();
    const openHere = widget.getByRole('link', { name: 'Open here' });
    expect(await openHere.getAttribute('href')).toBe(
      'openphone://dial?number=%2B14107934326&action=call',
    );
    expect(await firstLink.count()).toBe(0);
    expect(await firstCode.count()).toBe(0);
    // The call goes on from the screens as from any other handoff.
    await widget.getByRole('button', { name: 'Cancel call' }).click();
    await widget.getByText('Ready for your next call').waitFor();
    await expect
      .poll(async () => (await session.heard()).map((message) => message.type))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'OUTGOING_CALL_STARTED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
  });

  it("asks for the screens' imports as module preloads alongside their chunk", async () => {
    await session.open('');
    const widget = session.widget();
    await widget.locator('#idle-heading').waitFor();
    // Vite's helper adds a link for each import of a lazy chunk; the build writes in the
    // link type it would otherwise ask the browser for at load (src/build/module-preload-rel.ts).
    const preloaded = await widget
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
      );
    expect(preloaded).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/assets\/styled-components[\w.-]*\.js$/)]),
    );
  });
});
