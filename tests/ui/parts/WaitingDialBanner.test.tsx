import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toCallId } from '../../../src/call/ids';
import type { WaitingDial } from '../../../src/call/state';
import { WaitingDialBanner } from '../../../src/ui/parts/WaitingDialBanner';
import { renderWidget } from '../../support/render-widget';
import { contactDial } from '../../support/test-widget';

const frenchDial = { ...contactDial, phoneNumber: '+33 1 23 45 67 89', objectId: 202 };

/** A call handed off to the phone, and HubSpot asking for another one 30 s later. */
async function secondDialWhileLive() {
  const widget = await renderWidget();
  await widget.dial();
  widget.advance(30_000);
  await widget.dial(frenchDial);
  return widget;
}

const waiting = (overrides: Partial<WaitingDial> = {}): WaitingDial => ({
  id: toCallId('call-2'),
  dial: { phoneNumber: 'call me', countryCode: 'FR', callee: undefined, context: {} },
  number: { kind: 'invalid', given: 'call me', reason: { code: 'number.problem.letters' } },
  at: 0,
  queued: false,
  dropped: 0,
  ...overrides,
});

describe('WaitingDialBanner', () => {
  it('tells the agent HubSpot asked for another call, and keeps the current one', async () => {
    await secondDialWhileLive();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot asked to call +33 1 23 45 67 89. Finish this call first, or call it next.',
    );
    expect(screen.getByRole('heading', { name: 'Call on your phone' })).toBeInTheDocument();
  });

  it('says how many other numbers a burst of dials replaced', async () => {
    const widget = await renderWidget();
    await widget.dial();
    widget.advance(30_000);
    await widget.dial({ ...contactDial, phoneNumber: '+44 20 7946 0000' });
    await widget.dial({ ...contactDial, phoneNumber: '+81 3-1234-5678' });
    await widget.dial(frenchDial);
    expect(screen.getByRole('alert')).toHaveTextContent('HubSpot asked to call +33 1 23 45 67 89.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '2 earlier requests for other numbers were replaced by this one.',
    );
  });

  it.each([
    [1, '1 earlier request for another number was replaced by this one.'],
    [1234, '1,234 earlier requests for other numbers were replaced by this one.'],
  ])('words %i replaced request(s) in the singular or plural', (dropped, words) => {
    render(
      <WaitingDialBanner
        waiting={waiting({ dropped })}
        callInProgress
        onTake={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByText(words)).toBeInTheDocument();
  });

  it('says nothing of replaced requests when there were none', async () => {
    await secondDialWhileLive();
    expect(screen.queryByText(/replaced by this one/)).not.toBeInTheDocument();
  });

  it('offers Call next and Ignore', async () => {
    await secondDialWhileLive();
    expect(screen.getByRole('button', { name: 'Call next' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ignore' })).toBeInTheDocument();
  });

  it('forgets the request on Ignore', async () => {
    const widget = await secondDialWhileLive();
    await widget.user.click(screen.getByRole('button', { name: 'Ignore' }));
    expect(screen.queryByText(/HubSpot asked to call/)).not.toBeInTheDocument();
  });

  it('promises to hand off the next call once this one is saved', async () => {
    const widget = await secondDialWhileLive();
    await widget.user.click(screen.getByRole('button', { name: 'Call next' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot asked to call +33 1 23 45 67 89. It will be handed off as soon as this call is saved.',
    );
    expect(screen.getByRole('button', { name: "Don't call next" })).toBeInTheDocument();
  });

  it('hands off the queued call when the current one is saved', async () => {
    const widget = await secondDialWhileLive();
    await widget.user.click(screen.getByRole('button', { name: 'Call next' }));
    await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B33123456789&action=call',
    );
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'outgoingCall',
      payload: { externalCallId: 'call-2', toNumber: '+33123456789', dialingContext: frenchDial },
    });
  });

  it("takes back the promise on Don't call next", async () => {
    const widget = await secondDialWhileLive();
    await widget.user.click(screen.getByRole('button', { name: 'Call next' }));
    await widget.user.click(screen.getByRole('button', { name: "Don't call next" }));
    expect(screen.queryByText(/HubSpot asked to call/)).not.toBeInTheDocument();
  });

  it('offers Call now once the current call is saved without taking the request', async () => {
    const widget = await secondDialWhileLive();
    await widget.user.click(screen.getByRole('button', { name: 'Busy' }));
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot asked to call +33 1 23 45 67 89. Call it now?',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Call now' }));
    expect(screen.getByRole('heading', { name: 'Call on your phone' })).toBeInTheDocument();
    expect(screen.getByText('+33 1 23 45 67 89')).toBeInTheDocument();
  });

  it('shows a number it could not read as HubSpot sent it', () => {
    render(
      <WaitingDialBanner
        waiting={waiting()}
        callInProgress
        onTake={() => {}}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('HubSpot asked to call call me.');
  });

  it('takes the call when the agent says so', async () => {
    const onTake = vi.fn();
    render(
      <WaitingDialBanner waiting={waiting()} callInProgress onTake={onTake} onDismiss={() => {}} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Call next' }));
    expect(onTake).toHaveBeenCalledTimes(1);
  });

  it('drops the request when the agent ignores it', async () => {
    const onDismiss = vi.fn();
    render(
      <WaitingDialBanner
        waiting={waiting()}
        callInProgress
        onTake={() => {}}
        onDismiss={onDismiss}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ignore' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
