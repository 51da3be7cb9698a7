import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCallId } from '../../../src/call/ids';
import type { LiveCall } from '../../../src/call/state';
import { ConnectedScreen } from '../../../src/ui/screens/ConnectedScreen';
import { renderWidget } from '../../support/render-widget';

const call = (overrides: Partial<LiveCall> = {}): LiveCall => ({
  id: toCallId('call-1'),
  direction: 'OUTBOUND',
  dial: {
    phoneNumber: '+1 410-793-4326',
    countryCode: 'US',
    callee: { objectId: 101, objectType: 'CONTACT' },
    context: {},
  },
  to: { kind: 'valid', e164: '+14107934326', display: '+1 410 793 4326' },
  from: null,
  startedAt: 0,
  engagement: { status: 'pending' },
  calleeName: null,
  ...overrides,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ConnectedScreen', () => {
  it('shows who the agent is talking to', () => {
    render(<ConnectedScreen call={call()} answeredAt={Date.now()} onHangUp={() => {}} />);
    expect(screen.getByRole('heading', { name: 'On the phone' })).toBeInTheDocument();
    expect(screen.getByText('+1 410 793 4326')).toBeInTheDocument();
    expect(screen.getByText('Contact record #101')).toBeInTheDocument();
  });

  it('counts the call time from the moment the callee answered', () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T10:00:05Z') });
    const answeredAt = new Date('2026-03-02T10:00:00Z').getTime();
    render(<ConnectedScreen call={call()} answeredAt={answeredAt} onHangUp={() => {}} />);
    expect(screen.getByRole('timer', { name: 'Call duration' })).toHaveTextContent('0:05');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('timer', { name: 'Call duration' })).toHaveTextContent('1:05');
  });

  it('ends the call on End call', async () => {
    const onHangUp = vi.fn();
    render(<ConnectedScreen call={call()} answeredAt={Date.now()} onHangUp={onHangUp} />);
    await userEvent.click(screen.getByRole('button', { name: 'End call' }));
    expect(onHangUp).toHaveBeenCalledTimes(1);
  });

  it('keeps showing where the HubSpot engagement stands', () => {
    render(
      <ConnectedScreen
        call={call({ engagement: { status: 'failed', reason: 'No access to calls.' } })}
        answeredAt={Date.now()}
        onHangUp={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot could not create the call record: No access to calls.',
    );
  });

  it('after End call by keyboard, puts focus on the wrap-up heading, not the page body', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.keyboard('c');
    screen.getByRole('button', { name: 'End call' }).focus();
    await widget.user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Log the call' })).toHaveFocus();
    await widget.user.tab();
    expect(screen.getByRole('radio', { name: 'Connected' })).toHaveFocus();
  });

  it('is where Connected leads, and End call leads to wrap-up', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
    expect(screen.getByRole('timer', { name: 'Call duration' })).toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'End call' }));
    expect(screen.getByRole('heading', { name: 'Log the call' })).toBeInTheDocument();
    expect(widget.sent.at(-1)).toEqual({
      type: 'callEnded',
      payload: { externalCallId: 'call-1', engagementId: 5001, callEndStatus: 'COMPLETED' },
    });
  });
});
