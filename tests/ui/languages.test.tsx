import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/i18n';
import { memoryStorage } from '../../src/journal/key-value-storage';
import { parseSettings, settingsKey } from '../../src/settings/settings';
import { renderWidget } from '../support/render-widget';

afterEach(() => {
  act(() => setLanguage('en'));
});

describe('the widget in the agent’s language', () => {
  it('switches to French from Settings, sets <html lang> and remembers the choice', async () => {
    const storage = memoryStorage();
    const widget = await renderWidget({ storage });
    await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
    await widget.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');

    expect(await screen.findByRole('heading', { name: 'Paramètres' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    await widget.user.click(screen.getByRole('button', { name: 'Terminé' }));
    expect(screen.getByRole('heading', { name: 'Prêt pour le prochain appel' })).toBeVisible();
    expect(parseSettings(storage.getItem(settingsKey)).settings.language).toBe('fr');
  });

  it('names HubSpot’s outcomes as HubSpot does in Japanese', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('ja'));
    await widget.dial();
    expect(screen.getByRole('button', { name: '接続済み' })).toBeVisible();
    expect(screen.getByRole('button', { name: '応答なし' })).toBeVisible();
    expect(screen.getByRole('button', { name: '話し中' })).toBeVisible();
  });
});

describe('follow-up texts in the agent’s language', () => {
  it('offers the Japanese default after 応答なし, with the honorific gone when no name is known', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('ja'));
    await widget.dial();
    await widget.user.click(screen.getByRole('button', { name: '応答なし' }));
    await widget.user.click(screen.getByRole('button', { name: 'SMSを送信' }));
    expect(screen.getByRole('combobox', { name: 'テンプレート' })).toHaveDisplayValue('応答なし');
    expect(screen.getByRole('textbox', { name: 'メッセージ' })).toHaveValue(
      '先ほどお電話いたしましたが、つながりませんでした。ご都合のよいお時間をお知らせいただけますでしょうか。',
    );
    expect(screen.getByRole('button', { name: 'SMS送信済み' })).toBeEnabled();
  });

  it('lists the French defaults in Settings when the agent switches to French', async () => {
    const widget = await renderWidget();
    await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
    await widget.user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    const list = await screen.findByRole('list', { name: 'Modèles de SMS' });
    expect(list).toHaveTextContent('Appel sans réponse');
    expect(list).toHaveTextContent('Ligne occupée');
    expect(list).toHaveTextContent('Merci pour l’appel');
  });
});

describe('outcome shortcuts on the handoff screen', () => {
  it('announces each key and keeps the button’s name', async () => {
    const widget = await renderWidget();
    await widget.dial();
    const connected = screen.getByRole('button', { name: 'Connected' });
    expect(connected).toHaveAttribute('aria-keyshortcuts', 'C');
    expect(screen.getByRole('button', { name: 'Cancel call' })).toHaveAttribute(
      'aria-keyshortcuts',
      'X',
    );
  });

  it('logs "No answer" on N', async () => {
    const widget = await renderWidget();
    await widget.dial();
    await widget.user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'Log the call' })).toBeVisible();
    expect(widget.sent.map((message) => message.type)).toContain('callEnded');
  });

  it('ignores the keys in a field and with a modifier', async () => {
    const widget = await renderWidget();
    await widget.dial();
    const before = widget.sent.length;
    await widget.user.click(screen.getByRole('textbox', { name: 'Deep link' }));
    await widget.user.keyboard('c');
    await widget.user.keyboard('{Shift>}c{/Shift}');
    expect(widget.sent.length).toBe(before);
    expect(screen.getByRole('heading', { name: 'Call on your phone' })).toBeVisible();
  });

  it('answers an incoming call on A', async () => {
    const widget = await renderWidget();
    await widget.user.click(screen.getByRole('button', { name: 'Incoming call' }));
    await widget.user.type(
      screen.getByRole('textbox', { name: "Caller's number" }),
      '+33 1 23 45 67 89',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Log incoming call' }));
    expect(await screen.findByRole('heading', { name: 'Incoming call' })).toBeVisible();
    await widget.user.keyboard('a');
    expect(await screen.findByRole('button', { name: 'End call' })).toBeVisible();
  });
});

describe('the polite announcer', () => {
  it('says when the call connects, not every second', async () => {
    const widget = await renderWidget();
    await widget.dial();
    const announcer = screen.getByTestId('announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent('Call handed to your phone.');
    await widget.user.click(screen.getByRole('button', { name: 'Connected' }));
    expect(announcer).toHaveTextContent('Call connected. The timer is running.');
  });
});

describe('greetings in Vietnamese', () => {
  it('greets Nguyễn Thị Lan by her given name, Lan', async () => {
    const lookupAnswer = JSON.stringify([{ name: 'Nguyễn Thị Lan' }]);
    const widget = await renderWidget({
      fetch: () => Promise.resolve(new Response(lookupAnswer, { status: 200 })),
    });
    await act(async () => {
      widget.controller.saveSettings({
        ...widget.state().settings,
        language: 'vi',
        lookup: {
          ...widget.state().settings.lookup,
          rootUrl: 'https://crm.example.vn/api',
          headerValue: 'token-of-the-agent',
        },
      });
    });
    await widget.dial();
    await screen.findByRole('heading', { name: /Nguyễn Thị Lan/ });
    await widget.user.click(screen.getByRole('button', { name: 'Không trả lời' }));
    await widget.user.click(screen.getByRole('button', { name: 'Gửi tin nhắn' }));
    expect(screen.getByRole('textbox', { name: 'Nội dung' })).toHaveValue(
      'Xin chào anh/chị Lan, em vừa gọi cho anh/chị nhưng chưa liên lạc được. Khi nào anh/chị tiện nghe máy ạ?',
    );
  });
});
