import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readHostContext } from '../../../src/hubspot/read-payload';
import { renderWidget } from '../../support/render-widget';

async function recalledCall() {
  const widget = await renderWidget({ ready: false, storageDurable: false });
  await widget.receive({
    type: 'ready',
    context: readHostContext({ engagementId: 6123, iframeLocation: 'widget', ownerId: 7001 }),
    greeted: null,
  });
  return widget;
}

describe('RecalledScreen', () => {
  it('says why the call came back and what leaving it means', async () => {
    await recalledCall();
    expect(screen.getByRole('heading', { name: 'Finish the call you were on' })).toBeVisible();
    expect(screen.getByText(/HubSpot still shows the call in progress/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Leave it unfinished' })).toHaveAccessibleDescription(
      /nothing is sent/,
    );
  });

  it('logs the outcome and notes the agent gives on the engagement HubSpot named', async () => {
    const widget = await recalledCall();
    await widget.user.click(screen.getByRole('radio', { name: 'Left voicemail' }));
    await widget.user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Call back Friday');
    await widget.user.click(screen.getByRole('button', { name: 'Log it on that call' }));
    const completed = widget.sent.find((message) => message.type === 'callCompleted');
    expect(completed).toMatchObject({
      payload: {
        engagementId: 6123,
        engagementProperties: { hs_call_body: 'Call back Friday' },
      },
    });
    expect(screen.queryByRole('heading', { name: 'Finish the call you were on' })).toBeNull();
  });

  it('sends nothing when the agent leaves it', async () => {
    const widget = await recalledCall();
    await widget.user.click(screen.getByRole('button', { name: 'Leave it unfinished' }));
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
  });
});
