import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';
import { widgetFrameHandle, widgetFrameSelector } from './widget-page';

const simulator = simulatorSession();

/** The simulator in the calling-window layout, once both frames have answered SYNC. */
async function openPair(): Promise<Page> {
  const page = await simulator.open('?location=remote');
  for (const frame of ['window', 'remote']) {
    await page
      .locator(`[data-testid=widget-connection][data-frame=${frame}][data-connection=connected]`)
      .waitFor();
  }
  return page;
}

const remote = (page: Page) => page.frameLocator('#hubspot-calling-extension-iframe-remote');
const callingWindow = (page: Page) => page.frameLocator(widgetFrameSelector);

describe('the navigation bar and the calling window, in Chromium', () => {
  it('shows two widget frames, each with its own SDK host told where it is', async () => {
    const page = await openPair();
    expect(await page.locator('iframe').count()).toBe(2);
    const syncs = (await simulator.messages()).filter((message) => message.type === 'SYNC');
    expect(new Set(syncs.map((message) => message.frame))).toEqual(new Set(['remote', 'window']));
    for (const sync of syncs) {
      expect(sync.data).toMatchObject({ iframeLocation: sync.frame, usesCallingWindow: true });
    }
    // Each SDK host took its own widget's SYNC_ACK, INITIALIZED and availability, nothing twice.
    const heard = (await simulator.heard()).map((message) => `${message.frame} ${message.type}`);
    expect(heard.sort()).toEqual([
      'remote INITIALIZED',
      'remote USER_AVAILABLE',
      'window INITIALIZED',
      'window USER_AVAILABLE',
    ]);
    // The calling window is a whole widget, Settings included.
    await callingWindow(page).getByRole('button', { name: 'Settings', exact: true }).waitFor();
  });

  it('dials in the calling window and logs the call from there', async () => {
    const page = await openPair();
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await callingWindow(page).getByRole('button', { name: 'No answer' }).click();
    await callingWindow(page).getByRole('button', { name: 'Save call' }).click();
    await page.locator('[data-testid=timeline-entry]').first().waitFor();

    const messages = await simulator.messages();
    const dials = messages.filter((message) => message.type === 'DIAL_NUMBER');
    expect(dials.map((message) => message.frame)).toEqual(['window']);
    const lifecycle = (await simulator.heard())
      .filter((message) => message.type !== 'INITIALIZED' && message.type !== 'USER_AVAILABLE')
      .map((message) => `${message.frame} ${message.type}`);
    expect(lifecycle).toEqual([
      'window OUTGOING_CALL_STARTED',
      'window CALL_ENDED',
      'window CALL_COMPLETED',
    ]);
    expect(
      await page.locator('[data-testid=timeline-entry]').first().getByRole('note').count(),
    ).toBe(0);
  });

  it('answers an inbound call logged in the navigation bar in that frame', async () => {
    const page = await openPair();
    await remote(page).getByRole('button', { name: 'Incoming call' }).click();
    await remote(page).getByRole('textbox', { name: "Caller's number" }).fill('+33 1 23 45 67 89');
    await remote(page).getByRole('button', { name: 'Log incoming call' }).click();

    await expect
      .poll(async () =>
        (await simulator.messages())
          .filter((message) => /INCOMING_CALL|CREATE_ENGAGEMENT/.test(message.type))
          .map((message) => `${message.frame} ${message.direction} ${message.type}`),
      )
      .toEqual(['remote to-hubspot INCOMING_CALL', 'remote to-widget CREATE_ENGAGEMENT_SUCCEEDED']);
    await expect
      .poll(() =>
        page
          .locator('[data-testid=widget-panel][data-frame=remote]')
          .getByTestId('hubspot-call-status')
          .textContent(),
      )
      .toContain('Inbound call from +33123456789');
  });
});

describe('the widget’s size, in Chromium', () => {
  /** Asks for a size from inside the widget's frame, as its SDK's resizeWidget posts it. */
  async function askForSize(page: Page, width: number, height: number): Promise<void> {
    const frame = await widgetFrameHandle(page);
    const host = new URL(page.url()).origin;
    await frame.evaluate(
      ({ size, origin }) =>
        window.parent.postMessage(
          { type: 'RESIZE_WIDGET', messageId: `test_${size.height}`, data: size },
          origin,
        ),
      { size: { width, height }, origin: host },
    );
  }

  const frameBox = (page: Page) =>
    page.locator(widgetFrameSelector).evaluate((iframe) => {
      const { width, height } = iframe.getBoundingClientRect();
      return { width, height, inner: (iframe as HTMLIFrameElement).contentWindow?.innerHeight };
    });

  it('starts at the registered 400 × 600 and takes each size asked for, smaller or larger', async () => {
    const page = await simulator.open();
    const border = 2;
    expect(await frameBox(page)).toMatchObject({ width: 400 + border, height: 600 + border });
    for (const height of [640, 700, 520]) {
      await askForSize(page, 400, height);
      await expect.poll(() => frameBox(page)).toMatchObject({ height: height + border });
    }
    expect((await frameBox(page)).inner).toBe(520);
    await expect
      .poll(() => page.getByTestId('widget-size').textContent())
      .toContain('400 × 520 px, asked with resizeWidget');
  });
});
