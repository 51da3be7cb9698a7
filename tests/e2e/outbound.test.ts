import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { crossSiteSession } from './cross-site-session';

// Cross-site, as HubSpot embeds it: app.hubspot.com frames widget.handoff.test.
const simulator = crossSiteSession();
const widget = simulator.widget;

let page: Page;

beforeEach(async () => {
  page = await simulator.open();
});

describe('an outbound call through the HubSpot simulator, cross-site in Chromium', () => {
  it('hands the call to OpenPhone and logs it on the timeline with exactly the lifecycle HubSpot expects', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();

    const openHere = widget().getByRole('link', { name: 'Open here' });
    await expect
      .poll(() => openHere.getAttribute('href'))
      .toBe('openphone://dial?number=%2B14107934326&action=call');
    await expect(widget().getByRole('img', { name: /QR code/ })).toBeTruthy();
    expect(await widget().getByLabel('Deep link').inputValue()).toBe(
      'openphone://dial?number=%2B14107934326&action=call',
    );

    await widget().getByRole('button', { name: 'Connected' }).click();
    await widget().getByRole('button', { name: 'End call' }).click();
    await widget().getByRole('radio', { name: 'Left live message' }).check();
    await widget()
      .getByRole('textbox', { name: 'Notes' })
      .fill('Wants a quote <b>&</b>\nCall back Tue');
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget().getByText('Ready for your next call').waitFor();

    const timeline = page.locator('[data-testid=timeline-entry]').first();
    await timeline.waitFor();
    await expect
      .poll(() => timeline.locator('[data-testid=timeline-notes]').textContent())
      .toBe('Wants a quote <b>&</b>\nCall back Tue');

    const heard = await simulator.heard();
    expect(heard.map((message) => message.type)).toEqual([
      'INITIALIZED',
      'USER_AVAILABLE',
      'OUTGOING_CALL_STARTED',
      'CALL_ANSWERED',
      'CALL_ENDED',
      'CALL_COMPLETED',
    ]);
    const all = await simulator.messages();
    expect(all.filter((message) => message.type === 'ERROR')).toEqual([]);

    const [initialized, , outgoing, answered, ended, completed] = heard;
    expect(initialized?.data).toEqual({ isLoggedIn: true });
    const externalCallId = outgoing?.data?.externalCallId;
    expect(externalCallId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outgoing?.data).toMatchObject({
      toNumber: '+14107934326',
      createEngagement: true,
      dialingContext: expect.objectContaining({ phoneNumber: '(410) 793-4326', countryCode: 'US' }),
    });
    expect(outgoing?.data?.fromNumber).toBeUndefined();
    expect(typeof outgoing?.data?.callStartTime).toBe('number');
    expect(answered?.data).toEqual({ externalCallId });

    const created = all.find((message) => message.type === 'CREATE_ENGAGEMENT_SUCCEEDED');
    const engagementId = created?.data?.engagementId;
    expect(typeof engagementId).toBe('number');
    expect(ended?.data).toEqual({ externalCallId, engagementId, callEndStatus: 'COMPLETED' });
    expect(completed?.data).toMatchObject({
      externalCallId,
      engagementId,
      hideWidget: false,
      engagementProperties: {
        hs_call_status: 'COMPLETED',
        hs_call_direction: 'OUTBOUND',
        hs_call_disposition: 'a4c4c377-d246-4b32-a13b-75a56a4cd0ff',
        hs_call_to_number: '+14107934326',
        hs_call_body: 'Wants a quote &lt;b&gt;&amp;&lt;/b&gt;<br>Call back Tue',
      },
    });
  });

  it('cancels a handed-off call: CALL_ENDED CANCELED then CALL_COMPLETED, once each', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'Cancel call' }).click();
    await widget().getByText('Ready for your next call').waitFor();
    await expect
      .poll(async () => (await simulator.heard()).map((message) => message.type))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'OUTGOING_CALL_STARTED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
    const heard = await simulator.heard();
    expect(heard[3]?.data).toMatchObject({ callEndStatus: 'CANCELED' });
    expect(heard[4]?.data).toMatchObject({
      engagementProperties: { hs_call_status: 'CANCELED', hs_call_duration: '0' },
    });
  });

  it('ends the call when HubSpot asks (END_CALL) and still logs it once', async () => {
    await page.getByRole('button', { name: 'Call (410) 793-4326' }).click();
    await widget().getByRole('button', { name: 'Connected' }).click();
    await page.getByRole('button', { name: 'End call from HubSpot' }).click();
    await widget().getByRole('button', { name: 'Save call' }).click();
    await widget().getByText('Ready for your next call').waitFor();
    await expect
      .poll(async () => (await simulator.heard()).map((message) => message.type))
      .toEqual([
        'INITIALIZED',
        'USER_AVAILABLE',
        'OUTGOING_CALL_STARTED',
        'CALL_ANSWERED',
        'CALL_ENDED',
        'CALL_COMPLETED',
      ]);
  });
});
