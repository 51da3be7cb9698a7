import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lookupCaller } from '../../src/lookup/lookup-caller';
import {
  type LookupConfig,
  lookupDefaults,
  maxLookupTimeoutMs,
} from '../../src/lookup/lookup-config';
import { runWorkflow, workflowInputsFor } from '../../src/lookup/run-workflow';
import type { FetchLike } from '../../src/lookup/service-exchange';
import {
  type DemoListing,
  demoDirectory,
  demoLogos,
  demoLookupService,
  demoWorkflows,
} from '../../src/mocks/demo-directory';
import { server } from '../../src/mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const root = demoLookupService.rootUrl;
const token = { [demoLookupService.headerName]: demoLookupService.headerValue };
const viaNetwork: FetchLike = (url, init) => fetch(url, init);

const demo: LookupConfig = {
  ...demoLookupService,
  method: 'POST',
  timeoutMs: lookupDefaults.timeoutMs,
};

function listingsOf(kind: DemoListing['answer']['kind']) {
  return demoDirectory.filter((listing) => listing.answer.kind === kind);
}

function entriesOf(listing: DemoListing): readonly Record<string, unknown>[] {
  return listing.answer.kind === 'entries' || listing.answer.kind === 'slow'
    ? listing.answer.entries
    : [];
}

describe('the demo directory', () => {
  it('has a number for each state an agent can see', () => {
    expect(listingsOf('entries').length).toBeGreaterThanOrEqual(5);
    expect(listingsOf('slow')).toHaveLength(1);
    expect(listingsOf('unreachable')).toHaveLength(1);
    expect(listingsOf('invalidJson')).toHaveLength(1);
    expect(listingsOf('networkError')).toHaveLength(1);
  });

  it('has contacts from two CRMs, each with its own logo', () => {
    const crms = new Map<unknown, unknown>();
    for (const listing of listingsOf('entries')) {
      for (const entry of entriesOf(listing)) {
        crms.set(entry.crmName ?? entry.CrmName, entry.crmLogo ?? entry.CrmLogo);
      }
    }
    expect(crms.get('SugarCRM')).toBe(demoLogos.sugarcrm);
    expect(crms.get('Odoo')).toBe(demoLogos.odoo);
  });

  it('has one switchboard number shared by three contacts', () => {
    const switchboards = listingsOf('entries').filter((listing) => entriesOf(listing).length === 3);
    expect(switchboards.map((listing) => listing.number)).toEqual(['+41446681800']);
  });

  it('is slow past the default timeout, but within the longest one an agent can set', () => {
    const [slow] = listingsOf('slow');
    const afterMs = slow?.answer.kind === 'slow' ? slow.answer.afterMs : 0;
    expect(afterMs).toBeGreaterThan(lookupDefaults.timeoutMs);
    expect(afterMs).toBeLessThan(maxLookupTimeoutMs);
  });

  it('lists each number once, in E.164', () => {
    const numbers = demoDirectory.map((listing) => listing.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(number).toMatch(/^\+[1-9]\d{6,14}$/);
  });
});

describe('the demo lookup service', () => {
  it.each(listingsOf('entries').map((listing) => [listing.number, listing] as const))(
    'answers %s with the contacts it lists, every one readable',
    async (number, listing) => {
      const result = await lookupCaller(demo, { e164: number }, { fetch: viaNetwork });
      const names = entriesOf(listing).map((entry) => entry.name ?? entry.Name);
      expect(result).toMatchObject({ kind: 'matches', nameless: 0 });
      if (result.kind === 'matches')
        expect(result.entries.map((entry) => entry.name)).toEqual(names);
    },
  );

  it('answers a number it does not know with 200 []', async () => {
    const response = await fetch(`${root}/Lookup?PhoneNumber=14155550132`, { headers: token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it('answers GET as well as POST', async () => {
    const result = await lookupCaller(
      { ...demo, method: 'GET' },
      { e164: '+14107934326' },
      { fetch: viaNetwork },
    );
    expect(result.kind).toBe('matches');
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { [demoLookupService.headerName]: 'guess' }],
  ])('refuses a lookup with %s (401)', async (_, headers) => {
    const response = await fetch(`${root}/Lookup?PhoneNumber=14107934326`, { headers });
    expect(response.status).toBe(401);
  });

  it('refuses a lookup whose query and body disagree (400)', async () => {
    const response = await fetch(`${root}/Lookup?PhoneNumber=14107934326`, {
      method: 'POST',
      headers: { ...token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ inputs: { phoneNumber: '33123456789' } }),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a lookup without digits in PhoneNumber (400)', async () => {
    const response = await fetch(`${root}/Lookup?PhoneNumber=%2B14107934326`, { headers: token });
    expect(response.status).toBe(400);
  });

  it('answers the CORS preflight without a token, allowing the token header', async () => {
    const response = await fetch(`${root}/Lookup?PhoneNumber=14107934326`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://localhost:9025',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-execution-token, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('X-Execution-Token');
  });

  it('serves both CRM logos as SVG, without a token', async () => {
    for (const logo of Object.values(demoLogos)) {
      const response = await fetch(logo);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
      expect(await response.text()).toMatch(/^<svg /);
    }
  });
});

describe('the demo workflows', () => {
  const inputs = workflowInputsFor({
    direction: 'outgoing',
    ourNumber: '+13239991234',
    theirNumber: '+41446681800',
    entry: { id: 'c-30115', name: 'Sophie Brunner' },
    agent: { crmId: 'u-1', name: 'Sam Agent' },
    startedAt: Date.UTC(2025, 0, 2, 8),
    answeredAt: null,
    endedAt: Date.UTC(2025, 0, 2, 8, 0, 30),
  });

  it.each(Object.keys(demoWorkflows))(
    'runs %s and returns an id and an https link',
    async (name) => {
      const result = await runWorkflow(demo, name, inputs, { fetch: viaNetwork });
      expect(result).toMatchObject({ kind: 'done', id: expect.any(String) });
      if (result.kind === 'done') expect(result.url).toMatch(/^https:\/\//);
    },
  );

  it('refuses a body that strays from the contract (400)', async () => {
    const response = await fetch(`${root}/CallFlow`, {
      method: 'POST',
      headers: { ...token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ inputs: { ...inputs, direction: 'inbound' } }),
    });
    expect(response.status).toBe(400);
  });

  it('answers an unknown workflow with 404', async () => {
    const result = await runWorkflow(demo, 'SendInvoice', inputs, { fetch: viaNetwork });
    expect(result).toMatchObject({ kind: 'failed' });
  });
});
