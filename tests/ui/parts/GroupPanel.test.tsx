import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/journal/key-value-storage';
import {
  defaultSettings,
  type Settings,
  serializeSettings,
  settingsKey,
} from '../../../src/settings/settings';
import type { Teammate } from '../../../src/settings/teammates';
import { signedInCareSoft } from '../../support/caresoft-signed-in';
import { renderWidget } from '../../support/render-widget';

const dana: Teammate = { name: 'Dana Whitfield', number: '@9997934326' };
const eight: Teammate[] = [
  dana,
  ...Array.from({ length: 7 }, (_, i) => ({
    name: `Teammate ${i + 2}`,
    number: `+1323999100${i}`,
  })),
];

async function duringCall(settings: Partial<Settings> = {}, admin = {}) {
  const storage = memoryStorage();
  storage.setItem(settingsKey, serializeSettings({ ...defaultSettings, ...settings }));
  const widget = await renderWidget({ storage, admin });
  await widget.dial();
  return widget;
}

type Widget = Awaited<ReturnType<typeof duringCall>>;

const group = () => screen.getByRole('region', { name: 'Add people' });
const inGroup = () => within(group());

async function openGroup(widget: Widget) {
  await widget.user.click(screen.getByRole('button', { name: 'Add people' }));
}

async function typeNumber(widget: Widget, text: string) {
  await widget.user.type(inGroup().getByRole('textbox', { name: 'Another number' }), text);
  await widget.user.click(inGroup().getByRole('button', { name: 'Add number' }));
}

describe('Add people (group call or text)', () => {
  it("calls the contact and a teammate's direct number together, encoded %40", async () => {
    const widget = await duringCall({ teammates: [dana] });
    await openGroup(widget);
    await widget.user.click(
      inGroup().getByRole('checkbox', { name: 'Dana Whitfield (@9997934326)' }),
    );
    expect(inGroup().getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B14107934326,%409997934326&action=call',
    );
    expect(inGroup().getByRole('img', { name: 'QR code: Start the group call' })).toBeVisible();
  });

  it("shows one QR code at a time: the call's folds away while Add people is open", async () => {
    const widget = await duringCall({ teammates: [dana] });
    expect(screen.getAllByRole('img', { name: /^QR code/ })).toHaveLength(1);
    await openGroup(widget);
    await widget.user.click(
      inGroup().getByRole('checkbox', { name: 'Dana Whitfield (@9997934326)' }),
    );
    expect(screen.getAllByRole('img', { name: /^QR code/ })).toEqual([
      inGroup().getByRole('img', { name: 'QR code: Start the group call' }),
    ]);
    await widget.user.click(inGroup().getByRole('button', { name: 'Close' }));
    expect(screen.getAllByRole('img', { name: /^QR code/ })).toHaveLength(1);
  });

  it('opens a group text instead, from the number selected in OpenPhone', async () => {
    const widget = await duringCall({ teammates: [dana] });
    await openGroup(widget);
    await widget.user.click(inGroup().getByRole('checkbox', { name: /Dana Whitfield/ }));
    await widget.user.click(inGroup().getByRole('radio', { name: 'Group text' }));
    expect(inGroup().getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://message?number=%2B14107934326,%409997934326&selectedAsFallback=true',
    );
  });

  it('makes no link for the contact alone', async () => {
    const widget = await duringCall();
    await openGroup(widget);
    expect(inGroup().getByText('Pick a teammate or add a number to make a group.')).toBeVisible();
    expect(inGroup().queryByRole('link', { name: 'Open here' })).not.toBeInTheDocument();
  });

  it("adds a typed number, read in the contact's country", async () => {
    const widget = await duringCall();
    await openGroup(widget);
    await typeNumber(widget, '(410) 555-0134');
    expect(inGroup().getByRole('list', { name: 'Other numbers' })).toHaveTextContent(
      '+1 410 555 0134',
    );
    expect(inGroup().getByRole('link', { name: 'Open here' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B14107934326,%2B14105550134&action=call',
    );
  });

  it('refuses a typed number that is not one, and says why', async () => {
    const widget = await duringCall();
    await openGroup(widget);
    await typeNumber(widget, '@99-x');
    expect(inGroup().getByRole('alert')).toHaveTextContent(
      'A direct number is @ followed by digits only, for example @9997934326.',
    );
  });

  it('refuses the contact typed again', async () => {
    const widget = await duringCall();
    await openGroup(widget);
    await typeNumber(widget, '+1 410 793 4326');
    expect(inGroup().getByRole('alert')).toHaveTextContent(
      '+1 410 793 4326 is already in the group.',
    );
  });

  it('takes 9 numbers: the contact and 8 teammates', async () => {
    const widget = await duringCall({ teammates: eight });
    await openGroup(widget);
    for (const box of inGroup().getAllByRole('checkbox', { name: /\(/ }).slice(1)) {
      await widget.user.click(box);
    }
    expect(inGroup().getByText('9 of 9 numbers; you are the 10th participant.')).toBeVisible();
    expect(inGroup().getByRole('link', { name: 'Open here' }).getAttribute('href')).toMatch(
      /^openphone:\/\/dial\?number=%2B14107934326,%409997934326,(%2B\d+,){6}%2B\d+&action=call$/,
    );
  });

  it('says how many numbers were chosen past the limit, never "10 of 9"', async () => {
    const widget = await duringCall({ teammates: eight });
    await openGroup(widget);
    for (const box of inGroup().getAllByRole('checkbox', { name: /\(/ }).slice(1)) {
      await widget.user.click(box);
    }
    await typeNumber(widget, '+84 988 888 888');
    expect(
      inGroup().getByText(
        '10 numbers chosen: OpenPhone takes at most 9 (you are the 10th participant).',
      ),
    ).toBeVisible();
    expect(inGroup().queryByText(/10 of 9/)).not.toBeInTheDocument();
  });

  it('refuses a 10th number in plain words, before any link is made', async () => {
    const widget = await duringCall({ teammates: eight });
    await openGroup(widget);
    for (const box of inGroup().getAllByRole('checkbox', { name: /\(/ }).slice(1)) {
      await widget.user.click(box);
    }
    await typeNumber(widget, '+84 988 888 888');
    expect(inGroup().getByRole('alert')).toHaveTextContent(
      'OpenPhone calls at most 9 numbers at once (you are the 10th participant). Remove 1 to continue.',
    );
    expect(inGroup().queryByRole('link', { name: 'Open here' })).not.toBeInTheDocument();
  });

  it('is there on the connected screen too', async () => {
    const widget = await duringCall({ teammates: [dana] });
    await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
    await openGroup(widget);
    expect(inGroup().getByRole('checkbox', { name: /Dana Whitfield/ })).toBeVisible();
  });

  it('is an OpenPhone feature: hidden when calls go to CareSoft CsCall', async () => {
    await duringCall({ teammates: [dana], careSoft: signedInCareSoft }, { provider: 'careSoft' });
    expect(screen.getByRole('button', { name: 'Cancel call' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add people' })).not.toBeInTheDocument();
  });
});
