import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from '../support/render-widget';

const dialLink = 'openphone://dial?number=%2B14107934326&action=call';

describe('App', () => {
  it('says it is connecting until HubSpot has greeted it', async () => {
    await renderWidget({ ready: false });
    expect(screen.getByRole('status')).toHaveTextContent('Connecting to HubSpot…');
  });

  it('is ready for a call once HubSpot has greeted it', async () => {
    await renderWidget();
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
  });

  it('hands a dialled number to the phone with a QR code and an "Open here" link', async () => {
    const widget = await renderWidget();
    await widget.dial();
    expect(screen.getByRole('heading', { name: 'Call on your phone' })).toBeInTheDocument();
    expect(screen.getByText('+1 410 793 4326')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute('href', dialLink);
    expect(screen.getByRole('img', { name: 'QR code: Call with OpenPhone' })).toBeInTheDocument();
  });

  it('runs a whole call: Connected, End call, Save call, ready again', async () => {
    const widget = await renderWidget();
    await widget.dial();

    await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
    expect(screen.getByRole('timer')).toBeInTheDocument();

    await widget.user.click(screen.getByRole('button', { name: 'End call' }));
    expect(screen.getByRole('radio', { name: 'Connected' })).toBeChecked();
    await widget.user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Wants a demo');

    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
    expect(widget.sentTypes()).toEqual([
      'initialized',
      'userAvailable',
      'outgoingCall',
      'callAnswered',
      'callEnded',
      'callCompleted',
    ]);
    expect(widget.sent.at(-1)).toMatchObject({
      payload: { engagementProperties: { hs_call_body: 'Wants a demo' } },
    });
  });

  it('shows a notice above the screen when HubSpot could not save the call', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
    await widget.user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Try again at 5');
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    await widget.receive({ type: 'engagementUpdateFailed', reason: 'Engagement locked.' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot did not save the call details: Engagement locked. Copy your notes to keep them.',
    );
    expect(screen.getByRole('textbox', { name: 'Your notes' })).toHaveValue('Try again at 5');
  });

  it('tells the agent once when the browser keeps no storage', async () => {
    await renderWidget({ storageDurable: false });
    expect(
      screen.getByText(
        'This browser blocks storage here: settings and a call in progress last only until the widget reloads, so save each call before leaving the page.',
      ),
    ).toBeInTheDocument();
  });
});
