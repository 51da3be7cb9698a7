import { describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';

// `npm start`'s sync demo end to end in Chromium: with the simulator's ?sync=on the widget
// URL carries the admin's sync=on, so the widget logs what the agent knows only; the
// simulator ends the call on the stand-in phone, and the real sync service (served by the
// dev server at /demo-sync) writes the phone's record, which the timeline card shows. No
// account, no key.
const simulator = simulatorSession();
const widget = simulator.widget;

/** The properties of the call the widget logged, once HubSpot heard callCompleted. */
async function loggedProperties(): Promise<Record<string, unknown>> {
  await expect
    .poll(async () => (await simulator.heard()).some(({ type }) => type === 'CALL_COMPLETED'))
    .toBe(true);
  const completed = (await simulator.heard()).find(({ type }) => type === 'CALL_COMPLETED');
  return (completed?.data?.engagementProperties ?? {}) as Record<string, unknown>;
}

describe('the sync service in the npm start demo, in Chromium', () => {
  it('shows the phone’s status, talk time, recording and summary on the call the widget logged', async () => {
    const page = await simulator.open('?sync=on');
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await expect
      .poll(() =>
        widget().getByText('Duration and recording will come from your phone system.').count(),
      )
      .toBe(1);
    await widget().getByRole('radio', { name: 'Left voicemail' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();

    // The widget wrote the agent's part only: outcome and title, no status or duration.
    const properties = await loggedProperties();
    expect(properties).toMatchObject({ hs_call_title: 'Call to Emily Carter (+1 410 793 4326)' });
    expect(properties).toHaveProperty('hs_call_disposition');
    expect(properties).not.toHaveProperty('hs_call_duration');
    expect(properties).not.toHaveProperty('hs_call_status');

    const card = page.locator('[data-testid=timeline-entry]').first();
    await card.getByRole('button', { name: 'Answered on the phone (42 s)' }).click();
    const phone = card.getByRole('region', { name: 'From the phone' });
    await expect.poll(() => phone.textContent(), { timeout: 15_000 }).toContain('Completed');
    expect(await phone.textContent()).toContain('00:42');
    await expect
      .poll(() => phone.getByTestId('phone-summary').textContent(), { timeout: 15_000 })
      .toContain('• The customer confirmed the details discussed.');
    const recording = phone.getByLabel('Call recording');
    const src = await recording.getAttribute('src');
    expect(src).toMatch(/\/demo-sync\/recordings\/AC[0-9a-f]+\.wav$/);
    const played = await page.evaluate(async (url) => {
      const response = await fetch(url ?? '');
      return [response.status, response.headers.get('content-type')];
    }, src);
    expect(played).toEqual([200, 'audio/wav']);
  });

  it('leaves the widget logging everything itself, with no phone side, without ?sync=on', async () => {
    const page = await simulator.open();
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();
    expect(await loggedProperties()).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: expect.any(String),
    });
    const card = page.locator('[data-testid=timeline-entry]').first();
    await card.waitFor();
    expect(await card.getByRole('region', { name: 'From the phone' }).count()).toBe(0);
  });
});
