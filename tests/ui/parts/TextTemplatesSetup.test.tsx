import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { settingsKey } from '../../../src/settings/settings';
import { renderWidget } from '../../support/render-widget';

async function openSettings(options: Parameters<typeof renderWidget>[0] = {}) {
  const widget = await renderWidget(options);
  await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
  return widget;
}

type Widget = Awaited<ReturnType<typeof openSettings>>;

const saved = (widget: Widget) => JSON.parse(widget.storage.getItem(settingsKey) ?? 'null');
const templateList = () => screen.getByRole('list', { name: 'Text templates' });
const done = (widget: Widget) => widget.user.click(screen.getByRole('button', { name: 'Done' }));

async function newTemplate(
  widget: Widget,
  fields: { name?: string; text?: string; files?: string },
) {
  await widget.user.click(screen.getByRole('button', { name: 'New template' }));
  const form = within(screen.getByRole('form', { name: 'New template' }));
  if (fields.name)
    await widget.user.type(form.getByRole('textbox', { name: 'Template name' }), fields.name);
  if (fields.text) {
    await widget.user.click(form.getByRole('textbox', { name: 'Template text' }));
    await widget.user.paste(fields.text);
  }
  if (fields.files) {
    await widget.user.click(form.getByRole('textbox', { name: /Attachments/ }));
    await widget.user.paste(fields.files);
  }
  await widget.user.click(form.getByRole('button', { name: 'Add template' }));
}

describe('Follow-up texts in Settings', () => {
  it('lists the three default templates for a first-time user', async () => {
    await openSettings();
    expect(
      within(templateList())
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Missed call', 'Line busy', 'Thanks for the call']);
  });

  it("saves the agent's name on Done, so texts can be signed with it", async () => {
    const widget = await openSettings();
    await widget.user.type(screen.getByRole('textbox', { name: 'Your name' }), ' Dana Whitfield ');
    await done(widget);
    expect(saved(widget).agentName).toBe('Dana Whitfield');
  });

  it('refuses a name over 80 characters', async () => {
    const widget = await openSettings();
    await widget.user.click(screen.getByRole('textbox', { name: 'Your name' }));
    await widget.user.paste('a'.repeat(81));
    await done(widget);
    expect(screen.getByRole('alert')).toHaveTextContent('Keep your name under 80 characters.');
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
    expect(saved(widget)).toBeNull();
  });

  it('adds a template with a brochure, saved by Done', async () => {
    const widget = await openSettings();
    await newTemplate(widget, {
      name: 'Brochure',
      text: 'Hi {firstName}, here is our brochure.',
      files: 'https://example.com/brochure.pdf',
    });
    expect(within(templateList()).getByText('Brochure (1 file)')).toBeVisible();
    await done(widget);
    expect(saved(widget).textTemplates.at(-1)).toEqual({
      id: 'template-4',
      name: 'Brochure',
      text: 'Hi {firstName}, here is our brochure.',
      attachments: ['https://example.com/brochure.pdf'],
    });
  });

  it('refuses a template over 1,600 characters, and keeps what was typed', async () => {
    const widget = await openSettings();
    await newTemplate(widget, { name: 'Long', text: 'a'.repeat(1_601) });
    expect(screen.getByRole('alert')).toHaveTextContent(
      "A template can be at most 1,600 characters (OpenPhone's limit for one text); this one has 1,601.",
    );
    expect(screen.getByRole('textbox', { name: 'Template text' })).toHaveValue('a'.repeat(1_601));
    expect(saved(widget)).toBeNull();
  });

  it('refuses an attachment that is not an https link to a file', async () => {
    const widget = await openSettings();
    await newTemplate(widget, {
      name: 'Brochure',
      text: 'Our brochure',
      files: 'http://example.com/brochure.pdf\nhttps://example.com/brochure',
    });
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toEqual([
      'The attachment “http://example.com/brochure.pdf” must be an https:// link.',
      'The attachment “https://example.com/brochure” must point at a file with an extension, such as .pdf or .jpg.',
    ]);
  });

  it('edits a default template', async () => {
    const widget = await openSettings();
    await widget.user.click(screen.getByRole('button', { name: 'Edit Missed call' }));
    const text = screen.getByRole('textbox', { name: 'Template text' });
    await widget.user.clear(text);
    await widget.user.type(text, 'Sorry I missed you, {{firstName}!');
    await widget.user.click(screen.getByRole('button', { name: 'Keep changes' }));
    await done(widget);
    expect(saved(widget).textTemplates[0]).toMatchObject({
      id: 'missed-call',
      text: 'Sorry I missed you, {firstName}!',
    });
  });

  it('removes a template, and can bring the defaults back once none is left', async () => {
    const widget = await openSettings();
    for (const name of ['Missed call', 'Line busy', 'Thanks for the call']) {
      await widget.user.click(screen.getByRole('button', { name: `Remove ${name}` }));
    }
    expect(screen.queryByRole('list', { name: 'Text templates' })).not.toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'Restore the defaults' }));
    expect(within(templateList()).getAllByRole('listitem')).toHaveLength(3);
    await widget.user.click(screen.getByRole('button', { name: 'Remove Line busy' }));
    await done(widget);
    expect(saved(widget).textTemplates).toHaveLength(2);
  });

  it('is an OpenPhone feature: not shown for CareSoft CsCall', async () => {
    await openSettings({ admin: { provider: 'careSoft' } });
    expect(screen.queryByRole('list', { name: 'Text templates' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: "Teammate's number" })).not.toBeInTheDocument();
  });
});
