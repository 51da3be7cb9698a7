import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLookupConfig,
  type LookupConfigInput,
  type LookupField,
  lookupDefaults,
  readLookupDefaultsFromUrl,
} from '../../src/lookup/lookup-config';
import { english, inEnglish } from '../support/in-english';

const valid: LookupConfigInput = {
  rootUrl: 'https://crm.example.com/services',
  method: 'POST',
  headerName: 'X-Execution-Token',
  headerValue: 'jlvlkdshvovdjhwgjwogjhwg',
  timeoutMs: 2000,
};

function configOf(input: LookupConfigInput) {
  const check = checkLookupConfig(input);
  if (!check.ok) throw new Error(`expected a valid config, got ${JSON.stringify(check.problems)}`);
  return check.config;
}

function problemsOf(input: LookupConfigInput): Partial<Record<LookupField, string>> {
  const check = checkLookupConfig(input);
  if (check.ok) throw new Error('expected problems');
  return Object.fromEntries(check.problems.map(({ field, problem }) => [field, english(problem)]));
}

describe('checkLookupConfig', () => {
  it('accepts the example of the contract', () => {
    expect(configOf(valid)).toEqual({
      rootUrl: 'https://crm.example.com/services',
      method: 'POST',
      headerName: 'X-Execution-Token',
      headerValue: 'jlvlkdshvovdjhwgjwogjhwg',
      timeoutMs: 2000,
    });
  });

  it('takes POST, X-Execution-Token and 2000 ms when left empty', () => {
    const config = configOf({ rootUrl: valid.rootUrl, headerValue: 'abc' });
    expect(config).toMatchObject({
      method: 'POST',
      headerName: 'X-Execution-Token',
      timeoutMs: 2000,
    });
    expect(lookupDefaults).toEqual({
      method: 'POST',
      headerName: 'X-Execution-Token',
      timeoutMs: 2000,
    });
  });

  it.each([
    ['https://crm.example.com/services/', 'https://crm.example.com/services'],
    ['https://crm.example.com/services///', 'https://crm.example.com/services'],
    ['https://crm.example.com', 'https://crm.example.com'],
    ['https://crm.example.com/', 'https://crm.example.com'],
    ['  https://CRM.Example.com:8443/api  ', 'https://crm.example.com:8443/api'],
    ['https://crm.example.com:443/api', 'https://crm.example.com/api'],
  ])('normalises the root %j to %j', (rootUrl, root) => {
    expect(configOf({ ...valid, rootUrl }).rootUrl).toBe(root);
  });

  it.each(['http://localhost:8080/api', 'http://127.0.0.1:8080/api', 'http://[::1]:8080/api'])(
    'allows plain http for this machine: %s',
    (rootUrl) => {
      expect(configOf({ ...valid, rootUrl }).rootUrl).toBe(rootUrl);
    },
  );

  it.each([
    ['http://crm.example.com/api', 'https://'],
    ['http://192.168.1.20/api', 'https://'],
    ['ftp://crm.example.com/api', 'https://'],
    ['crm.example.com/api', 'https://'],
    ['', 'Enter the address'],
    ['https://crm.example.com/api?key=1', 'Remove everything from ? or #'],
    ['https://crm.example.com/api?', 'Remove everything from ? or #'],
    ['https://crm.example.com/api#x', 'Remove everything from ? or #'],
    ['https://admin:secret@crm.example.com/api', 'user name and password'],
    ['https://crm.example.com/services/Lookup', 'https://crm.example.com/services'],
  ])('refuses the root %j', (rootUrl, says) => {
    expect(problemsOf({ ...valid, rootUrl }).rootUrl).toContain(says);
  });

  it('points at the root when given the Lookup address itself', () => {
    expect(
      problemsOf({ ...valid, rootUrl: 'https://my-company.com/services/Lookup/' }).rootUrl,
    ).toBe(
      'Enter the root address without /Lookup at the end (the widget adds it): https://my-company.com/services',
    );
  });

  it('reads the method whatever its case, and refuses others', () => {
    expect(configOf({ ...valid, method: 'get' }).method).toBe('GET');
    expect(problemsOf({ ...valid, method: 'PUT' }).method).toBe(
      'Choose POST (with a JSON body, the default) or GET (no body).',
    );
  });

  it.each(['X-Execution-Token', 'Authorization', 'X-Api-Key', "x_token.v2!#$%&'*+^`|~"])(
    'accepts the header name %s',
    (headerName) => {
      expect(configOf({ ...valid, headerName }).headerName).toBe(headerName);
    },
  );

  it.each(['X Token', 'X-Token:', 'Jeton-Été', '', 'X-Token\r\nInjected: 1'])(
    'refuses the header name %j',
    (headerName) => {
      expect(problemsOf({ ...valid, headerName }).headerName).toBeDefined();
    },
  );

  it.each(['Cookie', 'origin', 'Content-Type', 'Sec-Token', 'Proxy-Authorization'])(
    'refuses %s, which browsers never send from a page (or we set ourselves)',
    (headerName) => {
      expect(problemsOf({ ...valid, headerName }).headerName).toContain('Browsers never send');
    },
  );

  it('trims the line break a pasted token brings along', () => {
    expect(configOf({ ...valid, headerValue: ' abc.def\n' }).headerValue).toBe('abc.def');
  });

  it.each([
    ['abc\r\ndef', 'one line'],
    ['abc\ndef', 'one line'],
    ['', 'Enter the token'],
    ['   ', 'Enter the token'],
    ['jeton-été', 'printable ASCII'],
    ['abc\u0000', 'printable ASCII'],
  ])('refuses the header value %j', (headerValue, says) => {
    expect(problemsOf({ ...valid, headerValue }).headerValue).toContain(says);
  });

  it.each([200, 2000, 30_000, '5000'])('accepts the timeout %j ms', (timeoutMs) => {
    expect(configOf({ ...valid, timeoutMs }).timeoutMs).toBe(Number(timeoutMs));
  });

  it.each([199, 30_001, 0, -1, 1500.5, Number.NaN, '', 'fast'])(
    'refuses the timeout %j',
    (timeoutMs) => {
      expect(problemsOf({ ...valid, timeoutMs }).timeoutMs).toBe(
        'Enter a timeout between 200 and 30000 milliseconds (default 2000).',
      );
    },
  );

  it('lists every problem at once', () => {
    const check = checkLookupConfig({
      rootUrl: 'http://crm.example.com',
      method: 'PATCH',
      headerName: 'Bad Name',
      headerValue: '',
      timeoutMs: 5,
    });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.map((problem) => problem.field)).toEqual([
        'rootUrl',
        'method',
        'headerName',
        'headerValue',
        'timeoutMs',
      ]);
    }
  });

  it('never throws, and a valid root always takes /Lookup cleanly', () => {
    const anyInput = fc.record(
      {
        rootUrl: fc.oneof(
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.anything(),
        ),
        method: fc.oneof(fc.constantFrom('POST', 'GET', 'post'), fc.anything()),
        headerName: fc.oneof(fc.string(), fc.anything()),
        headerValue: fc.oneof(fc.string(), fc.anything()),
        timeoutMs: fc.oneof(fc.integer(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        const check = checkLookupConfig(input);
        if (!check.ok) return;
        const lookup = new URL(`${check.config.rootUrl}/Lookup`);
        expect(lookup.protocol === 'https:' || lookup.hostname === 'localhost').toBe(true);
        expect(lookup.search).toBe('');
        expect(check.config.rootUrl.endsWith('/')).toBe(false);
        expect(
          () => new Headers({ [check.config.headerName]: check.config.headerValue }),
        ).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readLookupDefaultsFromUrl', () => {
  it('reads the presets an admin puts in the widget URL', () => {
    const search = new URLSearchParams({
      provider: 'openphone',
      lookupUrl: 'https://crm.example.com/services/',
      lookupMethod: 'get',
      lookupHeader: 'X-Api-Key',
      lookupTimeoutMs: '3500',
    });
    expect(readLookupDefaultsFromUrl(`?${search}`)).toEqual({
      defaults: {
        provider: 'openphone',
        rootUrl: 'https://crm.example.com/services',
        method: 'GET',
        headerName: 'X-Api-Key',
        timeoutMs: 3500,
      },
      problems: [],
    });
  });

  it('reads nothing from a URL without presets', () => {
    expect(readLookupDefaultsFromUrl('')).toEqual({ defaults: {}, problems: [] });
    expect(readLookupDefaultsFromUrl('?portalId=42')).toEqual({ defaults: {}, problems: [] });
  });

  it('keeps the valid presets and says why the others were ignored', () => {
    const { defaults, problems } = readLookupDefaultsFromUrl(
      '?provider=skype&lookupUrl=http%3A%2F%2Fcrm.example.com&lookupTimeoutMs=2500',
    );
    expect(defaults).toEqual({ timeoutMs: 2500 });
    expect(problems.map(inEnglish)).toEqual([
      { parameter: 'provider', message: 'Unknown provider “skype”: use openphone or caresoft.' },
      { parameter: 'lookupUrl', message: expect.stringContaining('https://') },
    ]);
  });

  it.each([
    'lookupToken',
    'lookupHeaderValue',
    'token',
    'apiKey',
    'lookupSecret',
    'X-Execution-Token',
  ])('refuses a token passed as %s, and tells the agent to use Settings', (parameter) => {
    const { defaults, problems } = readLookupDefaultsFromUrl(
      `?lookupUrl=https%3A%2F%2Fcrm.example.com&${parameter}=s3cr3t`,
    );
    expect(defaults).toEqual({ rootUrl: 'https://crm.example.com' });
    expect(problems.map(inEnglish)).toEqual([
      {
        parameter,
        message: `Tokens do not belong in the widget URL: “${parameter}” was ignored, since anyone who sees the address could use it. Remove it from the URL and ask each agent to enter it in Settings.`,
      },
    ]);
    expect(JSON.stringify({ defaults, problems })).not.toContain('s3cr3t');
  });

  it('refuses a token passed under the preset header name', () => {
    const { problems } = readLookupDefaultsFromUrl('?lookupHeader=X-Api-Key&x-api-key=s3cr3t');
    expect(problems.map((problem) => problem.parameter)).toEqual(['x-api-key']);
  });

  it('refuses a lookup URL that carries a query, where a token could hide', () => {
    const { defaults, problems } = readLookupDefaultsFromUrl(
      `?lookupUrl=${encodeURIComponent('https://crm.example.com/api?token=s3cr3t')}`,
    );
    expect(defaults).toEqual({});
    expect(problems[0]?.parameter).toBe('lookupUrl');
    expect(JSON.stringify(problems)).not.toContain('s3cr3t');
  });
});
