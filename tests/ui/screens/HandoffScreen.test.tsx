import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toEngagementId } from '../../../src/call/ids';
import { memoryStorage } from '../../../src/journal/key-value-storage';
import {
  defaultCareSoft,
  defaultSettings,
  serializeSettings,
  settingsKey,
} from '../../../src/settings/settings';
import { renderWidget } from '../../support/render-widget';
import { contactDial } from '../../support/test-widget';

const dialLink = 'openphone://dial?number=%2B14107934326&action=call';

/** A widget whose agent saved these OpenPhone numbers as caller ids. */
function storageWithCallerIds(callerIds: string[]) {
  const storage = memoryStorage();
  storage.setItem(
    settingsKey,
    serializeSettings({ ...defaultSettings, callerIds, lastCallerId: null, autoDial: true }),
  );
  return storage;
}

/** What a phone or tablet says about its pointer. */
function onTouchDevice() {
  vi.stubGlobal(
    'matchMedia',
    (query: string): Pick<MediaQueryList, 'matches' | 'media'> => ({
      matches: query === '(pointer: coarse)',
      media: query,
    }),
  );
}

async function handedOff(options: Parameters<typeof renderWidget>[0] = {}, payload?: unknown) {
  const widget = await renderWidget(options);
  await widget.dial(payload);
  return widget;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('HandoffScreen', () => {
  it('shows the number being called as people read it', async () => {
    await handedOff();
    expect(screen.getByText('+1 410 793 4326')).toBeInTheDocument();
  });

  it('names the HubSpot record being called', async () => {
    await handedOff();
    expect(screen.getByText('Contact record #101')).toBeInTheDocument();
  });

  it('says there is no record for a dial from a ticket', async () => {
    await handedOff({}, { phoneNumber: '+1 410 793 4326', objectId: 0 });
    expect(
      screen.getByText('No HubSpot record (dialled from a ticket or a number)'),
    ).toBeInTheDocument();
  });

  it('links "Open here" to the OpenPhone dial URL', async () => {
    await handedOff();
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute('href', dialLink);
  });

  it('shows the same link as text to copy', async () => {
    await handedOff();
    expect(screen.getByRole('textbox', { name: 'Deep link' })).toHaveValue(dialLink);
  });

  it('shows a QR code of the link on a desktop', async () => {
    await handedOff();
    expect(screen.getByRole('img', { name: 'QR code: Call with OpenPhone' })).toBeInTheDocument();
  });

  it('offers the four ways a handed-off call can go', async () => {
    await handedOff();
    for (const name of ['Connected', 'No answer', 'Busy', 'Cancel call']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  describe('on a touch device', () => {
    it('opens OpenPhone from a big "Call with OpenPhone" link', async () => {
      onTouchDevice();
      await handedOff();
      expect(screen.getByRole('link', { name: 'Call with OpenPhone' })).toHaveAttribute(
        'href',
        dialLink,
      );
    });

    it('shows no QR code, since the phone is in the agent’s hand', async () => {
      onTouchDevice();
      await handedOff();
      expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    });
  });

  describe('caller id', () => {
    it('offers no choice when the agent has no caller ids', async () => {
      await handedOff();
      expect(screen.queryByRole('combobox', { name: 'Call from' })).not.toBeInTheDocument();
    });

    it('calls from the first caller id the agent saved', async () => {
      await handedOff({ storage: storageWithCallerIds(['+13105550100', '+13239991234']) });
      expect(screen.getByRole('combobox', { name: 'Call from' })).toHaveValue('+13105550100');
      expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute(
        'href',
        'openphone://dial?number=%2B14107934326&from=%2B13105550100&action=call',
      );
    });

    it('shows each caller id formatted like every other number', async () => {
      await handedOff({ storage: storageWithCallerIds(['+13105550100', '+13239991234']) });
      const choices = within(screen.getByRole('combobox', { name: 'Call from' }));
      expect(choices.getByRole('option', { name: '+1 323 999 1234' })).toHaveValue('+13239991234');
      expect(choices.queryByRole('option', { name: '+13239991234' })).not.toBeInTheDocument();
    });

    it('puts the chosen caller id in the link as from', async () => {
      const widget = await handedOff({
        storage: storageWithCallerIds(['+13105550100', '+13239991234']),
      });
      await widget.user.selectOptions(
        screen.getByRole('combobox', { name: 'Call from' }),
        '+13239991234',
      );
      expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute(
        'href',
        'openphone://dial?number=%2B14107934326&from=%2B13239991234&action=call',
      );
    });

    it('moves focus off the select once a caller id is picked, so C logs the call', async () => {
      const widget = await handedOff({
        storage: storageWithCallerIds(['+13105550100', '+13239991234']),
      });
      const select = screen.getByRole('combobox', { name: 'Call from' });
      await widget.user.selectOptions(select, '+13239991234');
      expect(screen.getByRole('link', { name: 'Open here' })).toHaveFocus();
      await widget.user.keyboard('c');
      expect(widget.sent.at(-1)).toEqual({
        type: 'callAnswered',
        payload: { externalCallId: 'call-1' },
      });
    });

    it('takes a shortcut letter typed on the select as the shortcut, never as a pick', async () => {
      const widget = await handedOff({
        storage: storageWithCallerIds(['+13105550100', '+13239991234']),
      });
      screen.getByRole('combobox', { name: 'Call from' }).focus();
      await widget.user.keyboard('n');
      expect(screen.getByRole('radio', { name: 'No answer' })).toBeChecked();
      expect(widget.state().settings.lastCallerId).toBeNull();
    });

    it('leaves from out when the agent lets OpenPhone choose', async () => {
      const widget = await handedOff({ storage: storageWithCallerIds(['+13105550100']) });
      await widget.user.selectOptions(
        screen.getByRole('combobox', { name: 'Call from' }),
        'Number selected in OpenPhone',
      );
      expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute('href', dialLink);
    });
  });

  describe('the HubSpot timeline', () => {
    it('says nothing of the timeline during the call, while HubSpot creates the record or once it has', async () => {
      const widget = await handedOff({ hubspotCreatesEngagements: false });
      expect(screen.queryByText(/timeline/)).not.toBeInTheDocument();
      await widget.receive({ type: 'engagementCreated', engagementId: toEngagementId(5555) });
      expect(screen.queryByText(/timeline/)).not.toBeInTheDocument();
    });

    it('alerts the agent when HubSpot could not create the call', async () => {
      const widget = await handedOff({ hubspotCreatesEngagements: false });
      await widget.receive({ type: 'engagementCreateFailed', reason: 'No access to calls.' });
      expect(screen.getByRole('alert')).toHaveTextContent(
        'HubSpot could not create the call record: No access to calls. Your notes are kept here.',
      );
    });
  });

  describe('how it went', () => {
    it('starts the call timer on Connected', async () => {
      const widget = await handedOff();
      await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
      expect(screen.getByRole('heading', { name: 'On the phone' })).toBeInTheDocument();
      expect(widget.sent.at(-1)).toEqual({
        type: 'callAnswered',
        payload: { externalCallId: 'call-1' },
      });
    });

    it('goes to wrap-up with No answer chosen', async () => {
      const widget = await handedOff();
      await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
      expect(screen.getByRole('radio', { name: 'No answer' })).toBeChecked();
    });

    it('goes to wrap-up with Busy chosen', async () => {
      const widget = await handedOff();
      await widget.user.click(screen.getByRole('button', { name: 'Busy' }));
      expect(screen.getByRole('radio', { name: 'Busy' })).toBeChecked();
    });

    it('cancels the call after a short undo window, logged then, and ready for the next one', async () => {
      // Long enough that a busy machine cannot end the window before the checks below run.
      const widget = await handedOff({ cancelUndoMs: 1_500 });
      await widget.user.click(screen.getByRole('button', { name: 'Cancel call' }));
      expect(screen.getByRole('status')).toHaveTextContent(
        'Call canceled. It will be logged as canceled in a few seconds.',
      );
      expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
      expect(widget.sentTypes().at(-1)).toBe('outgoingCall');
      await screen.findByRole('heading', { name: 'Ready for your next call' }, { timeout: 10_000 });
      expect(widget.sentTypes().slice(-2)).toEqual(['callEnded', 'callCompleted']);
    });

    it('X then Enter undoes the cancel: nothing is logged and the call goes on', async () => {
      const widget = await handedOff({ cancelUndoMs: 200 });
      await widget.user.keyboard('x');
      // No outcome letter works while the cancel can be undone.
      await widget.user.keyboard('n');
      await widget.user.keyboard('{Enter}');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(widget.sentTypes().at(-1)).toBe('outgoingCall');
      await widget.user.keyboard('c');
      expect(widget.sentTypes().at(-1)).toBe('callAnswered');
    });
  });

  it('reads a national number with the contact’s country before making the link', async () => {
    await handedOff({}, { ...contactDial, phoneNumber: '(410) 793-4326', countryCode: 'US' });
    const handoff = screen.getByRole('region', { name: 'Call on your phone' });
    expect(within(handoff).getByText('+1 410 793 4326')).toBeInTheDocument();
    expect(within(handoff).getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      dialLink,
    );
  });

  describe('with CareSoft CsCall', () => {
    const token = [{ alg: 'HS256', typ: 'JWT' }, { ipphone: '1001' }]
      .map((part) => btoa(JSON.stringify(part)).replace(/=+$/, ''))
      .concat('c2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXMtLS0')
      .join('.');

    /** A Vietnamese CareSoft account, the agent logged in to CsCall. */
    function careSoftStorage() {
      const storage = memoryStorage();
      storage.setItem(
        settingsKey,
        serializeSettings({
          ...defaultSettings,
          provider: 'careSoft',
          careSoft: { ...defaultCareSoft, domain: 'test', token, loggedIn: true },
        }),
      );
      return storage;
    }

    it('shows the agent the number CsCall dials: a US contact keeps its country code', async () => {
      await handedOff({ storage: careSoftStorage() });
      expect(screen.getByText('CsCall dials 0014107934326.')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Open here' }).getAttribute('href')).toMatch(
        /^https:\/\/mapi\.caresoft\.vn\/call\?phone=0014107934326&appToken=/,
      );
    });

    it('warns, before the agent hands the call off, of a token that expires within a week', async () => {
      const storage = memoryStorage();
      const exp = Math.floor(Date.now() / 1000) + 2 * 86_400;
      const expiring = [
        { alg: 'HS256', typ: 'JWT' },
        { ipphone: '1001', exp },
      ]
        .map((part) => btoa(JSON.stringify(part)).replace(/=+$/, ''))
        .concat('c2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXMtLS0')
        .join('.');
      storage.setItem(
        settingsKey,
        serializeSettings({
          ...defaultSettings,
          provider: 'careSoft',
          careSoft: { ...defaultCareSoft, domain: 'test', token: expiring, loggedIn: true },
        }),
      );
      await handedOff({ storage });
      const day = new Date(exp * 1000).toLocaleDateString('en', {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
      });
      expect(screen.getByRole('status')).toHaveTextContent(
        `Your CsCall token expires on ${day}: after this call, paste a new one from your admin in Settings.`,
      );
      expect(screen.getByRole('link', { name: 'Open here' })).toBeInTheDocument();
    });

    it('says nothing of a token without an expiry', async () => {
      await handedOff({ storage: careSoftStorage() });
      expect(screen.queryByText(/expires on/)).not.toBeInTheDocument();
    });

    it('shows a Vietnamese contact in national form, as CareSoft dials it', async () => {
      await handedOff(
        { storage: careSoftStorage() },
        { phoneNumber: '+84 988 888 888', objectId: 101, objectType: 'CONTACT' },
      );
      expect(screen.getByText('CsCall dials 0988888888.')).toBeInTheDocument();
    });
  });
});
