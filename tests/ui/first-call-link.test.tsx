import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveCall } from '../../src/call/state';
import { callLinkFor } from '../../src/handoff/call-link';
import { qrPath } from '../../src/handoff/qr-path';
import { defaultCareSoft } from '../../src/settings/settings';
import { firstCallLinkFor, showFirstCallLink } from '../../src/ui/first-call-link';
import { colors } from '../../src/ui/theme';
import { contactDial, testWidget } from '../support/test-widget';

const liveCall = (to: string, from: string | null, display = to): LiveCall =>
  ({
    id: 'call-1',
    direction: 'OUTBOUND',
    to: { kind: 'valid', e164: to, display },
    from,
  }) as LiveCall;

describe('firstCallLinkFor', () => {
  it('makes the very link the handoff screen makes, for any number, caller id and auto-dial', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('+14107934326', '+84988888888', '+33123456789', '+81312345678'),
        fc.constantFrom(null, '+13239991234', '+84 988 888 888', '12&action=call'),
        fc.boolean(),
        (to, from, autoDial) => {
          const screen = callLinkFor({ id: 'call-1', toE164: to, from }, 'openPhone', {
            autoDial,
            careSoft: defaultCareSoft,
          });
          const first = firstCallLinkFor(liveCall(to, from), 'openPhone', autoDial);
          if (screen.kind === 'refused') expect(first).toBeNull();
          else expect(first?.href).toBe(screen.href);
        },
      ),
    );
  });

  it('names the phone app and the number, in no language', () => {
    const call = liveCall('+14107934326', null, '+1 410 793 4326');
    expect(firstCallLinkFor(call, 'openPhone', true)?.text).toBe('OpenPhone · +1 410 793 4326');
  });

  it('leaves CsCall calls and inbound calls to the screens', () => {
    expect(firstCallLinkFor(liveCall('+84988888888', null), 'careSoft', true)).toBeNull();
    const inbound = { ...liveCall('+84988888888', null), direction: 'INBOUND' } as LiveCall;
    expect(firstCallLinkFor(inbound, 'openPhone', true)).toBeNull();
  });
});

describe('showFirstCallLink', () => {
  /** A widget HubSpot has greeted, with the first-call view drawing into a root of its own. */
  function firstCallView() {
    const widget = testWidget();
    widget.ready();
    const root = document.createElement('div');
    const { store } = widget.controller;
    const stop = showFirstCallLink(root, store.get, store.subscribe, colors.accent);
    return { widget, root, stop };
  }

  it('shows the handed-off call’s link until the call moves on, and stops when told', async () => {
    const { widget, root, stop } = firstCallView();
    expect(root.childElementCount).toBe(0);

    await widget.dial(contactDial);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('openphone://dial?number=%2B14107934326&action=call');
    expect(link?.textContent).toBe('OpenPhone · +1 410 793 4326');
    // The screens' accent, as the entry hands it in: the link looks like the screen's button.
    const probe = document.createElement('a');
    probe.style.background = colors.accent;
    expect(link?.style.background).toBe(probe.style.background);

    widget.controller.cancel();
    expect(root.childElementCount).toBe(0);

    stop();
    await widget.dial({ ...contactDial, phoneNumber: '+1 443 555 0148' });
    expect(root.childElementCount).toBe(0);
  });

  it('draws the link’s QR code after the link, the very code the handoff screen draws', async () => {
    const { widget, root, stop } = firstCallView();

    await widget.dial(contactDial);
    const href = 'openphone://dial?number=%2B14107934326&action=call';
    expect(root.querySelector('a')?.getAttribute('href')).toBe(href);
    await expect.poll(() => root.querySelector('svg[role="img"]')).not.toBeNull();
    const code = root.querySelector('svg[role="img"]');
    expect(code?.getAttribute('aria-label')).toBe('OpenPhone · +1 410 793 4326');
    expect(code?.querySelector('path')?.getAttribute('d')).toBe(qrPath(href).path);
    stop();
  });
});
