import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from '../../support/render-widget';

async function logIncoming(number: string) {
  const widget = await renderWidget();
  await widget.user.click(screen.getByRole('button', { name: 'Incoming call' }));
  await widget.user.type(screen.getByRole('textbox', { name: "Caller's number" }), number);
  await widget.user.click(screen.getByRole('button', { name: 'Log incoming call' }));
  return widget;
}

describe('IncomingScreen', () => {
  it('logs a call ringing on the phone and offers Answered, Missed and Declined', async () => {
    const widget = await logIncoming('+33 1 23 45 67 89');
    expect(await screen.findByRole('heading', { name: 'Incoming call' })).toBeVisible();
    for (const name of ['Answered', 'Missed', 'Declined']) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
    expect(widget.sentTypes()).toContain('incomingCall');
  });

  it('words the call as an incoming one, not as a dial from a ticket', async () => {
    await logIncoming('+33 1 23 45 67 89');
    await screen.findByRole('heading', { name: 'Incoming call' });
    expect(screen.getByText('Called you on your phone')).toBeVisible();
    expect(screen.queryByText(/dialled from a ticket/)).not.toBeInTheDocument();
  });

  it('refuses a malformed number with the reason, on the form', async () => {
    await logIncoming('hello');
    expect(await screen.findByRole('alert')).toHaveTextContent(/\w+/);
    expect(screen.queryByRole('heading', { name: 'Incoming call' })).not.toBeInTheDocument();
  });

  it('goes through Answered and End call to wrap-up, then logs the call', async () => {
    const widget = await logIncoming('+33123456789');
    await widget.user.click(await screen.findByRole('button', { name: 'Answered' }));
    await widget.user.click(screen.getByRole('button', { name: 'End call' }));
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(await screen.findByText(/Last call from \+33 1 23 45 67 89 saved/)).toBeVisible();
  });

  it("shows HubSpot's match and opens the record", async () => {
    const widget = await logIncoming('+33123456789');
    await screen.findByRole('heading', { name: 'Incoming call' });
    await widget.receive({
      type: 'callerIdMatched',
      matches: [
        {
          kind: 'CONTACT',
          name: 'Camille Durand',
          objectCoordinates: { portalId: 1, objectId: 9, objectTypeId: '0-1' },
        },
      ],
    });
    await widget.user.click(screen.getByRole('button', { name: 'Open Camille Durand in HubSpot' }));
    expect(widget.sentTypes().at(-1)).toBe('navigateToRecord');
  });

  it('lets the agent go away and come back with the availability switch', async () => {
    const widget = await renderWidget();
    widget.sent.length = 0;
    await widget.user.click(screen.getByRole('switch', { name: 'Available for calls' }));
    await widget.user.click(screen.getByRole('switch', { name: 'Available for calls' }));
    expect(widget.sentTypes()).toEqual(['userUnavailable', 'userAvailable']);
  });
});
