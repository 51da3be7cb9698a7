import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localSettingsSnippet } from '../../src/simulator/local-settings-snippet';
import { UseInHubSpotPanel } from '../../src/simulator/UseInHubSpotPanel';

const widgetUrl = 'https://localhost:9025/';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('UseInHubSpotPanel', () => {
  it('shows the LocalSettings snippet for the widget the simulator embeds', () => {
    render(<UseInHubSpotPanel widgetUrl="https://calls.example.com/" />);
    expect(screen.getByRole('heading', { name: 'Use in HubSpot' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Snippet for the HubSpot console' })).toHaveValue(
      localSettingsSnippet('https://calls.example.com/'),
    );
  });

  it('copies the snippet to the clipboard', async () => {
    const user = userEvent.setup();
    render(<UseInHubSpotPanel widgetUrl={widgetUrl} />);
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    expect(await navigator.clipboard.readText()).toBe(localSettingsSnippet(widgetUrl));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('selects the snippet for Ctrl+C when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    render(<UseInHubSpotPanel widgetUrl={widgetUrl} />);
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    const snippet = screen.getByRole<HTMLTextAreaElement>('textbox');
    expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl+C');
    expect(snippet.selectionStart).toBe(0);
    expect(snippet.selectionEnd).toBe(snippet.value.length);
  });

  it('says how to undo it: remove the item, then reload', () => {
    render(<UseInHubSpotPanel widgetUrl={widgetUrl} />);
    expect(
      screen.getByText('localStorage.removeItem("LocalSettings:Calling:CallingExtensions");'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('then reload HubSpot: it loads the app’s registered widget again.'),
    ).toBeInTheDocument();
  });

  it('reminds to accept the certificate only for a widget on this machine', () => {
    const { rerender } = render(<UseInHubSpotPanel widgetUrl={widgetUrl} />);
    expect(screen.getByText(/accept its certificate/)).toBeInTheDocument();
    rerender(<UseInHubSpotPanel widgetUrl="https://calls.example.com/" />);
    expect(screen.queryByText(/accept its certificate/)).not.toBeInTheDocument();
  });
});
