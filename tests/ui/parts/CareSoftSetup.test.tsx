import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { careSoftJwt } from '../../support/caresoft-signed-in';
import { renderWidget } from '../../support/render-widget';

async function openCareSoftSettings() {
  const widget = await renderWidget();
  await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
  await widget.user.click(screen.getByRole('radio', { name: 'CareSoft CsCall' }));
  return widget;
}

type Widget = Awaited<ReturnType<typeof openCareSoftSettings>>;

const done = (widget: Widget) => widget.user.click(screen.getByRole('button', { name: 'Done' }));

async function enter(widget: Widget, domain: string, token: string) {
  await widget.user.type(screen.getByRole('textbox', { name: 'CareSoft domain' }), domain);
  await widget.user.click(screen.getByLabelText('CsCall token'));
  await widget.user.paste(token);
}

describe('CareSoftSetup', () => {
  it('shows which extension a pasted token belongs to', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', careSoftJwt({ ipphone: '1001' }));
    expect(screen.getByText(/Token for extension 1001, no expiry date/)).toBeInTheDocument();
  });

  it('warns when the token has expired', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', careSoftJwt({ ipphone: '1001', exp: 1_000 }));
    expect(screen.getByRole('alert')).toHaveTextContent('has expired');
  });

  it('refuses a token that is not a CsCall token, in plain words', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', 'not-a-token');
    await done(widget);
    expect(screen.getByRole('alert')).toHaveTextContent('three parts separated by dots');
    expect(screen.getByLabelText('CsCall token')).toHaveFocus();
    expect(widget.state().settings.careSoft.token).toBe('');
    expect(widget.state().settings.provider).toBeNull();
  });

  it('refuses a domain that is a web address', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'https://test.caresoft.vn', careSoftJwt({ ipphone: '1001' }));
    await done(widget);
    expect(widget.state().settings.careSoft.domain).toBe('');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'CareSoft domain' })).toHaveFocus();
  });

  it('shows the direct login link for what is typed; Done saves the details and the login together', async () => {
    const widget = await openCareSoftSettings();
    const token = careSoftJwt({ ipphone: '1001' });
    await enter(widget, 'test', token);
    const href = screen.getByRole('link', { name: 'Open here' }).getAttribute('href');
    expect(href).toBe(`https://mapi.caresoft.vn/dangnhap?appToken=${token}&appDomain=test`);
    widget.sent.length = 0;
    await widget.user.click(screen.getByRole('button', { name: "I'm logged in" }));
    expect(screen.getByText('Logged in to CsCall.')).toBeInTheDocument();
    expect(widget.sentTypes()).toEqual([]);
    await done(widget);
    expect(widget.state().settings.careSoft).toMatchObject({
      token,
      domain: 'test',
      loggedIn: true,
    });
    // Never chosen: the agent follows the default, whatever it becomes.
    expect(widget.state().settings.careSoft.linkMode).toBeNull();
    // Signed in before (OpenPhone needs no sign-in) and after: no log out and back in.
    expect(widget.sentTypes()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Ready for your next call' })).toBeInTheDocument();
  });

  it('logs out on Done after Log out, and a new token needs a new login', async () => {
    const widget = await openCareSoftSettings();
    await enter(widget, 'test', careSoftJwt({ ipphone: '1001' }));
    await widget.user.click(screen.getByRole('button', { name: "I'm logged in" }));
    await done(widget);
    await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
    widget.sent.length = 0;
    await widget.user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(screen.getByRole('button', { name: "I'm logged in" })).toBeInTheDocument();
    await done(widget);
    expect(widget.state().settings.careSoft.loggedIn).toBe(false);
    expect(widget.sentTypes()).toEqual(['userLoggedOut']);

    await widget.user.click(screen.getByRole('button', { name: 'Settings' }));
    await widget.user.click(screen.getByRole('button', { name: "I'm logged in" }));
    await widget.user.clear(screen.getByLabelText('CsCall token'));
    await widget.user.click(screen.getByLabelText('CsCall token'));
    await widget.user.paste(careSoftJwt({ ipphone: '1002' }));
    // The login confirmed was for the other token.
    expect(screen.getByRole('button', { name: "I'm logged in" })).toBeInTheDocument();
    await done(widget);
    expect(widget.state().settings.careSoft.loggedIn).toBe(false);
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
    const token = careSoftJwt({ ipphone: '1001' });
    await enter(widget, 'test', token);
    await widget.user.selectOptions(linkType, 'dynamic-link');
    expect(screen.getByRole('link', { name: 'Open here' }).getAttribute('href')).toBe(
      `https://caresoftcall.page.link/?link=${encodeURIComponent(`https://mapi.caresoft.vn/dangnhap?appToken=${token}&appDomain=test`)}&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1`,
    );
    await done(widget);
    expect(widget.state().settings.careSoft.linkMode).toBe('dynamic-link');
  });

  it("saves the account's country and how CsCall dials abroad", async () => {
    const widget = await openCareSoftSettings();
    const country = screen.getByRole('combobox', { name: "Your CareSoft account's country" });
    expect(country).toHaveValue('VN');
    expect(within(country).getByRole('option', { selected: true })).toHaveTextContent(
      'Vietnam (VN)',
    );
    await enter(widget, 'test', careSoftJwt({ ipphone: '1001' }));
    await widget.user.selectOptions(country, 'FR');
    await widget.user.selectOptions(
      screen.getByRole('combobox', { name: 'Numbers abroad' }),
      '+ and the country code (+14107934326)',
    );
    await done(widget);
    expect(widget.state().settings.careSoft).toMatchObject({
      country: 'FR',
      internationalPrefix: '+',
    });
  });
});
