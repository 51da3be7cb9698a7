import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from '../../support/render-widget';
import { contactDial } from '../../support/test-widget';

const lettersReason =
  'A phone number has only digits; letters (and extensions such as "ext. 12") cannot be dialled from a link.';

/** HubSpot dialled something that is not a phone number. */
async function unreadableDial() {
  const widget = await renderWidget();
  await widget.dial({ ...contactDial, phoneNumber: 'call me' });
  return widget;
}

const numberInput = () => screen.getByRole('textbox', { name: 'Phone number' });

describe('NumberScreen', () => {
  it('asks the agent to check a number HubSpot sent that cannot be dialled', async () => {
    await unreadableDial();
    expect(screen.getByRole('heading', { name: 'Check the number' })).toBeInTheDocument();
    expect(
      screen.getByText(/HubSpot sent “call me” for contact record #101\./),
    ).toBeInTheDocument();
  });

  it('offers the number as HubSpot sent it, to correct', async () => {
    await unreadableDial();
    expect(numberInput()).toHaveValue('call me');
  });

  it('says why the number cannot be dialled', async () => {
    await unreadableDial();
    expect(screen.getByRole('alert')).toHaveTextContent(lettersReason);
    expect(numberInput()).toHaveAccessibleDescription(lettersReason);
  });

  it('tells HubSpot nothing until the number is corrected', async () => {
    const widget = await unreadableDial();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
  });

  it('refuses a correction that still cannot be dialled, and says why', async () => {
    const widget = await unreadableDial();
    await widget.user.clear(numberInput());
    await widget.user.type(numberInput(), '12');
    await widget.user.click(screen.getByRole('button', { name: 'Call this number' }));
    expect(await screen.findByText('Too short for a phone number in United States.')).toHaveRole(
      'alert',
    );
    expect(screen.getByRole('heading', { name: 'Check the number' })).toBeInTheDocument();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
  });

  it('hands the corrected number to the phone', async () => {
    const widget = await unreadableDial();
    await widget.user.clear(numberInput());
    await widget.user.type(numberInput(), '410 793 4326');
    await widget.user.click(screen.getByRole('button', { name: 'Call this number' }));
    expect(await screen.findByRole('heading', { name: 'Call on your phone' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B14107934326&action=call',
    );
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'outgoingCall',
      payload: { externalCallId: 'call-1', toNumber: '+14107934326' },
    });
  });

  it('submits with Enter', async () => {
    const widget = await unreadableDial();
    await widget.user.clear(numberInput());
    await widget.user.type(numberInput(), '+1 410 793 4326{Enter}');
    expect(await screen.findByRole('heading', { name: 'Call on your phone' })).toBeInTheDocument();
  });

  it('drops the call on Cancel call, with nothing to log', async () => {
    const widget = await unreadableDial();
    await widget.user.click(screen.getByRole('button', { name: 'Cancel call' }));
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
    expect(widget.sentTypes()).toEqual(['initialized', 'userAvailable']);
  });
});
