import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n/i18n';
import { Notices } from '../../../src/ui/parts/Notices';
import type { Notice } from '../../../src/widget/widget-state';

const failedSave: Notice = {
  id: 7,
  tone: 'error',
  message: { code: 'notice.updateFailed', values: { reason: 'Engagement locked.' } },
  copyText: 'Call back Monday\nAsk for Anna',
};

const noStorage: Notice = {
  id: 8,
  tone: 'info',
  message: { code: 'notice.storageBlocked' },
};

afterEach(() => {
  act(() => setLanguage('en'));
});

describe('Notices', () => {
  it('shows nothing when there is nothing to say', () => {
    const { container } = render(<Notices notices={[]} onDismiss={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('raises an error as an alert', () => {
    render(<Notices notices={[failedSave]} onDismiss={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot did not save the call details: Engagement locked. Copy your notes to keep them.',
    );
  });

  it('shows information as a status, not an alert', () => {
    render(<Notices notices={[noStorage]} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This browser blocks storage here: settings and a call in progress last only until the widget reloads, so save each call before leaving the page.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("rewords the notices already up when the agent switches language, HubSpot's reason as received", () => {
    render(<Notices notices={[failedSave]} onDismiss={() => {}} />);
    act(() => setLanguage('fr'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'HubSpot n’a pas enregistré les détails de l’appel : Engagement locked. Copiez vos notes pour les conserver.',
    );
  });

  it('shows the notes HubSpot lost, to keep', () => {
    render(<Notices notices={[failedSave]} onDismiss={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Your notes' })).toHaveValue(
      'Call back Monday\nAsk for Anna',
    );
  });

  it('copies the lost notes on Copy notes', async () => {
    const user = userEvent.setup();
    render(<Notices notices={[failedSave]} onDismiss={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Copy notes' }));
    expect(await navigator.clipboard.readText()).toBe('Call back Monday\nAsk for Anna');
  });

  it('offers no notes to copy when there are none', () => {
    render(<Notices notices={[noStorage]} onDismiss={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Copy notes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('dismisses the notice the agent closes', async () => {
    const onDismiss = vi.fn();
    render(<Notices notices={[noStorage, failedSave]} onDismiss={onDismiss} />);
    const [, second] = screen.getAllByRole('button', { name: 'Dismiss' });
    await userEvent.click(second as HTMLElement);
    expect(onDismiss).toHaveBeenCalledWith(7);
  });
});
