import type { Page } from 'playwright-core';
import { type Recorded, widgetFrameSelector } from './widget-page';

/**
 * Waits until the widget's frame has the size the widget last asked HubSpot for
 * (RESIZE_WIDGET), then two animation frames of the top page. A screen taller than the frame
 * asks for more a moment after it shows, and a click while HubSpot's stand-in grows the
 * cross-site frame can miss the widget, which never hears it: Chromium routes the click by
 * hit-test data that lags the frame's new size (tests/e2e/cross-site.ts). A frame that never
 * asked keeps the size HubSpot gave it, which is settled too.
 *
 * Checked inside the simulator's page, so each poll reads its record of messages there
 * rather than copying it out: that record grows with every call.
 */
export async function frameSettled(page: Page): Promise<void> {
  await page.waitForFunction((selector) => {
    const { messages } = (window as unknown as { handoffSimulator: { messages: Recorded[] } })
      .handoffSimulator;
    const asked = messages
      .filter((message) => message.direction === 'to-hubspot' && message.type === 'RESIZE_WIDGET')
      .at(-1)?.data?.height;
    const frame = document.querySelector(selector);
    return (
      asked === undefined ||
      (typeof asked === 'number' &&
        frame !== null &&
        Math.abs(frame.getBoundingClientRect().height - asked) <= 4)
    );
  }, widgetFrameSelector);
  // Two frames, so Chromium's hit-test data has the new size too.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
