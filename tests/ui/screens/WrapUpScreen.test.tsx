import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toEngagementId } from '../../../src/call/ids';
import { dispositionIds } from '../../../src/hubspot/engagement';
import { renderWidget } from '../../support/render-widget';

/** A call the agent answered, talked on for 65 s and ended. */
async function afterConnectedCall() {
  const widget = await renderWidget();
  await widget.dial();
  await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
  widget.advance(65_000);
  await widget.user.click(screen.getByRole('button', { name: 'End call' }));
  return widget;
}

const lastProperties = (widget: Awaited<ReturnType<typeof renderWidget>>) => {
  const last = widget.sent.at(-1);
  return last?.type === 'callCompleted' ? last.payload.engagementProperties : undefined;
};

describe('WrapUpScreen', () => {
  it("offers HubSpot's default outcomes, in HubSpot's order", async () => {
    await afterConnectedCall();
    const outcomes = within(screen.getByRole('group', { name: 'Outcome' }));
    expect(
      outcomes.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'Connected',
      'Left voicemail',
      'Left live message',
      'No answer',
      'Busy',
      'Wrong number',
    ]);
  });

  it('chooses Connected for a call that was answered', async () => {
    await afterConnectedCall();
    expect(screen.getByRole('radio', { name: 'Connected' })).toBeChecked();
  });

  it('sums up how the call ended, the number and how long it lasted', async () => {
    await afterConnectedCall();
    expect(screen.getByText('Call ended · +1 410 793 4326 · 1:05')).toBeInTheDocument();
  });

  it('gives no duration for a call nobody answered', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
    expect(screen.getByText('No answer · +1 410 793 4326')).toBeInTheDocument();
  });

  it('chooses no outcome for a call HubSpot ended before it was answered', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.receive({ type: 'endCall' });
    expect(screen.getByText('Call ended from HubSpot · +1 410 793 4326')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('logs the outcome the agent picks', async () => {
    const widget = await afterConnectedCall();
    await widget.user.click(screen.getByRole('radio', { name: 'Left voicemail' }));
    expect(screen.getByRole('radio', { name: 'Left voicemail' })).toBeChecked();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_disposition).toBe(dispositionIds.leftVoicemail);
  });

  it('logs the notes as text, line breaks kept', async () => {
    const widget = await afterConnectedCall();
    await widget.user.type(
      screen.getByRole('textbox', { name: 'Notes' }),
      'Send <b>pricing</b> & terms{Enter}Call back Monday',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_body).toBe(
      'Send &lt;b&gt;pricing&lt;/b&gt; &amp; terms<br>Call back Monday',
    );
  });

  it('logs the time talked as the duration', async () => {
    const widget = await afterConnectedCall();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_duration).toBe('65000');
  });

  it('shows the engagement once HubSpot creates it during wrap-up', async () => {
    const widget = await afterConnectedCall();
    await widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(5555) });
    expect(screen.getByText('Logged on the HubSpot timeline.')).toBeInTheDocument();
  });

  it('returns to the ready screen on Save call', async () => {
    const widget = await afterConnectedCall();
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
  });
});
