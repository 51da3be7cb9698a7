import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoLookupService } from '../../../src/mocks/demo-directory';
import { server } from '../../../src/mocks/node';
import { renderWidget } from '../../support/render-widget';
import { contactDial } from '../../support/test-widget';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderWithLookup() {
  return renderWidget({
    admin: { lookup: { rootUrl: demoLookupService.rootUrl } },
    fetch: (url, init) => fetch(url, init),
  });
}

const dialOf = (phoneNumber: string, countryCode: string) => ({
  ...contactDial,
  phoneNumber,
  countryCode,
});

const panel = () => screen.getByRole('region', { name: 'Caller lookup' });

describe('CallerPanel', () => {
  it('shows who the number belongs to, with CRM links, logo and custom data', async () => {
    const widget = await renderWithLookup();
    await widget.dial();
    expect(await within(panel()).findByRole('heading', { name: /Emily Carter/ })).toBeVisible();
    const logo = within(panel()).getByRole('img');
    expect(logo).toHaveAttribute('title', 'SugarCRM');
    expect(within(panel()).getByRole('link', { name: 'Contact page' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );
    expect(panel().querySelectorAll('dt').length).toBeGreaterThan(0);
  });

  it('asks the agent who answers a shared switchboard number, and names the call', async () => {
    const widget = await renderWithLookup();
    await widget.dial(dialOf('+41 44 668 18 00', 'CH'));
    const choices = await within(panel()).findAllByRole('radio');
    expect(choices).toHaveLength(3);
    await widget.user.click(choices[2] as HTMLElement);
    expect(within(panel()).getByRole('heading', { level: 2 })).toBeVisible();
    expect(widget.phase()).toMatchObject({ call: { calleeName: expect.any(String) } });
  });

  it('runs a business workflow and offers its result link', async () => {
    const widget = await renderWithLookup();
    await widget.dial();
    const button = await within(panel()).findByRole('button', { name: 'CreateTicket' });
    await widget.user.click(button);
    expect(await within(panel()).findByRole('link', { name: 'Open the result' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    );
  });

  it('shows markup in a name as text, never as HTML', async () => {
    const widget = await renderWithLookup();
    await widget.dial(dialOf('+1 202-555-0103', 'US'));
    expect(
      await within(panel()).findByRole('heading', { name: /<img src=x onerror=alert\(1\)>/ }),
    ).toBeVisible();
    expect(panel().querySelector('img[src="x"]')).toBeNull();
  });

  it('says a number the service does not know is not found there, not an unknown caller', async () => {
    const widget = await renderWithLookup();
    await widget.dial(dialOf('+1 415 555 0199', 'US'));
    expect(
      await within(panel()).findByRole('heading', { name: 'Not found in your lookup service' }),
    ).toBeVisible();
    expect(panel()).not.toHaveTextContent(/unknown caller/i);
  });

  it('leads with the name the lookup gave, the number next and HubSpot’s record id last', async () => {
    const widget = await renderWithLookup();
    await widget.dial();
    await within(panel()).findByRole('heading', { name: /Emily Carter/ });
    const summary = screen.getByText('Contact record #101').parentElement as HTMLElement;
    const lines = [...summary.children].map((line) => line.textContent);
    expect(lines).toEqual(['Emily Carter', '+1 410 793 4326', 'Contact record #101']);
  });

  it('says the service is unreachable on a 404, not that nobody matched', async () => {
    const widget = await renderWithLookup();
    await widget.dial(dialOf('+1 202-555-0101', 'US'));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('unreachable');
  });

  it('reports a blocked request as network or CORS', async () => {
    const widget = await renderWithLookup();
    await widget.dial(dialOf('+1 202-555-0104', 'US'));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent(
      'the lookup service did not answer (network or CORS)',
    );
  });

  it('asks for the token when the admin set the service but the agent has not', async () => {
    const widget = await renderWidget({
      admin: { lookup: { rootUrl: 'https://crm.example.com/api' } },
    });
    await widget.dial();
    expect(panel()).toHaveTextContent('Caller lookup is not set up');
  });
});
