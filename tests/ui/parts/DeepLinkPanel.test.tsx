import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as kit from '../../../src/handoff/kit';
import { HandoffKitContext } from '../../../src/ui/handoff-kit-context';
import { DeepLinkPanel, prefersTap } from '../../../src/ui/parts/DeepLinkPanel';

const href = 'openphone://dial?number=%2B14107934326&action=call';

function renderPanel() {
  return render(
    <HandoffKitContext value={kit}>
      <DeepLinkPanel href={href} appName="OpenPhone" action="callOpenPhone" />
    </HandoffKitContext>,
  );
}

function stubPointer(coarse: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: coarse && query === '(pointer: coarse)',
    media: query,
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('prefersTap', () => {
  it('is false where the browser cannot tell (no matchMedia)', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(prefersTap()).toBe(false);
  });

  it('is true with a coarse pointer (a finger)', () => {
    stubPointer(true);
    expect(prefersTap()).toBe(true);
  });

  it('is false with a fine pointer (a mouse)', () => {
    stubPointer(false);
    expect(prefersTap()).toBe(false);
  });
});

describe('DeepLinkPanel on a desktop', () => {
  it('shows a QR code of the link, named by what scanning it does', () => {
    renderPanel();
    expect(screen.getByRole('img', { name: 'QR code: Call with OpenPhone' })).toBeInTheDocument();
  });

  it('says to scan the code with the phone', () => {
    renderPanel();
    expect(
      screen.getByText("Scan with your phone's camera to open OpenPhone."),
    ).toBeInTheDocument();
  });

  it('shows the link as read-only text', () => {
    renderPanel();
    const text = screen.getByRole('textbox', { name: 'Deep link' });
    expect(text).toHaveValue(href);
    expect(text).toHaveAttribute('readonly');
  });

  it('offers the link itself as "Open here"', () => {
    renderPanel();
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute('href', href);
  });

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(href);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('selects the link and says how to copy it when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.getByText('Press Ctrl+C (⌘C on a Mac) to copy the link.')).toBeInTheDocument();
    const text = screen.getByRole('textbox', { name: 'Deep link' }) as HTMLInputElement;
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, href.length]);
  });
});

describe('DeepLinkPanel on a touch device', () => {
  it('opens the app from one big link named by its action', () => {
    stubPointer(true);
    renderPanel();
    expect(screen.getByRole('link', { name: 'Call with OpenPhone' })).toHaveAttribute('href', href);
  });

  it('says the link opens the app on this phone', () => {
    stubPointer(true);
    renderPanel();
    expect(screen.getByText('Opens OpenPhone on this phone.')).toBeInTheDocument();
  });

  it('shows no QR code and no text to copy', () => {
    stubPointer(true);
    renderPanel();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('DeepLinkPanel with a link too long for a QR code', () => {
  const long = `openphone://message?text=${'%F0%9F%91%8B'.repeat(300)}`;

  it('says so instead of drawing a code, and still offers the link to copy and open', () => {
    render(
      <HandoffKitContext value={kit}>
        <DeepLinkPanel href={long} appName="OpenPhone" action="textOpenPhone" />
      </HandoffKitContext>,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'This link is too long for a QR code. Copy it to your phone, or shorten the message.',
    );
    expect(screen.getByLabelText('Deep link')).toHaveValue(long);
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute('href', long);
  });
});
