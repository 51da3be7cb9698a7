import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWidget } from '../../support/render-widget';

const jwt = (payload: object) =>
  ['{"alg":"HS256","typ":"JWT"}', JSON.stringify(payload)]
    .map((part) => btoa(part).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))
    .concat('c2lnbmF0dXJlLW9mLXRoaXJ0eS10d28tYnl0ZXMtLS0')
    .join('.');

async function openCareSoftSettings() {
  const widget = await renderWidget();
  await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
  await widget.user.click(screen.getByRole('radio', { name: 'CareSoft CsCall' }));
  return widget;
}

type Widget = Awaited<ReturnType<typeof openCareSoftSettings>>;

async function enter(widget: Widget, domain: string, token: string) {
  await widget.user.type(screen.getByRole('textbox', { name: 'CareSoft domain' }), domain);
  await widget.user.click(screen.getByLabelText('CsCall token'));
  await widget.user.paste(token);
}

describe('CareSoftSetup', () => {
  it('shows which extension a pasted token belongs to', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', jwt({ ipphone: '1001' }));
    expect(screen.getByText(/Token for extension 1001, no expiry date/)).toBeInTheDocument();
  });

  it('warns when the token has expired', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', jwt({ ipphone: '1001', exp: 1_000 }));
    expect(screen.getByRole('alert')).toHaveTextContent('has expired');
  });

  it('refuses a token that is not a CsCall token, in plain words', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', 'not-a-token');
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('three parts separated by dots');
    expect(widget.state().settings.careSoft.token).toBe('');
  });

  it('refuses a domain that is a web address', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'https://test.caresoft.vn', jwt({ ipphone: '1001' }));
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    expect(widget.state().settings.careSoft.domain).toBe('');
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(0);
  });

  it('shows the direct login link once saved, and tells HubSpot when the agent confirms and logs out', async () => {
    const widget = await openCareSoftSettings();
    const token = jwt({ ipphone: '1001' });
    await enter(widget, 'test', token);
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    const href = screen.getByRole('link', { name: 'Open here' }).getAttribute('href');
    expect(href).toBe(`https://mapi.caresoft.vn/dangnhap?appToken=${token}&appDomain=test`);
    // Never chosen: the agent follows the default, whatever it becomes.
    expect(widget.state().settings.careSoft.linkMode).toBeNull();
    widget.sent.length = 0;
    await widget.user.click(screen.getByRole('button', { name: "I'm logged in" }));
    expect(screen.getByText('Logged in to CsCall.')).toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(widget.sentTypes()).toEqual(['userLoggedIn', 'userLoggedOut']);
  });

  it("offers CareSoft's documented page.link wrapper as an option, saying it is dead", async () => {
    const widget = await openCareSoftSettings();
    const linkType = screen.getByRole('combobox', { name: 'Link type' });
    expect(
      within(linkType)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Direct link (mapi.caresoft.vn), the default',
      "CareSoft's documented link (caresoftcall.page.link): Firebase Dynamic Links, shut down in August 2025",
    ]);
    const token = jwt({ ipphone: '1001' });
    await enter(widget, 'test', token);
    await widget.user.selectOptions(linkType, 'dynamic-link');
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    expect(screen.getByRole('link', { name: 'Open here' }).getAttribute('href')).toBe(
      `https://caresoftcall.page.link/?link=${encodeURIComponent(`https://mapi.caresoft.vn/dangnhap?appToken=${token}&appDomain=test`)}&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1`,
    );
    expect(widget.state().settings.careSoft.linkMode).toBe('dynamic-link');
  });

  it("saves the account's country and how CsCall dials abroad", async () => {
    const widget = await openCareSoftSettings();
    const country = screen.getByRole('combobox', { name: "Your CareSoft account's country" });
    expect(country).toHaveValue('VN');
    expect(within(country).getByRole('option', { selected: true })).toHaveTextContent(
      'Vietnam (VN)',
    );
    await enter(widget, 'test', jwt({ ipphone: '1001' }));
    await widget.user.selectOptions(country, 'FR');
    await widget.user.selectOptions(
      screen.getByRole('combobox', { name: 'Numbers abroad' }),
      '+ and the country code (+14107934326)',
    );
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    expect(widget.state().settings.careSoft).toMatchObject({
      country: 'FR',
      internationalPrefix: '+',
    });
  });
});
