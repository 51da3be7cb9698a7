import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';
import { lifecycleToHubSpot, widgetFrameHandle, widgetFrameSelector } from './widget-page';

const simulator = simulatorSession();
let page: Page;

beforeEach(async () => {
  page = await simulator.open();
});

interface Focused {
  tag: string;
  text: string;
  label: string;
  outline: string;
}

/** What has focus in the widget, and whether it shows (a focus ring is drawn). */
async function focused(): Promise<Focused> {
  const frame = await widgetFrameHandle(page);
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element === null ? null : getComputedStyle(element);
    const labelled =
      (element?.id ? document.querySelector(`label[for="${element.id}"]`) : null) ??
      element?.closest('label');
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.textContent ?? '').trim(),
      label: (labelled?.textContent ?? element?.getAttribute('aria-label') ?? '').trim(),
      outline: style === null ? 'none' : style.outlineStyle,
    };
  });
}

/**
 * Presses Tab until the focused control starts with `name` (its text or label), failing
 * after 40 presses; every control on the way must show its focus.
 */
async function tabTo(name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press(key);
    const now = await focused();
    if (now.tag !== 'body' && now.tag !== 'main') {
      expect(now.outline, `focus ring on ${now.tag} "${now.text || now.label}"`).not.toBe('none');
    }
    if (now.text.startsWith(name) || now.label.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Focus goes into HubSpot's iframe, as when the agent clicks or tabs into the sidebar. */
async function focusWidget() {
  await page.locator(widgetFrameSelector).focus();
}

const ready = async () =>
  (await widgetFrameHandle(page)).waitForSelector('text=Ready for your next call');

describe('the widget by keyboard alone, in Chromium', () => {
  it('logs an outbound call from HubSpot’s Call click with keys only', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    const frame = await widgetFrameHandle(page);
    await frame.waitForSelector('text=Call on your phone');
    await focusWidget();

    // C: Connected, the shortcut drawn on the button.
    await page.keyboard.press('c');
    await frame.waitForSelector('[role=timer]');
    await tabTo('End call');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('text=Log the call');

    // Into the outcome group (its checked radio, or the first), then arrows pick one.
    await tabTo('Connected');
    for (let step = 0; step < 6; step++) {
      const checked = await frame.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name=outcome]:checked')?.value,
      );
      if (checked === 'leftLiveMessage') break;
      await page.keyboard.press('ArrowDown');
    }
    await tabTo('Notes');
    await page.keyboard.type('Wants a quote');
    await tabTo('Save call');
    await page.keyboard.press('Enter');
    await ready();

    // The idle screen shows as soon as the call is saved; the completion follows once the
    // timeline's words have loaded and reaches HubSpot's page in a later task of its own.
    await expect
      .poll(() => lifecycleToHubSpot(page))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'OUTGOING_CALL_STARTED',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    const timeline = page.locator('[data-testid=timeline-entry]').first();
    await expect
      .poll(() => timeline.locator('[data-testid=timeline-notes]').textContent())
      .toBe('Wants a quote');
  });

  it('logs an inbound call and switches availability with keys only', async () => {
    await focusWidget();
    await tabTo('Available for calls');
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await tabTo('Incoming call');
    await page.keyboard.press('Enter');
    await tabTo("Caller's number");
    await page.keyboard.type('+33 1 23 45 67 89');
    await page.keyboard.press('Enter');
    const frame = await widgetFrameHandle(page);
    await frame.waitForSelector('text=How did it go?');

    // A: Answered.
    await page.keyboard.press('a');
    await frame.waitForSelector('[role=timer]');
    await tabTo('End call');
    await page.keyboard.press('Enter');
    await tabTo('Notes');
    await page.keyboard.type('Asked for the invoice');
    await tabTo('Save call');
    await page.keyboard.press('Enter');
    await ready();

    await expect
      .poll(() => lifecycleToHubSpot(page))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'USER_UNAVAILABLE',
        'USER_AVAILABLE',
        'INCOMING_CALL',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
  });

  describe('"Call from", picked with the keyboard', () => {
    /** Two caller ids added in Settings, then HubSpot's Call click, focus on "Call from". */
    async function handedOffFromCallerIds() {
      const frame = await widgetFrameHandle(page);
      await ready();
      const widget = page.frameLocator(widgetFrameSelector);
      await widget.getByRole('button', { name: 'Settings', exact: true }).click();
      for (const number of ['+1 310 555 0100', '+1 323 999 1234']) {
        await widget.getByRole('textbox', { name: 'OpenPhone number' }).fill(number);
        await widget.getByRole('button', { name: 'Add', exact: true }).click();
      }
      await widget.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
      await frame.waitForSelector('text=Call on your phone');
      await frame.focus('#caller-id');
      return frame;
    }
    const callFrom = async () =>
      (await widgetFrameHandle(page)).evaluate(
        () => document.querySelector<HTMLSelectElement>('#caller-id')?.value,
      );

    it('moves focus off the select once an arrow key picks a caller id, so C logs the call', async () => {
      const frame = await handedOffFromCallerIds();
      expect(await callFrom()).toBe('+13105550100');
      await page.keyboard.press('ArrowDown');
      await expect.poll(callFrom).toBe('+13239991234');
      await expect.poll(async () => (await focused()).text).toBe('Open here');
      const link = await frame.getAttribute('a:text("Open here")', 'href');
      expect(link).toContain('from=%2B13239991234');

      await page.keyboard.press('c');
      await frame.waitForSelector('[role=timer]');
      // The timer can show before the simulator has recorded the message (failed once in
      // `npm test`: HubSpot had heard up to OUTGOING_CALL_STARTED), so wait for it.
      await expect.poll(() => lifecycleToHubSpot(page)).toContain('CALL_ANSWERED');
    });

    it('never lets a shortcut letter pick a caller id: N on the select logs No answer', async () => {
      const frame = await handedOffFromCallerIds();
      // Without care, N picks "Number selected in OpenPhone" by its first letter.
      await page.keyboard.press('n');
      await frame.waitForSelector('text=Log the call');
      const checked = await frame.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name=outcome]:checked')?.value,
      );
      expect(checked).toBe('noAnswer');
    });
  });
});
