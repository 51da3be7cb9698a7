import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubSpotStandIn } from '../../src/mocks/hubspot-crm-api';

// The stand-in must behave like HubSpot where the sync service's traps live: if search saw
// writes at once, or numbers came back as written, the trap tests would prove nothing.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function portal(searchLagMs = 4000) {
  let now = Date.parse('2026-03-02T15:00:00Z');
  const hubSpot = new HubSpotStandIn({ now: () => now, accessToken: 'token', searchLagMs });
  server.resetHandlers(...hubSpot.handlers);
  const request = (method: string, path: string, body?: unknown, token = 'token') =>
    fetch(`https://api.hubapi.com${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    hubSpot,
    request,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const byKey = {
  filterGroups: [
    { filters: [{ propertyName: 'hs_call_external_id', operator: 'EQ', value: 'openphone:AC1' }] },
  ],
  properties: ['hs_call_to_number'],
};

describe('the HubSpot CRM stand-in', () => {
  it('search does not see a write until the lag has passed; reading by id does at once', async () => {
    const { request, advance } = portal();
    const created = await request('POST', '/crm/v3/objects/calls', {
      properties: { hs_call_external_id: 'openphone:AC1', hs_call_to_number: '+12025550143' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    expect(
      await (await request('POST', '/crm/v3/objects/calls/search', byKey)).json(),
    ).toMatchObject({ total: 0 });
    const read = await request('POST', '/crm/v3/objects/calls/batch/read', {
      inputs: [{ id }],
      properties: ['hs_call_external_id'],
    });
    expect(await read.json()).toMatchObject({
      results: [{ id, properties: { hs_call_external_id: 'openphone:AC1' } }],
    });

    advance(4001);
    expect(
      await (await request('POST', '/crm/v3/objects/calls/search', byKey)).json(),
    ).toMatchObject({
      total: 1,
      results: [{ id, properties: { hs_call_to_number: '+1 202 555 0143' } }],
    });
  });

  it('refuses a wrong token, an unknown property, and answers 429s with Retry-After when asked', async () => {
    const { hubSpot, request } = portal();
    expect((await request('POST', '/crm/v3/objects/calls/search', byKey, 'stolen')).status).toBe(
      401,
    );
    expect(
      (await request('POST', '/crm/v3/objects/calls', { properties: { hs_call_notes: 'x' } }))
        .status,
    ).toBe(400);
    hubSpot.failNext({ status: 429, retryAfterSeconds: 2 });
    const limited = await request('POST', '/crm/v3/objects/calls/search', byKey);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
  });

  it('limits search to a few requests a second when asked', async () => {
    const { hubSpot, request, advance } = portal();
    hubSpot.searchPerSecond = 4;
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1)
      statuses.push((await request('POST', '/crm/v3/objects/calls/search', byKey)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    advance(1000);
    expect((await request('POST', '/crm/v3/objects/calls/search', byKey)).status).toBe(200);
  });

  it('finds a contact by the national digits of a number typed any way', async () => {
    const { hubSpot, request, advance } = portal(0);
    const emily = hubSpot.addContact({ phone: '(202) 555-0143' });
    const lan = hubSpot.addContact({ phone: '0988 888 888' });
    advance(1);
    const search = (digits: string) =>
      request('POST', '/crm/v3/objects/contacts/search', {
        filterGroups: [
          {
            filters: [
              {
                propertyName: 'hs_searchable_calculated_phone_number',
                operator: 'EQ',
                value: digits,
              },
            ],
          },
        ],
      });
    expect(await (await search('2025550143')).json()).toMatchObject({ results: [{ id: emily }] });
    expect(await (await search('988888888')).json()).toMatchObject({ results: [{ id: lan }] });
  });
});
