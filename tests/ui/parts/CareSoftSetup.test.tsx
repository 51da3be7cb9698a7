import { screen } from '@testing-library/react';
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
  await widget.user.click(screen.getByRole('textbox', { name: 'CsCall token' }));
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

  it('shows the login link once saved, and tells HubSpot when the agent confirms and logs out', async () => {
    const widget = await openCareSoftSettings();
    const token = jwt({ ipphone: '1001' });
    await enter(widget, 'test', token);
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    const href = screen.getByRole('link', { name: 'Open here' }).getAttribute('href');
    expect(href).toBe(
      `https://caresoftcall.page.link/?link=${encodeURIComponent(`https://mapi.caresoft.vn/dangnhap?appToken=${token}&appDomain=test`)}&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1`,
    );
    widget.sent.length = 0;
    await widget.user.click(screen.getByRole('button', { name: "I'm logged in" }));
    expect(screen.getByText('Logged in to CsCall.')).toBeInTheDocument();
    await widget.user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(widget.sentTypes()).toEqual(['userLoggedIn', 'userLoggedOut']);
  });

  it('uses the direct link when the admin switches away from page.link', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', jwt({ ipphone: '1001' }));
    await widget.user.selectOptions(screen.getByRole('combobox', { name: 'Link type' }), 'direct');
    await widget.user.click(screen.getByRole('button', { name: 'Save CsCall details' }));
    expect(screen.getByRole('link', { name: 'Open here' }).getAttribute('href')).toMatch(
      /^https:\/\/mapi\.caresoft\.vn\/dangnhap\?appToken=/,
    );
  });
});
