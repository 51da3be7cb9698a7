import { describe, expect, it } from 'vitest';
import { simulatorSession } from './simulator-session';

// `npm start`'s sync demo end to end in Chromium: the widget logs a call, the simulator ends
// it on the stand-in phone, and the real sync service (served by the dev server at
// /demo-sync) writes the phone's record, which the timeline card shows. No account, no key.
const simulator = simulatorSession();
const widget = simulator.widget;

describe('the sync service in the npm start demo, in Chromium', () => {
  it('shows the phone’s status, talk time, recording and summary on the call the widget logged', async () => {
    const page = await simulator.open();
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();

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
});
