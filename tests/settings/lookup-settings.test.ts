import { describe, expect, it } from 'vitest';
import { adminDefaultsFrom } from '../../src/settings/admin-defaults';
import { defaultLookupSettings, effectiveLookup } from '../../src/settings/lookup-settings';
import { english } from '../support/in-english';

const agent = defaultLookupSettings;

describe('effectiveLookup', () => {
  it('is off with no service URL anywhere', () => {
    expect(effectiveLookup(agent, {})).toEqual({ status: 'off' });
  });

  it("uses the admin's URL preset with the agent's token", () => {
    const lookup = effectiveLookup(
      { ...agent, headerValue: 'agent-token' },
      { rootUrl: 'https://crm.example.com/api', timeoutMs: 3000 },
    );
    expect(lookup).toMatchObject({
      status: 'ready',
      config: {
        rootUrl: 'https://crm.example.com/api',
        headerName: 'X-Execution-Token',
        headerValue: 'agent-token',
        method: 'POST',
        timeoutMs: 3000,
      },
    });
  });

  it("lets the agent's own values win over the admin's", () => {
    const lookup = effectiveLookup(
      { ...agent, rootUrl: 'https://mine.example.com', headerValue: 't', method: 'GET' },
      { rootUrl: 'https://crm.example.com/api', method: 'POST' },
    );
    expect(lookup).toMatchObject({
      config: { rootUrl: 'https://mine.example.com', method: 'GET' },
    });
  });

  it('asks for a token when the admin set the service but the agent has none', () => {
    const lookup = effectiveLookup(agent, { rootUrl: 'https://crm.example.com/api' });
    expect(lookup).toMatchObject({ status: 'invalid', problems: [{ field: 'headerValue' }] });
  });

  it('gives a service with a public token (the demo) that token, when the agent has none', () => {
    const root = 'https://localhost:9025/demo-lookup/api';
    const demo = { rootUrls: [root], headerValue: 'demo-token' };
    expect(effectiveLookup(agent, { rootUrl: root }, demo)).toMatchObject({
      status: 'ready',
      config: { headerValue: 'demo-token' },
    });
    expect(effectiveLookup(agent, { rootUrl: 'https://crm.example.com/api' }, demo)).toMatchObject({
      status: 'invalid',
      problems: [{ field: 'headerValue' }],
    });
  });

  it('refuses plain http to anything but this machine', () => {
    const lookup = effectiveLookup(
      { ...agent, rootUrl: 'http://crm.example.com', headerValue: 't' },
      {},
    );
    expect(lookup.status).toBe('invalid');
  });
});

describe('adminDefaultsFrom', () => {
  it('reads the phone app and the lookup presets from the widget URL', () => {
    expect(
      adminDefaultsFrom('?provider=caresoft&lookupUrl=https%3A%2F%2Fcrm.example.com%2Fapi'),
    ).toEqual({
      provider: 'careSoft',
      lookup: { rootUrl: 'https://crm.example.com/api' },
      problems: [],
      demoLookup: null,
      phoneSync: false,
      phoneSyncUnread: null,
    });
  });

  it('refuses a token in the URL and says why', () => {
    const { problems, lookup } = adminDefaultsFrom('?lookupToken=abc');
    expect(lookup).toEqual({});
    const worded = problems.map(english);
    expect(worded[0]).toMatch(/Tokens do not belong in the widget URL/);
    expect(worded.join(' ')).not.toContain('abc');
  });
});
