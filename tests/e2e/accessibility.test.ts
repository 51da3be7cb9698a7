import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { simulatorSession } from './simulator-session';
import {
  axeViolations,
  chooseLanguage,
  say,
  widgetFrame,
  widgetFrameHandle,
  widgetFrameSelector,
} from './widget-page';

const simulator = simulatorSession();
let page: Page;

beforeEach(async () => {
  page = await simulator.open();
});

/** HubSpot dials a number the widget cannot read, from the host page as HubSpot would. */
async function dialUnreadableNumber() {
  await page.evaluate((selector) => {
    const frame = document.querySelector<HTMLIFrameElement>(selector);
    frame?.contentWindow?.postMessage(
      {
        type: 'DIAL_NUMBER',
        messageId: `dial_${Date.now()}`,
        data: { phoneNumber: 'call me', objectId: 101, objectType: 'CONTACT', portalId: 1 },
      },
      '*',
    );
  }, widgetFrameSelector);
}

describe.each(languages)('every widget screen in %s passes axe-core', (language) => {
  it('idle, settings, handoff with caller lookup, connected, wrap-up, incoming and number check', async () => {
    const widget = widgetFrame(page);
    await chooseLanguage(page, language);
    const seen: Record<string, unknown[]> = {};
    const check = async (screen: string) => {
      await page.waitForTimeout(50);
      seen[screen] = await axeViolations(page);
    };

    await widget.getByRole('heading', { name: say(language, 'idle.heading') }).waitFor();
    await widget.getByRole('button', { name: say(language, 'incomingForm.open') }).click();
    await check('idle');

    await widget.getByRole('button', { name: say(language, 'idle.settings') }).click();
    await widget.getByRole('heading', { name: say(language, 'settings.heading') }).waitFor();
    await check('settings');
    await widget.getByRole('button', { name: say(language, 'settings.done') }).click();

    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    const caller = widget.getByRole('region', { name: say(language, 'caller.name') });
    await caller.getByRole('heading', { name: /Emily Carter/ }).waitFor();
    await check('handoff and caller lookup');

    await widget.getByRole('button', { name: say(language, 'handoff.connected') }).click();
    await widget.getByRole('timer').waitFor();
    await check('connected');

    await widget.getByRole('button', { name: say(language, 'connected.endCall') }).click();
    await widget.getByRole('heading', { name: say(language, 'wrapUp.heading') }).waitFor();
    await check('wrap-up');
    await widget.getByRole('button', { name: say(language, 'wrapUp.save') }).click();
    await widget.getByRole('heading', { name: say(language, 'idle.heading') }).waitFor();

    await widget.getByRole('button', { name: say(language, 'incomingForm.open') }).click();
    await widget
      .getByRole('textbox', { name: say(language, 'incomingForm.number') })
      .fill('+33 1 23 45 67 89');
    await widget.getByRole('button', { name: say(language, 'incomingForm.submit') }).click();
    await widget.getByRole('heading', { name: say(language, 'incoming.heading') }).waitFor();
    await check('incoming');
    await widget.getByRole('button', { name: say(language, 'incoming.missed') }).click();
    await widget.getByRole('button', { name: say(language, 'wrapUp.save') }).click();
    await widget.getByRole('heading', { name: say(language, 'idle.heading') }).waitFor();

    await dialUnreadableNumber();
    await widget.getByRole('heading', { name: say(language, 'number.heading') }).waitFor();
    await check('number check');

    expect(
      await (await widgetFrameHandle(page)).evaluate(() => document.documentElement.lang),
    ).toBe(language);
    expect(seen).toEqual({
      idle: [],
      settings: [],
      'handoff and caller lookup': [],
      connected: [],
      'wrap-up': [],
      incoming: [],
      'number check': [],
    });
  });
});
