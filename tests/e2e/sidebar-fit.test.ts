import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';
import { widgetFrame, widgetFrameHandle, widgetFrameSelector } from './widget-page';

const simulator = simulatorSession();
let page: Page;

/** HubSpot's call sidebar as an agent has it: the widget frame held at 400 × 640. */
const sidebar = { width: 400, height: 640 };

beforeEach(async () => {
  page = await simulator.open();
});

/** Holds the frame at the sidebar's size, whatever the widget asks for. */
async function holdFrameAtSidebarSize(): Promise<void> {
  await page.addStyleTag({
    content: `${widgetFrameSelector} { width: ${sidebar.width}px !important; height: ${sidebar.height}px !important; box-sizing: content-box !important; }`,
  });
  const frame = await widgetFrameHandle(page);
  await expect.poll(() => frame.evaluate(() => window.innerHeight)).toBe(sidebar.height);
}

/**
 * Whether each named button shows whole inside the frame with the page not scrolled, and
 * how tall the screen is (what it would need without scrolling).
 */
async function measureFit(names: string[]) {
  const frame = await widgetFrameHandle(page);
  return frame.evaluate((wanted) => {
    // Where the screen opens: clicks above may have scrolled it.
    window.scrollTo(0, 0);
    const buttons = [...document.querySelectorAll<HTMLElement>('button, a')];
    const shown = Object.fromEntries(
      wanted.map((name) => {
        const button = buttons.find((b) => (b.textContent ?? '').trim().startsWith(name));
        const box = button?.getBoundingClientRect();
        return [name, box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight];
      }),
    );
    const main = document.querySelector('main');
    return {
      shown,
      content: Math.ceil(main?.getBoundingClientRect().height ?? 0),
    };
  }, names);
}

const allShown = (names: string[]) => Object.fromEntries(names.map((name) => [name, true]));

/** The heights the widget asked HubSpot for, in order. */
async function asked(): Promise<number[]> {
  return (await simulator.messages())
    .filter((m) => m.direction === 'to-hubspot' && m.type === 'RESIZE_WIDGET')
    .map((m) => Number(m.data?.height));
}

async function expectFits(screen: string, names: string[]) {
  const measured = await measureFit(names);
  // The figures for the report: how tall each screen is, at the sidebar's width.
  console.info(`sidebar-fit ${screen}: content ${measured.content} px`);
  expect(measured.shown, screen).toEqual(allShown(names));
}

describe('the widget in HubSpot’s call sidebar (400 × 640), in Chromium', () => {
  it('shows every call screen’s primary actions without scrolling', async () => {
    await holdFrameAtSidebarSize();
    const widget = widgetFrame(page);

    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget.getByRole('heading', { name: 'Call on your phone' }).waitFor();
    const handoff = ['Connected', 'No answer', 'Busy', 'Cancel call'];
    await expectFits('handoff', handoff);
    await widget.getByRole('button', { name: 'Add people' }).click();
    await expectFits('handoff with Add people', handoff);

    await widget.getByRole('button', { name: 'Connected' }).click();
    await widget.getByRole('timer').waitFor();
    await expectFits('connected', ['End call']);

    await widget.getByRole('button', { name: 'End call' }).click();
    await widget.getByRole('heading', { name: 'Log the call' }).waitFor();
    await expectFits('wrap-up', ['Save call']);
    await widget.getByRole('button', { name: 'Save call' }).click();

    await widget.getByRole('button', { name: 'Incoming call' }).click();
    await widget.getByRole('textbox', { name: "Caller's number" }).fill('+33 1 23 45 67 89');
    await widget.getByRole('button', { name: 'Log incoming call' }).click();
    await widget.getByRole('heading', { name: 'Incoming call' }).waitFor();
    await expectFits('incoming', ['Answered', 'Missed', 'Declined']);
    await widget.getByRole('button', { name: 'Missed' }).click();
    await widget.getByRole('button', { name: 'Save call' }).click();

    await page.getByRole('textbox', { name: 'Number to dial' }).fill('call me maybe');
    await page.getByRole('button', { name: 'Dial', exact: true }).click();
    await widget.getByRole('heading', { name: 'Check the number' }).waitFor();
    await expectFits('number check', ['Call this number', 'Cancel call']);
  });

  it('asks HubSpot for no more than 700 px, and for less again after the call', async () => {
    const widget = widgetFrame(page);
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget.getByRole('button', { name: 'Add people' }).click();
    await widget.getByRole('region', { name: 'Add people' }).waitFor();
    await expect.poll(async () => Math.max(0, ...(await asked()))).toBeGreaterThan(600);
    await widget.getByRole('button', { name: 'No answer' }).click();
    await widget.getByRole('button', { name: 'Save call' }).click();
    await widget.getByRole('heading', { name: 'Ready for your next call' }).waitFor();
    await expect.poll(async () => (await asked()).at(-1)).toBe(600);
    const heights = await asked();
    console.info(`sidebar-fit asked: ${heights.join(', ')}`);
    expect(Math.max(...heights)).toBeLessThanOrEqual(700);
  });
});
