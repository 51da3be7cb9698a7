import { act, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/journal/key-value-storage';
import { demoLookupService } from '../../../src/mocks/demo-directory';
import { server } from '../../../src/mocks/node';
import {
  defaultSettings,
  type Settings,
  serializeSettings,
  settingsKey,
} from '../../../src/settings/settings';
import { signedInCareSoft } from '../../support/caresoft-signed-in';
import { renderWidget } from '../../support/render-widget';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const missedCallText = 'Hi, I just tried to call you. When would be a good time to talk?';
const encoded = (text: string) => text.split(',').map(encodeURIComponent).join(',');

function withSettings(settings: Partial<Settings>) {
  const storage = memoryStorage();
  storage.setItem(settingsKey, serializeSettings({ ...defaultSettings, ...settings }));
  return storage;
}

/** A call nobody answered, now in wrap-up. */
async function afterNoAnswer(options: Parameters<typeof renderWidget>[0] = {}) {
  const widget = await renderWidget(options);
  await widget.dial();
  await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
  return widget;
}

type Widget = Awaited<ReturnType<typeof afterNoAnswer>>;

const openHere = () => screen.getByRole('link', { name: 'Open here' });

const lastProperties = (widget: Widget) => {
  const last = widget.sent.at(-1);
  return last?.type === 'callCompleted' ? last.payload.engagementProperties : undefined;
};

describe('Send a text, after No answer', () => {
  it('records the text in the notes, so Save call puts it on the timeline', async () => {
    const widget = await afterNoAnswer();
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    await widget.user.click(screen.getByRole('button', { name: 'Text sent' }));
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      `Follow-up text sent: ${missedCallText}`,
    );
    await widget.user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(lastProperties(widget)?.hs_call_body).toBe(`Follow-up text sent: ${missedCallText}`);
  });

  it('offers the missed-call template, rendered without a name when none is known', async () => {
    const widget = await afterNoAnswer();
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveDisplayValue('Missed call');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue(missedCallText);
  });

  it('links to the OpenPhone composer: the contact, the selected number, the text', async () => {
    const widget = await afterNoAnswer();
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    expect(openHere()).toHaveAttribute(
      'href',
      `openphone://message?number=%2B14107934326&selectedAsFallback=true&text=${encoded(missedCallText)}`,
    );
    expect(screen.getByRole('img', { name: 'QR code: Text with OpenPhone' })).toBeInTheDocument();
  });

  it("texts from the call's caller id and signs with the agent's name", async () => {
    const widget = await afterNoAnswer({
      storage: withSettings({
        callerIds: ['+13239991234'],
        agentName: 'Dana Whitfield',
      }),
    });
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    const text = `${missedCallText}\nDana Whitfield`;
    expect(openHere()).toHaveAttribute(
      'href',
      `openphone://message?number=%2B14107934326&from=%2B13239991234&text=${encoded(text)}`,
    );
  });

  it('sends what the agent edited, and records that', async () => {
    const widget = await afterNoAnswer();
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    const message = screen.getByRole('textbox', { name: 'Message' });
    await widget.user.clear(message);
    await widget.user.type(message, 'Tom & Jerry #1 👋');
    expect(openHere()).toHaveAttribute(
      'href',
      'openphone://message?number=%2B14107934326&selectedAsFallback=true&text=Tom%20%26%20Jerry%20%231%20%F0%9F%91%8B',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Text sent' }));
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Follow-up text sent: Tom & Jerry #1 👋',
    );
  });

  it('suggests the line-busy template after Busy', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: 'Busy' }));
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveDisplayValue('Line busy');
  });

  it("lists a template's attachments, links them and records them", async () => {
    const widget = await afterNoAnswer({
      storage: withSettings({
        textTemplates: [
          {
            id: 'brochure',
            name: 'Brochure',
            text: 'Our brochure',
            attachments: ['https://example.com/brochure.pdf'],
          },
        ],
      }),
    });
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    expect(screen.getByText('brochure.pdf')).toBeInTheDocument();
    expect(openHere().getAttribute('href')).toMatch(
      /&attachments=https%3A%2F%2Fexample.com%2Fbrochure.pdf$/,
    );
    await widget.user.click(screen.getByRole('button', { name: 'Text sent' }));
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      'Follow-up text sent: Our brochure\nAttachments: https://example.com/brochure.pdf',
    );
  });

  it('refuses a message over 1,600 characters: no link, and Text sent is off', async () => {
    const widget = await afterNoAnswer();
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    const message = screen.getByRole('textbox', { name: 'Message' });
    await widget.user.clear(message);
    await widget.user.click(message);
    await widget.user.paste('x'.repeat(1_601));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A text can be at most 1,600 characters; this one has 1,601. Shorten it.',
    );
    expect(screen.queryByRole('link', { name: 'Open here' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Text sent' })).toBeDisabled();
  });

  it('keeps the text already recorded when the widget reloads before Save call', async () => {
    const storage = memoryStorage();
    const widget = await afterNoAnswer({ storage });
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    await widget.user.click(screen.getByRole('button', { name: 'Text sent' }));
    widget.view.unmount();
    await act(async () => {
      await renderWidget({ storage });
    });
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      `Follow-up text sent: ${missedCallText}`,
    );
  });

  it('is an OpenPhone feature: hidden when calls go to CareSoft CsCall', async () => {
    const storage = memoryStorage();
    storage.setItem(
      settingsKey,
      serializeSettings({ ...defaultSettings, careSoft: signedInCareSoft }),
    );
    await afterNoAnswer({ admin: { provider: 'careSoft' }, storage });
    expect(screen.getByRole('button', { name: 'Save call' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send a text' })).not.toBeInTheDocument();
  });
});

describe('Send a text, with the caller lookup', () => {
  it("greets the contact by the first name of the lookup's entry", async () => {
    const widget = await renderWidget({
      admin: { lookup: { rootUrl: demoLookupService.rootUrl } },
      fetch: (url, init) => fetch(url, init),
    });
    await widget.dial();
    const caller = screen.getByRole('region', { name: 'Caller lookup' });
    await within(caller).findByRole('heading', { name: /Emily Carter/ });
    await widget.user.click(screen.getByRole('button', { name: 'No answer' }));
    await widget.user.click(screen.getByRole('button', { name: 'Send a text' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue(
      'Hi Emily, I just tried to call you. When would be a good time to talk?',
    );
  });
});
