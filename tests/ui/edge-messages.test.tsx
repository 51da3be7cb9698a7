import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../src/i18n/i18n';
import { renderWidget } from '../support/render-widget';
import { contactDial } from '../support/test-widget';

// What the edge modules (handoff/, lookup/, settings/) refuse reaches the agent as a code
// and is worded on screen in the agent's language, like every other word of the widget.

afterEach(() => {
  act(() => setLanguage('en'));
  vi.unstubAllGlobals();
});

describe('refusals from the edge modules, in the agent’s language', () => {
  it('says why HubSpot’s number cannot be dialled in French, and again in Vietnamese after a switch', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('fr'));
    await widget.dial({ ...contactDial, phoneNumber: '1-800-FLOWERS' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Un numéro de téléphone ne contient que des chiffres : les lettres (et les extensions comme « poste 12 ») ne peuvent pas être composées depuis un lien.',
    );
    act(() => setLanguage('vi'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Số điện thoại chỉ gồm chữ số; chữ cái (và số máy lẻ như "ext. 12") không thể gọi từ một liên kết.',
    );
  });

  it('names the contact’s country in Japanese when a corrected number is too short', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('ja'));
    await widget.dial({ ...contactDial, phoneNumber: 'call me', countryCode: 'FR' });
    const field = screen.getByRole('textbox', { name: '電話番号' });
    await widget.user.clear(field);
    await widget.user.type(field, '123');
    await widget.user.click(screen.getByRole('button', { name: 'この番号にコール' }));
    expect(await screen.findByText('フランスの電話番号としては短すぎます。')).toBeVisible();
  });

  it('words a teammate’s refused name and number in Vietnamese', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('vi'));
    await widget.user.click(screen.getByRole('button', { name: 'Cài đặt' }));
    await widget.user.type(screen.getByRole('textbox', { name: 'Số của đồng nghiệp' }), '@99');
    await widget.user.click(screen.getByRole('button', { name: 'Thêm đồng nghiệp' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Hãy nhập tên đồng nghiệp.');
    await widget.user.type(screen.getByRole('textbox', { name: 'Tên đồng nghiệp' }), 'Lan');
    await widget.user.clear(screen.getByRole('textbox', { name: 'Số của đồng nghiệp' }));
    await widget.user.type(
      screen.getByRole('textbox', { name: 'Số của đồng nghiệp' }),
      '0988 888 888',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Thêm đồng nghiệp' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Hãy nhập số kèm dấu + và mã quốc gia (ví dụ +84 988 888 888), hoặc số trực tiếp của đồng nghiệp như @9997934326.',
    );
  });

  it('words a template’s refused attachment in French, the size in French digits', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('fr'));
    await widget.user.click(screen.getByRole('button', { name: 'Paramètres' }));
    await widget.user.click(screen.getByRole('button', { name: 'Nouveau modèle' }));
    await widget.user.type(screen.getByRole('textbox', { name: 'Nom du modèle' }), 'Brochure');
    await widget.user.click(screen.getByRole('textbox', { name: 'Texte du modèle' }));
    await widget.user.paste('x'.repeat(1_601));
    await widget.user.click(screen.getByRole('textbox', { name: /Pièces jointes/ }));
    await widget.user.paste('http://example.com/brochure.pdf');
    await widget.user.click(screen.getByRole('button', { name: 'Ajouter le modèle' }));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Un modèle compte au plus 1\u202f600 caractères (la limite d’OpenPhone pour un SMS) ; celui-ci en a 1\u202f601.',
      'La pièce jointe « http://example.com/brochure.pdf » doit être un lien https://.',
    ]);
  });

  it('words the lookup settings it refuses in Japanese', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('ja'));
    await widget.user.click(screen.getByRole('button', { name: '設定' }));
    await widget.user.type(
      screen.getByRole('textbox', { name: '照会サービスのURL' }),
      'http://crm.example.com/api',
    );
    await widget.user.click(screen.getByRole('button', { name: '完了' }));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'アドレスは https:// で始まる必要があります（http は localhost のみ）。トークンが暗号化されずに送られてしまいます。',
    );
  });
});

describe('what a deep link does, in the agent’s language', () => {
  it('labels the big button on a phone in Japanese', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(pointer: coarse)',
      media: query,
    }));
    const widget = await renderWidget();
    act(() => setLanguage('ja'));
    await widget.dial();
    expect(screen.getByRole('link', { name: 'OpenPhoneでコール' })).toHaveAttribute(
      'href',
      'openphone://dial?number=%2B14107934326&action=call',
    );
  });

  it('names the QR code after what it does, in French', async () => {
    const widget = await renderWidget();
    act(() => setLanguage('fr'));
    await widget.dial();
    expect(screen.getByRole('img', { name: /Appeler avec OpenPhone/ })).toBeInTheDocument();
  });
});
