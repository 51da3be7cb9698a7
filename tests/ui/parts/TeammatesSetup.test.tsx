import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/journal/key-value-storage';
import { defaultSettings, serializeSettings, settingsKey } from '../../../src/settings/settings';
import { maxTeammates } from '../../../src/settings/teammates';
import { renderWidget } from '../../support/render-widget';

async function openSettings(options: Parameters<typeof renderWidget>[0] = {}) {
  const widget = await renderWidget(options);
  await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
  return widget;
}

type Widget = Awaited<ReturnType<typeof openSettings>>;

async function addTeammate(widget: Widget, name: string, number: string) {
  if (name !== '')
    await widget.user.type(screen.getByRole('textbox', { name: "Teammate's name" }), name);
  await widget.user.type(screen.getByRole('textbox', { name: "Teammate's number" }), number);
  await widget.user.click(screen.getByRole('button', { name: 'Add teammate' }));
}

const saved = (widget: Widget) => JSON.parse(widget.storage.getItem(settingsKey) ?? 'null');
const done = (widget: Widget) => widget.user.click(screen.getByRole('button', { name: 'Done' }));

describe('Teammates in Settings', () => {
  it("adds a teammate's direct number, saved by Done", async () => {
    const widget = await openSettings();
    await addTeammate(widget, 'Dana Whitfield', '@999 793 4326');
    expect(screen.getByRole('list', { name: 'Teammates' })).toHaveTextContent(
      'Dana Whitfield · @9997934326',
    );
    expect(saved(widget)).toBeNull();
    await done(widget);
    expect(saved(widget).teammates).toEqual([{ name: 'Dana Whitfield', number: '@9997934326' }]);
  });

  it('adds a regular number in E.164', async () => {
    const widget = await openSettings();
    await addTeammate(widget, 'Lan', '+84 988 888 888');
    await done(widget);
    expect(saved(widget).teammates).toEqual([{ name: 'Lan', number: '+84988888888' }]);
  });

  it('refuses a number without its country code, and says how to write it', async () => {
    const widget = await openSettings();
    await addTeammate(widget, 'Lan', '0988 888 888');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Write the number with + and its country code (for example +1 410 555 0134), or a teammate's direct number such as @9997934326.",
    );
    expect(screen.getByRole('textbox', { name: "Teammate's number" })).toHaveValue('0988 888 888');
  });

  it('needs a name', async () => {
    const widget = await openSettings();
    await addTeammate(widget, '', '@9997934326');
    expect(screen.getByRole('alert')).toHaveTextContent("Write your teammate's name.");
  });

  it('refuses the same number twice', async () => {
    const widget = await openSettings();
    await addTeammate(widget, 'Dana', '@9997934326');
    await addTeammate(widget, 'Dana again', '@9997934326');
    expect(screen.getByRole('alert')).toHaveTextContent('@9997934326 is already in the list.');
  });

  it(`keeps at most ${maxTeammates} teammates, and says why`, async () => {
    const storage = memoryStorage();
    const teammates = Array.from({ length: maxTeammates }, (_, i) => ({
      name: `T${i}`,
      number: `@10${i}`,
    }));
    storage.setItem(settingsKey, serializeSettings({ ...defaultSettings, teammates }));
    const widget = await openSettings({ storage });
    await addTeammate(widget, 'One more', '@200');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Keep at most 8 teammates: a group holds the contact and 8 more.',
    );
  });

  it('removes a teammate', async () => {
    const widget = await openSettings();
    await addTeammate(widget, 'Dana', '@9997934326');
    await widget.user.click(
      within(screen.getByRole('list', { name: 'Teammates' })).getByRole('button', {
        name: 'Remove Dana',
      }),
    );
    await done(widget);
    expect(saved(widget).teammates).toEqual([]);
  });

  it('Done adds a teammate typed and not added, or says what is missing', async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: "Teammate's name" }), 'Dana');
    await done(widget);
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: "Teammate's number" })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: "Teammate's name" })).toHaveValue('Dana');
    await widget.user.type(screen.getByRole('textbox', { name: "Teammate's number" }), '@200');
    await done(widget);
    expect(saved(widget).teammates).toEqual([{ name: 'Dana', number: '@200' }]);
  });
});
