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
const saved = (widget: Widget) => JSON.parse(widget.storage.getItem(settingsKey) ?? 'null');
const done = (widget: Widget) => widget.user.click(screen.getByRole('button', { name: 'Done' }));

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

  it('saves the caller ids on Done, so the next session has them', async () => {
    const widget = await openSettings();
    await addCallerId(widget, '+1 323 999 1234');
    expect(saved(widget)).toBeNull();
    await done(widget);
    expect(saved(widget)).toMatchObject({
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
    await done(widget);
    expect(saved(widget)).toMatchObject({
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

  it('keeps a caller id typed and not added when the agent switches to CsCall and back', async () => {
    const widget = await openSettings();
    await widget.user.type(
      screen.getByRole('textbox', { name: 'OpenPhone number' }),
      '+1 323 999 1234',
    );
    await widget.user.click(screen.getByRole('radio', { name: 'CareSoft CsCall' }));
    expect(screen.queryByRole('textbox', { name: 'OpenPhone number' })).not.toBeInTheDocument();
    await widget.user.click(screen.getByRole('radio', { name: 'OpenPhone' }));
    expect(within(callerIdList() as HTMLElement).getByRole('listitem')).toHaveTextContent(
      '+1 323 999 1234',
    );
    await done(widget);
    expect(saved(widget)).toMatchObject({ provider: 'openPhone', callerIds: ['+13239991234'] });
  });

  it('stays on the phone app, saying why, when a row typed for it cannot be kept', async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: 'OpenPhone number' }), 'call me');
    await widget.user.click(screen.getByRole('radio', { name: 'CareSoft CsCall' }));
    expect(screen.getByRole('radio', { name: 'OpenPhone' })).toBeChecked();
    const field = screen.getByRole('textbox', { name: 'OpenPhone number' });
    expect(field).toHaveValue('call me');
    expect(field).toHaveFocus();
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('has one way to save: no Save button, only Done (lists keep Add for a row)', async () => {
    await openSettings();
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons.filter((text) => /save/i.test(text ?? ''))).toEqual([]);
    expect(screen.getByText('Changes here are saved when you press Done.')).toBeInTheDocument();
  });

  it('saves nothing before Done: a change waits in Settings, and Done saves all of it at once', async () => {
    const widget = await openSettings();
    await widget.user.click(
      screen.getByRole('checkbox', { name: 'Dial at once when the link opens' }),
    );
    await addCallerId(widget, '+1 323 999 1234');
    expect(widget.state().settings.autoDial).toBe(true);
    expect(widget.state().settings.callerIds).toEqual([]);
    await done(widget);
    expect(widget.state().settings).toMatchObject({
      autoDial: false,
      callerIds: ['+13239991234'],
    });
  });

  it('Done saves a text template being written and not added', async () => {
    const widget = await openSettings();
    await widget.user.click(screen.getByRole('button', { name: 'New template' }));
    await widget.user.type(screen.getByRole('textbox', { name: 'Template name' }), 'Brochure');
    await widget.user.click(screen.getByRole('textbox', { name: 'Template text' }));
    await widget.user.paste('Hi {firstName}, here is our brochure.');
    await done(widget);
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
    expect(saved(widget).textTemplates.at(-1)).toMatchObject({
      name: 'Brochure',
      text: 'Hi {firstName}, here is our brochure.',
    });
  });

  it('Done keeps Settings open on a template it cannot save, the reason next to it, nothing saved', async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dana');
    await widget.user.click(screen.getByRole('button', { name: 'New template' }));
    await widget.user.type(screen.getByRole('textbox', { name: 'Template name' }), 'Brochure');
    await done(widget);
    expect(screen.getByRole('alert')).toHaveTextContent('Write the message this template sends.');
    expect(screen.getByRole('textbox', { name: 'Template name' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Template name' })).toHaveValue('Brochure');
    // All or nothing: the name that could be saved waits for the template too.
    expect(saved(widget)).toBeNull();
  });

  it('Escape does what Done does: saves what was typed, or stays open saying why', async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: 'OpenPhone number' }), 'call me');
    await widget.user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await widget.user.clear(screen.getByRole('textbox', { name: 'OpenPhone number' }));
    await widget.user.type(
      screen.getByRole('textbox', { name: 'OpenPhone number' }),
      '+1 323 999 1234',
    );
    await widget.user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
    expect(saved(widget)).toMatchObject({ callerIds: ['+13239991234'] });
  });

  it('keeps what was typed through a call that comes while Settings are open, and saves it after', async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dana');
    await widget.dial();
    expect(screen.getByRole('heading', { name: 'Call on your phone' })).toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue('Dana');
    await done(widget);
    expect(saved(widget)).toMatchObject({ agentName: 'Dana' });
  });

  it('shows Settings in the language picked, and saves it on Done', async () => {
    const widget = await openSettings();
    await widget.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(screen.getByRole('heading', { name: 'Paramètres' })).toBeInTheDocument();
    expect(widget.state().settings.language).toBeNull();
    await widget.user.click(screen.getByRole('button', { name: 'Terminé' }));
    expect(widget.state().settings.language).toBe('fr');
  });
});
