import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/journal/key-value-storage';
import {
  defaultSettings,
  maxCallerIds,
  serializeSettings,
  settingsKey,
} from '../../../src/settings/settings';
import { renderWidget } from '../../support/render-widget';

/** The settings screen, opened from the ready screen. */
async function openSettings(options: Parameters<typeof renderWidget>[0] = {}) {
  const widget = await renderWidget(options);
  await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
  return widget;
}

type Widget = Awaited<ReturnType<typeof openSettings>>;

async function addCallerId(widget: Widget, text: string) {
  await widget.user.type(screen.getByRole('textbox', { name: 'OpenPhone number' }), text);
  await widget.user.click(screen.getByRole('button', { name: 'Add' }));
}

const callerIdList = () => screen.queryByRole('list', { name: 'Caller ids' });

describe('SettingsScreen', () => {
  it('opens from the ready screen', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });

  it('lists no caller id for a first-time user', async () => {
    await openSettings();
    expect(callerIdList()).not.toBeInTheDocument();
  });

  it('adds a caller id written without spaces, listed as people read numbers', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+13239991234');
    const list = callerIdList();
    expect(list).not.toBeNull();
    const item = within(list as HTMLElement).getByRole('listitem');
    expect(item).toHaveTextContent('+1 323 999 1234');
    expect(item).not.toHaveTextContent('+13239991234');
  });

  it('empties the field once the caller id is added', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+1 323 999 1234');
    expect(screen.getByRole('textbox', { name: 'OpenPhone number' })).toHaveValue('');
  });

  it('saves the caller ids, so the next session has them', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+1 323 999 1234');
    expect(JSON.parse(widget.storage.getItem(settingsKey) ?? 'null')).toMatchObject({
      callerIds: ['+13239991234'],
    });
  });

  it('refuses a caller id that is not a number, and says why', async () => {
    const widget = await openSettings();
    await addCallerId(widget, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A phone number has only digits; letters (and extensions such as "ext. 12") cannot be dialled from a link.',
    );
    expect(callerIdList()).not.toBeInTheDocument();
  });

  it('refuses a caller id without its country code, and says how to write it', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '323 999 1234');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Write your OpenPhone number with + and its country code, for example +1 323 999 1234.',
    );
  });

  it('refuses a caller id already in the list', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+1 323 999 1234');
    await addCallerId(widget, '+13239991234');
    expect(screen.getByRole('alert')).toHaveTextContent('+1 323 999 1234 is already in the list.');
    expect(within(callerIdList() as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
  });

  it(`refuses more than ${maxCallerIds} caller ids`, async () => {
    const storage = memoryStorage();
    const callerIds = Array.from({ length: maxCallerIds }, (_, i) => `+1323999${1000 + i}`);
    storage.setItem(
      settingsKey,
      serializeSettings({ ...defaultSettings, callerIds, lastCallerId: null, autoDial: true }),
    );
    const widget = await openSettings({ storage });
    await addCallerId(widget, '+1 410 793 4326');
    expect(screen.getByRole('alert')).toHaveTextContent(`Keep at most ${maxCallerIds} caller ids.`);
  });

  it('clears the complaint once a good caller id is added', async () => {
    const widget = await openSettings();
    await addCallerId(widget, 'abc');
    await widget.user.clear(screen.getByRole('textbox', { name: 'OpenPhone number' }));
    await addCallerId(widget, '+1 323 999 1234');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('removes a caller id', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+1 323 999 1234');
    await widget.user.click(screen.getByRole('button', { name: 'Remove +1 323 999 1234' }));
    expect(callerIdList()).not.toBeInTheDocument();
    expect(JSON.parse(widget.storage.getItem(settingsKey) ?? 'null')).toMatchObject({
      callerIds: [],
    });
  });

  it('dials at once by default', async () => {
    await openSettings();
    expect(
      screen.getByRole('checkbox', { name: 'Dial at once when the link opens' }),
    ).toBeChecked();
  });

  it('opens the dialer prefilled, without action=call, when auto-dial is off', async () => {
    const widget = await openSettings();
    await widget.user.click(
      screen.getByRole('checkbox', { name: 'Dial at once when the link opens' }),
    );
    await widget.user.click(screen.getByRole('button', { name: 'Done' }));
    await widget.dial();
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B14107934326',
    );
  });

  it('calls from a caller id added here', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+1 323 999 1234');
    await widget.user.click(screen.getByRole('button', { name: 'Done' }));
    await widget.dial();
    expect(screen.getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B14107934326&from=%2B13239991234&action=call',
    );
    expect(widget.sent.at(-1)).toMatchObject({
      type: 'outgoingCall',
      payload: { fromNumber: '+13239991234' },
    });
  });

  it('returns to the ready screen on Done', async () => {
    const widget = await openSettings();
    await widget.user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
  });

  it('Done saves what was typed and not saved: a caller id, a name and the lookup service', async () => {
    const widget = await openSettings();
    await widget.user.type(
      screen.getByRole('textbox', { name: 'OpenPhone number' }),
      '+1 323 999 1234',
    );
    await widget.user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dana');
    await widget.user.type(
      screen.getByRole('textbox', { name: 'Lookup service URL' }),
      'https://crm.example.com/services',
    );
    await widget.user.type(screen.getByLabelText('Token'), 'secret-token');
    await widget.user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
    expect(JSON.parse(widget.storage.getItem(settingsKey) ?? 'null')).toMatchObject({
      callerIds: ['+13239991234'],
      agentName: 'Dana',
      lookup: { rootUrl: 'https://crm.example.com/services', headerValue: 'secret-token' },
    });
  });

  it('Done keeps Settings open, saying why, when what was typed cannot be saved', async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: 'OpenPhone number' }), 'call me');
    await widget.user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'OpenPhone number' })).toHaveValue('call me');
  });
});
