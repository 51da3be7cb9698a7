import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallCompletion } from '../../../src/call/completion';
import { toCallId, toEngagementId } from '../../../src/call/ids';
import { memoryStorage } from '../../../src/journal/key-value-storage';
import {
  defaultCareSoft,
  defaultSettings,
  serializeSettings,
  settingsKey,
} from '../../../src/settings/settings';
import { IdleScreen } from '../../../src/ui/screens/IdleScreen';
import { careSoftJwt } from '../../support/caresoft-signed-in';
import { renderWidget } from '../../support/render-widget';

const lastCall = (overrides: Partial<CallCompletion> = {}): CallCompletion => ({
  id: toCallId('call-1'),
  direction: 'OUTBOUND',
  dial: { phoneNumber: '+1 410-793-4326', countryCode: 'US', callee: undefined, context: {} },
  to: { kind: 'valid', e164: '+14107934326', display: '+1 410 793 4326' },
  from: null,
  engagementId: toEngagementId(5555),
  startedAt: 0,
  answeredAt: 10_000,
  endedAt: 75_000,
  endStatus: 'COMPLETED',
  outcome: 'connected',
  notes: '',
  calleeName: null,
  ...overrides,
});

describe('IdleScreen', () => {
  it('says the widget is ready for the next call', () => {
    render(<IdleScreen lastCall={null} onOpenSettings={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
  });

  it('says nothing about a last call before the first one', () => {
    render(<IdleScreen lastCall={null} onOpenSettings={() => {}} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('confirms the last call was saved, with its outcome and duration', () => {
    render(<IdleScreen lastCall={lastCall()} onOpenSettings={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Last call to +1 410 793 4326 saved as Connected, 1:05. Logged on the HubSpot timeline.',
    );
  });

  it('leaves the saying of a call without its timeline record to the alert', () => {
    render(<IdleScreen lastCall={lastCall({ engagementId: null })} onOpenSettings={() => {}} />);
    expect(screen.queryByText(/saved/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Logged on the HubSpot timeline/)).not.toBeInTheDocument();
  });

  it('gives no duration for a last call nobody answered', () => {
    render(
      <IdleScreen
        lastCall={lastCall({ answeredAt: null, outcome: 'noAnswer', endStatus: 'NO_ANSWER' })}
        onOpenSettings={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Last call to +1 410 793 4326 saved as No answer.',
    );
  });

  it('names no outcome for a canceled call', () => {
    render(
      <IdleScreen
        lastCall={lastCall({ answeredAt: null, outcome: null, endStatus: 'CANCELED' })}
        onOpenSettings={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Last call to +1 410 793 4326 saved.');
  });

  it('with CsCall not signed in, says so and opens Settings from there', async () => {
    const onOpenSettings = vi.fn();
    render(<IdleScreen lastCall={null} careSoft="expired" onOpenSettings={onOpenSettings} />);
    expect(
      screen.getByText(
        'Your CsCall token has expired: calls cannot go to your phone until you paste a new one in Settings.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('with CsCall chosen and no token, says so on the ready screen of the widget', async () => {
    const widget = await renderWidget();
    await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
    await widget.user.click(screen.getByRole('radio', { name: 'CareSoft CsCall' }));
    await widget.user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByText(/^CsCall is not set up/)).toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(screen.getByLabelText('CsCall token')).toHaveAttribute('type', 'password');
  });

  it('with a CsCall token that expires within a week, says when and opens Settings from there', async () => {
    const storage = memoryStorage();
    const exp = Math.floor(Date.now() / 1000) + 3 * 86_400;
    storage.setItem(
      settingsKey,
      serializeSettings({
        ...defaultSettings,
        provider: 'careSoft',
        careSoft: {
          ...defaultCareSoft,
          domain: 'test',
          token: careSoftJwt({ ipphone: '1001', exp }),
          loggedIn: true,
        },
      }),
    );
    const widget = await renderWidget({ storage });
    const day = new Date(exp * 1000).toLocaleDateString('en', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    });
    expect(
      screen.getByText(
        `Your CsCall token expires on ${day}: ask your admin for a new one and paste it in Settings before then, or calls will stop going to your phone.`,
      ),
    ).toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });

  it('says nothing of a CsCall token good for more than a week', async () => {
    const storage = memoryStorage();
    const exp = Math.floor(Date.now() / 1000) + 30 * 86_400;
    storage.setItem(
      settingsKey,
      serializeSettings({
        ...defaultSettings,
        provider: 'careSoft',
        careSoft: {
          ...defaultCareSoft,
          domain: 'test',
          token: careSoftJwt({ ipphone: '1001', exp }),
          loggedIn: true,
        },
      }),
    );
    await renderWidget({ storage });
    expect(screen.queryByText(/expires on/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open Settings' })).not.toBeInTheDocument();
  });

  it('opens the settings', async () => {
    const onOpenSettings = vi.fn();
    render(<IdleScreen lastCall={null} onOpenSettings={onOpenSettings} />);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });

  it('is where a saved call leads, with that call summed up', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'Busy' }));
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Last call to +1 410 793 4326 saved as Busy.',
    );
  });
});
