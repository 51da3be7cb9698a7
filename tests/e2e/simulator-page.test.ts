import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';
import { widgetFrameSelector } from './widget-page';

const simulator = simulatorSession();
const widget = simulator.widget;

/** Logs one outbound call to Emily Carter as "No answer" and waits for its timeline card. */
async function logOneCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
  await widget().getByRole('button', { name: 'No answer' }).click();
  await widget().getByRole('button', { name: 'Save call' }).click();
  await page.locator('[data-testid=timeline-entry]').first().waitFor();
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`${locator} is not rendered`);
  return box;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether `inner` lies wholly inside `outer`: not cut off by the card that holds it. */
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The element drawn on top at the centre of `locator`: itself (or its child) when visible. */
function drawnOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    const top = document.elementFromPoint(x + width / 2, y + height / 2);
    return top !== null && element.contains(top);
  });
}

describe('the simulator page at 1280 × 900, in Chromium', () => {
  it('shows the record’s email and the timeline dates beside the widget, not under it', async () => {
    const page = await simulator.open();
    await logOneCall(page);
    const panel = await boxOf(page.getByTestId('widget-panel'));
    const card = page.getByTestId('record-card');
    const email = card.getByText('emily.carter@chesapeakefreight.com');
    const date = page.locator('[data-testid=timeline-entry] time').first();
    for (const [element, holder] of [
      [email, card],
      [date, page.getByTestId('timeline-entry').first()],
    ] as const) {
      await element.scrollIntoViewIfNeeded();
      const box = await boxOf(element);
      expect(overlaps(box, await boxOf(page.getByTestId('widget-panel')))).toBe(false);
      expect(inside(box, await boxOf(holder))).toBe(true);
      expect(await drawnOnTop(element)).toBe(true);
    }
    // The widget keeps its own width: the panel is as wide as its iframe (and its border).
    const iframe = await boxOf(page.locator(widgetFrameSelector));
    expect(panel.width).toBeLessThanOrEqual(iframe.width + 2 * 12 + 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
  });
});

describe('the widget frame on the simulator page, in Chromium', () => {
  it('stays where it is while HubSpot’s status above it changes during a call', async () => {
    const page = await simulator.open();
    const iframe = page.locator(widgetFrameSelector);
    const before = await boxOf(iframe);
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'No answer' }).waitFor();
    await expect
      .poll(() => page.getByTestId('hubspot-call-status').textContent())
      .toMatch(/Outbound call to \+14107934326 · started · engagement \d+/);
    expect((await boxOf(iframe)).y).toBe(before.y);
  });
});

describe('the timeline across the simulator’s own reloads, in Chromium', () => {
  it('keeps the logged calls when the widget location or the phone app is switched', async () => {
    const page = await simulator.open();
    await logOneCall(page);
    const logged = page.locator('[data-testid=timeline-entry]');
    const id = await logged.first().getAttribute('data-external-call-id');
    expect(id).toMatch(/.+/);

    await page.getByRole('combobox', { name: 'Widget location' }).selectOption('remote');
    await page.waitForURL(/location=remote/);
    await page
      .locator('[data-testid=widget-connection][data-connection=connected]')
      .first()
      .waitFor();
    await expect.poll(() => logged.count()).toBe(1);
    expect(await logged.first().getAttribute('data-external-call-id')).toBe(id);
    // Still an engagement this portal created: no "not created by HubSpot" warning.
    expect(await logged.first().getByRole('note').count()).toBe(0);

    await page.getByRole('combobox', { name: 'Team phone app' }).selectOption('caresoft');
    await page.waitForURL(/provider=caresoft/);
    await page
      .locator('[data-testid=widget-connection][data-connection=connected]')
      .first()
      .waitFor();
    await expect.poll(() => logged.count()).toBe(1);
    expect(await logged.first().getAttribute('data-external-call-id')).toBe(id);
  });
});
