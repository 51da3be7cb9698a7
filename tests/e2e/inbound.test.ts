import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, startDevServer } from './browser';

interface Recorded {
  direction: 'to-hubspot' | 'to-widget';
  type: string;
  data: Record<string, unknown> | undefined;
}

let browser: Browser;
let server: ViteDevServer;
let url: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url } = await startDevServer());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await context?.close();
});

const widget = () => page.frameLocator('#hubspot-calling-extension-iframe');

const heard = async () =>
  (
    await page.evaluate(
      () =>
        (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
          .messages,
    )
  ).filter(
    (message) =>
      message.direction === 'to-hubspot' && !['SYNC_ACK', 'RESIZE_WIDGET'].includes(message.type),
  );

describe('an inbound call logged through the simulator, in Chromium', () => {
  it('sends incomingCall, then the lifecycle once each, logged as INBOUND', async () => {
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();

    await widget().getByRole('switch', { name: 'Available for calls' }).click();
    await widget().getByRole('switch', { name: 'Available for calls' }).click();
    await widget().getByRole('button', { name: 'Incoming call' }).click();
    await widget().getByRole('textbox', { name: "Caller's number" }).fill('+33 1 23 45 67 89');
    await widget().getByRole('button', { name: 'Log incoming call' }).click();
    await widget().getByRole('button', { name: 'Answered' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('textbox', { name: 'Notes' }).fill('Asked for the invoice');
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget()
      .getByText(/Last call from \+33 1 23 45 67 89 saved/)
      .waitFor();

    await expect
      .poll(async () => (await heard()).map((message) => message.type))
      .toEqual([
        'INITIALIZED',
        'USER_UNAVAILABLE',
        'USER_AVAILABLE',
        'INCOMING_CALL',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    const messages = await heard();
    const incoming = messages.find((message) => message.type === 'INCOMING_CALL');
    expect(incoming?.data).toMatchObject({ fromNumber: '+33123456789', createEngagement: true });
    expect(messages.at(-1)?.data).toMatchObject({
      externalCallId: incoming?.data?.externalCallId,
      engagementId: expect.any(Number),
      engagementProperties: {
        hs_call_direction: 'INBOUND',
        hs_call_from_number: '+33123456789',
        hs_call_body: 'Asked for the invoice',
      },
    });
  });
});
