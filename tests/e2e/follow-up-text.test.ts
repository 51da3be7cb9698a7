import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';
import { type Recorded, widgetFrameSelector } from './widget-page';

const simulator = simulatorSession();
let page: Page;

beforeEach(async () => {
  page = await simulator.open();
});

const widget = () => page.frameLocator(widgetFrameSelector);

const toHubSpot = async () =>
  (
    await page.evaluate(
      () =>
        (window as unknown as { handoffSimulator: { messages: Recorded[] } }).handoffSimulator
          .messages,
    )
  ).filter((message) => message.direction === 'to-hubspot');

// The default "Missed call" template, as shipped, for the first name the demo lookup service
// gives (+1 410-793-4326 is "Emily Carter"); the agent has set no name, so no signature line.
const template =
  'Hi {firstName}, I just tried to call you. When would be a good time to talk?\n{agentName}';
const expectedText = template.replace('{firstName}', 'Emily').replace('\n{agentName}', '');

// docs/contracts.md, OpenPhone: the text is URL-encoded; OpenPhone's own example keeps its commas literal.
const encodedText = expectedText.split(',').map(encodeURIComponent).join(',');

describe('a follow-up text after No answer, through the simulator, in Chromium', () => {
  it('shows the exact OpenPhone message link and puts the text on the timeline', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    // The text greets the contact by name: let the lookup answer first.
    const caller = widget().getByRole('region', { name: 'Caller lookup' });
    await caller.getByRole('heading', { name: /Emily Carter/ }).waitFor();

    await widget().getByRole('button', { name: 'No answer' }).click();
    await widget().getByRole('button', { name: 'Send a text' }).click();

    const expectedLink = `openphone://message?number=%2B14107934326&selectedAsFallback=true&text=${encodedText}`;
    expect(expectedLink).toBe(
      'openphone://message?number=%2B14107934326&selectedAsFallback=true&text=Hi%20Emily,%20I%20just%20tried%20to%20call%20you.%20When%20would%20be%20a%20good%20time%20to%20talk%3F',
    );
    const openHere = widget().getByRole('link', { name: 'Open here' });
    await expect.poll(() => openHere.getAttribute('href')).toBe(expectedLink);
    expect(await widget().getByLabel('Deep link').inputValue()).toBe(expectedLink);
    await widget().getByRole('img', { name: 'QR code: Text with OpenPhone' }).waitFor();

    await widget().getByRole('button', { name: 'Text sent' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget().getByText('Ready for your next call').waitFor();

    const completed = await expect
      .poll(async () => (await toHubSpot()).find((message) => message.type === 'CALL_COMPLETED'))
      .toBeDefined()
      .then(async () => (await toHubSpot()).find((message) => message.type === 'CALL_COMPLETED'));
    expect(completed?.data).toMatchObject({
      engagementProperties: {
        hs_call_status: 'NO_ANSWER',
        hs_call_body: `Follow-up text sent: ${expectedText}`,
      },
    });
    const timeline = page.locator('[data-testid=timeline-entry]').first();
    await expect
      .poll(() => timeline.locator('[data-testid=timeline-notes]').textContent())
      .toBe(`Follow-up text sent: ${expectedText}`);
  });
});
