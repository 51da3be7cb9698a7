import fc from 'fast-check';
import { delay, HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type LookupResult,
  lookupCaller,
  maxCallerEntries,
  readLookupAnswer,
} from '../../src/lookup/lookup-caller';
import type { LookupConfig } from '../../src/lookup/lookup-config';
import type { FetchLike } from '../../src/lookup/service-exchange';
import { demoLogos, demoLookupService } from '../../src/mocks/demo-directory';
import { server } from '../../src/mocks/node';
import { english, inEnglish } from '../support/in-english';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const root = demoLookupService.rootUrl;
const lookupPath = `${root}/Lookup`;

const demo: LookupConfig = {
  rootUrl: root,
  method: 'POST',
  headerName: demoLookupService.headerName,
  headerValue: demoLookupService.headerValue,
  timeoutMs: 2000,
};

// msw replaces the global fetch when it listens: read it at call time, as the widget would
// pass `window.fetch`.
const viaNetwork: FetchLike = (url, init) => fetch(url, init);

/** Looks `e164` up, its problem worded as the agent reads it in English. */
async function lookUp(e164: string, config: Partial<LookupConfig> = {}, signal?: AbortSignal) {
  return inEnglish(
    await lookupCaller({ ...demo, ...config }, { e164 }, { fetch: viaNetwork, signal }),
  );
}

/** The service answers this, whatever the number. */
function serviceAnswers(response: () => Response | Promise<Response>) {
  server.use(http.all(lookupPath, response));
}

interface SeenRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

function recordRequests(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http.all(lookupPath, async ({ request }) => {
      seen.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.text(),
      });
      return HttpResponse.json([]);
    }),
  );
  return seen;
}

function matchesOf<T extends { kind: string }>(result: T): Extract<T, { kind: 'matches' }> {
  if (result.kind !== 'matches') throw new Error(`expected matches, got ${JSON.stringify(result)}`);
  return result as Extract<T, { kind: 'matches' }>;
}

const named = (name: string, more: Record<string, unknown> = {}) => ({ name, ...more });

describe('lookupCaller: the request (docs/contracts.md, lookup service, Lookup)', () => {
  it('POSTs <root>/Lookup?PhoneNumber=<digits> with the token header and the inputs as JSON', async () => {
    const seen = recordRequests();
    await lookUp('+41215522000');
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${root}/Lookup?PhoneNumber=41215522000`);
    expect(request?.headers.get('X-Execution-Token')).toBe('demo-token');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.body).toBe('{"inputs":{"phoneNumber":"41215522000"}}');
  });

  it('sends the query parameter as the document writes it: PhoneNumber=4178907228', async () => {
    const seen = recordRequests();
    await lookUp('+4178907228');
    expect(new URL(seen[0]?.url ?? '').search).toBe('?PhoneNumber=4178907228');
  });

  it('with GET sends the same address and header, and no body', async () => {
    const seen = recordRequests();
    await lookUp('+14107934326', { method: 'GET' });
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.url).toBe(`${root}/Lookup?PhoneNumber=14107934326`);
    expect(seen[0]?.headers.get('X-Execution-Token')).toBe('demo-token');
    expect(seen[0]?.headers.get('Content-Type')).toBeNull();
    expect(seen[0]?.body).toBe('');
  });

  it('uses the header name and value the agent configured', async () => {
    const seen = recordRequests();
    await lookUp('+14107934326', { headerName: 'Authorization', headerValue: 'Bearer abc.def' });
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer abc.def');
    expect(seen[0]?.headers.has('X-Execution-Token')).toBe(false);
  });

  it('sends no cookies and follows no redirect, so the token only goes to the configured root', async () => {
    const inits: RequestInit[] = [];
    await lookupCaller(
      demo,
      { e164: '+14107934326' },
      {
        fetch: async (_url, init) => {
          inits.push(init);
          return new Response('[]');
        },
      },
    );
    expect(inits[0]?.credentials).toBe('omit');
    expect(inits[0]?.redirect).toBe('manual');
  });

  it('sends the digits of any E.164 number, without +, in the query and the body', async () => {
    const e164 = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{1,14}$/))
      .map(([first, rest]) => `+${first}${rest}`);
    await fc.assert(
      fc.asyncProperty(e164, async (number) => {
        const seen: { url: string; body: string }[] = [];
        await lookupCaller(
          demo,
          { e164: number },
          {
            fetch: async (url, init) => {
              seen.push({ url, body: String(init.body) });
              return new Response('[]');
            },
          },
        );
        const digits = number.slice(1);
        expect(new URL(seen[0]?.url ?? '').searchParams.get('PhoneNumber')).toBe(digits);
        expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ inputs: { phoneNumber: digits } });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a number that is not E.164 without asking the service', async () => {
    const seen = recordRequests();
    const result = await lookUp('0988888888');
    expect(result).toEqual({
      kind: 'failed',
      message: '0988888888 is not a number the lookup service can search for.',
    });
    expect(seen).toHaveLength(0);
  });
});

describe('lookupCaller: what the service answers', () => {
  it('reads a match with every field of the contract', async () => {
    const result = await lookUp('+14107934326');
    expect(result).toEqual({
      kind: 'matches',
      nameless: 0,
      entries: [
        {
          name: 'Emily Carter',
          company: 'Chesapeake Freight Co.',
          contactUri: 'https://crm.handoff.example/sugarcrm/contacts/c-20481733',
          companyUri: 'https://crm.handoff.example/sugarcrm/accounts/a-5531',
          id: 'c-20481733',
          crmName: 'SugarCRM',
          crmLogo: demoLogos.sugarcrm,
          crmActions: ['CallFlow', 'CreateTicket', 'LogActivity'],
          customData: [
            { key: 'Account owner', value: 'Dana Whitfield' },
            { key: 'Open tickets', value: '2' },
            { key: 'VIP', value: 'true' },
            { key: 'Language', value: 'English' },
          ],
        },
      ],
    });
  });

  it('answers "no match" for 200 []', async () => {
    expect(await lookUp('+14155550132')).toEqual({ kind: 'noMatch' });
  });

  it('matches field names whatever their case (older contract versions) and reads customFields', async () => {
    const [entry] = matchesOf(await lookUp('+33123456789')).entries;
    expect(entry).toEqual({
      name: 'Camille Durand',
      company: 'Atelier Lumière',
      contactUri: 'https://crm.handoff.example/odoo/res.partner/4411',
      companyUri: 'https://crm.handoff.example/odoo/res.partner/4400',
      id: '4411',
      crmName: 'Odoo',
      crmLogo: demoLogos.odoo,
      crmActions: ['CallFlow', 'LogActivity'],
      customData: [
        { key: 'Langue', value: 'Français' },
        { key: 'Dernière commande', value: '2025-02-11' },
        { key: 'Remise (%)', value: '12' },
      ],
    });
  });

  it('keeps the contract spelling when a service sends a field twice in different cases', async () => {
    serviceAnswers(() => HttpResponse.json([{ NAME: 'Shouted', name: 'Exact', Name: 'Title' }]));
    expect(matchesOf(await lookUp('+14107934326')).entries[0]?.name).toBe('Exact');
  });

  it('prefers customData to customFields when both are sent', async () => {
    serviceAnswers(() =>
      HttpResponse.json([
        named('Ana', { customFields: { a: 'fields' }, customData: { b: 'data' } }),
      ]),
    );
    expect(matchesOf(await lookUp('+14107934326')).entries[0]?.customData).toEqual([
      { key: 'b', value: 'data' },
    ]);
  });

  it('lists the three contacts behind a switchboard number, in the service order', async () => {
    const { entries } = matchesOf(await lookUp('+41446681800'));
    expect(entries.map((entry) => [entry.name, entry.crmName])).toEqual([
      ['Lukas Meier', 'SugarCRM'],
      ['Sophie Brunner', 'SugarCRM'],
      ['Reto Zimmermann', 'Odoo'],
    ]);
  });

  it(`keeps the first ${maxCallerEntries} entries and drops the rest`, async () => {
    serviceAnswers(() =>
      HttpResponse.json(Array.from({ length: 8 }, (_, i) => named(`Contact ${i + 1}`))),
    );
    const { entries } = matchesOf(await lookUp('+14107934326'));
    expect(entries.map((entry) => entry.name)).toEqual([
      'Contact 1',
      'Contact 2',
      'Contact 3',
      'Contact 4',
      'Contact 5',
    ]);
  });

  it('answers 404 as "the lookup service is unreachable", not as no match', async () => {
    expect(await lookUp('+12025550101')).toEqual({
      kind: 'unreachable',
      message: 'The lookup service is unreachable (HTTP 404): check its address in Settings.',
    });
  });

  it('reports an answer that is not JSON as an error', async () => {
    expect(await lookUp('+12025550102')).toEqual({
      kind: 'failed',
      message: 'The lookup service answered something that is not JSON.',
    });
  });

  it.each([
    ['an object', { name: 'Emily Carter' }],
    ['null', null],
    ['a string', 'Emily Carter'],
  ])('reports a body that is %s instead of a list as an error', async (_, body) => {
    serviceAnswers(() => HttpResponse.json(body));
    expect(await lookUp('+14107934326')).toEqual({
      kind: 'failed',
      message: 'The lookup service answered without a list of contacts.',
    });
  });

  it('reports a refused token (401) as an error that points at the settings', async () => {
    expect(await lookUp('+14107934326', { headerValue: 'wrong-token' })).toEqual({
      kind: 'failed',
      message:
        'The lookup service refused the token (HTTP 401): check the header name and value in Settings.',
    });
  });

  it('reports a server error (500) as an error', async () => {
    serviceAnswers(() => new HttpResponse('boom', { status: 500 }));
    expect(await lookUp('+14107934326')).toEqual({
      kind: 'failed',
      message: 'The lookup service answered with an error (HTTP 500).',
    });
  });

  it('does not follow a redirect with the token', async () => {
    serviceAnswers(() => HttpResponse.redirect('https://elsewhere.example/Lookup', 302));
    expect(await lookUp('+14107934326')).toEqual({
      kind: 'failed',
      message:
        'The lookup service answered with a redirect: enter its final address as the root URL in Settings.',
    });
  });

  it('reports entries that all lack a name as an error', async () => {
    serviceAnswers(() =>
      HttpResponse.json([{ company: 'Nameless Inc' }, { name: '   ' }, { name: 42 }, 'Bob']),
    );
    expect(await lookUp('+14107934326')).toEqual({
      kind: 'failed',
      message: 'The lookup service answered contacts without a name.',
    });
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a zero-width joiner and a byte-order mark', '\u200d\ufeff'],
    ['direction marks', '\u200e\u200f\u2066\u2069'],
    ['Hangul fillers', '\u3164\u115f'],
    ['a soft hyphen between no-break spaces', '\u00a0\u00ad\u00a0'],
  ])('refuses a name made only of %s, like an empty one', async (_, name) => {
    serviceAnswers(() => HttpResponse.json([named(name), named('Bo Berg')]));
    const result = matchesOf(await lookUp('+14107934326'));
    expect(result.entries.map((entry) => entry.name)).toEqual(['Bo Berg']);
    expect(result.nameless).toBe(1);
  });

  it('keeps a name whose zero-width joiners join visible characters', async () => {
    serviceAnswers(() => HttpResponse.json([named('Ana 👩\u200d💻')]));
    expect(matchesOf(await lookUp('+14107934326')).entries[0]?.name).toBe('Ana 👩\u200d💻');
  });

  it('leaves nameless entries out of a mixed answer and counts them', async () => {
    serviceAnswers(() =>
      HttpResponse.json([{ company: 'Nameless Inc' }, named('Ana Lima'), null, named('Bo Berg')]),
    );
    const result = matchesOf(await lookUp('+14107934326'));
    expect(result.entries.map((entry) => entry.name)).toEqual(['Ana Lima', 'Bo Berg']);
    expect(result.nameless).toBe(2);
  });

  it('keeps markup in names as plain text, and drops links that are not https', async () => {
    const [entry] = matchesOf(await lookUp('+12025550103')).entries;
    expect(entry?.name).toBe('<img src=x onerror=alert(1)>');
    expect(entry?.company).toBe('<b>Markup & Co</b>');
    expect(entry?.contactUri).toBeNull();
    expect(entry?.companyUri).toBeNull();
    expect(entry?.crmLogo).toBeNull();
    expect(entry?.customData).toEqual([{ key: 'Note', value: '<script>alert(1)</script>' }]);
  });

  it.each([
    'http://crm.example.com/contact/1',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
    'ftp://crm.example.com/1',
    '//crm.example.com/1',
    '/contact/1',
    'https://user:secret@crm.example.com/1',
    'not a url',
  ])('drops the link %s', async (link) => {
    serviceAnswers(() =>
      HttpResponse.json([named('Ana', { contactUri: link, companyUri: link, crmLogo: link })]),
    );
    const [entry] = matchesOf(await lookUp('+14107934326')).entries;
    expect([entry?.contactUri, entry?.companyUri, entry?.crmLogo]).toEqual([null, null, null]);
  });

  it('keeps only workflow names that are plain identifiers', async () => {
    serviceAnswers(() =>
      HttpResponse.json([
        named('Ana', {
          crmActions: [
            'CallFlow',
            ' CreateTicket ',
            'CallFlow',
            '../admin',
            'a/b',
            'x?y=1',
            'x#y',
            'Create Ticket',
            '%2e%2e',
            42,
            null,
            { name: 'LogActivity' },
            'Log.Activity_v2-beta',
          ],
        }),
      ]),
    );
    const [entry] = matchesOf(await lookUp('+14107934326')).entries;
    expect(entry?.crmActions).toEqual(['CallFlow', 'CreateTicket', 'Log.Activity_v2-beta']);
  });

  it('treats crmActions that are not a list as none', async () => {
    serviceAnswers(() => HttpResponse.json([named('Ana', { crmActions: 'CallFlow' })]));
    expect(matchesOf(await lookUp('+14107934326')).entries[0]?.crmActions).toEqual([]);
  });

  it('shows numbers and booleans in customData as written, and drops objects, lists and nulls', async () => {
    serviceAnswers(() =>
      HttpResponse.json([
        named('Ana', {
          customData: {
            Orders: 12,
            Balance: -3.5,
            Active: false,
            Address: { city: 'Bern' },
            Tags: ['a', 'b'],
            Nothing: null,
            Empty: '  ',
            '  Language ': ' Deutsch ',
          },
        }),
      ]),
    );
    expect(matchesOf(await lookUp('+14107934326')).entries[0]?.customData).toEqual([
      { key: 'Orders', value: '12' },
      { key: 'Balance', value: '-3.5' },
      { key: 'Active', value: 'false' },
      { key: 'Language', value: 'Deutsch' },
    ]);
  });

  it('trims text, folds line breaks and controls into spaces, and caps long text', async () => {
    serviceAnswers(() =>
      HttpResponse.json([
        named('  Ana\n\tLima\u0000 ', {
          company: `\u202e${'A'.repeat(500)}`,
          id: 12345,
          crmName: '',
        }),
      ]),
    );
    const [entry] = matchesOf(await lookUp('+14107934326')).entries;
    expect(entry?.name).toBe('Ana Lima');
    expect(entry?.company).toBe(`${'A'.repeat(199)}…`);
    expect(entry?.id).toBe('12345');
    expect(entry?.crmName).toBeNull();
  });

  it('drops fields of the wrong type but keeps the entry', async () => {
    serviceAnswers(() =>
      HttpResponse.json([
        named('Ana', { company: 7, id: { x: 1 }, crmName: ['x'], customData: ['a', 'b'] }),
      ]),
    );
    expect(matchesOf(await lookUp('+14107934326')).entries[0]).toEqual({
      name: 'Ana',
      company: null,
      contactUri: null,
      companyUri: null,
      id: null,
      crmName: null,
      crmLogo: null,
      crmActions: [],
      customData: [],
    });
  });
});

describe('lookupCaller: when the service does not answer', () => {
  it('reports a blocked request as "the lookup service did not answer (network or CORS)"', async () => {
    serviceAnswers(() => HttpResponse.error());
    expect(await lookUp('+14107934326')).toEqual({
      kind: 'blocked',
      message: 'the lookup service did not answer (network or CORS)',
    });
  });

  it('reports the demo number that fails on the network as blocked', async () => {
    expect((await lookUp('+12025550104')).kind).toBe('blocked');
  });

  it('times out a slow service after the configured time', async () => {
    const started = Date.now();
    const result = await lookUp('+12025550100', { timeoutMs: 200 });
    expect(result).toEqual({
      kind: 'timedOut',
      message: 'The lookup service did not answer within 0.2 s.',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up even when fetch ignores its signal, and says the timeout in seconds', async () => {
    const result = await lookupCaller(
      { ...demo, timeoutMs: 1000 },
      { e164: '+14107934326' },
      {
        fetch: () => new Promise<Response>(() => {}),
      },
    );
    expect(inEnglish(result)).toEqual({
      kind: 'timedOut',
      message: 'The lookup service did not answer within 1 s.',
    });
  });

  it('aborts the request itself on timeout', async () => {
    let signal: AbortSignal | null | undefined;
    await lookupCaller(
      { ...demo, timeoutMs: 50 },
      { e164: '+14107934326' },
      {
        fetch: (_url, init) => {
          signal = init.signal;
          return new Promise<Response>(() => {});
        },
      },
    );
    expect(signal?.aborted).toBe(true);
  });

  it('counts reading the body against the timeout', async () => {
    const endless = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('[{"name":'));
      },
    });
    const result = await lookupCaller(
      { ...demo, timeoutMs: 100 },
      { e164: '+14107934326' },
      {
        fetch: async () => new Response(endless),
      },
    );
    expect(result.kind).toBe('timedOut');
  });

  it('stops at once when the call moves on (the caller aborts)', async () => {
    serviceAnswers(async () => {
      await delay(5000);
      return HttpResponse.json([named('Too Late')]);
    });
    const moveOn = new AbortController();
    const pending = lookUp('+14107934326', {}, moveOn.signal);
    setTimeout(() => moveOn.abort(), 20);
    const started = Date.now();
    expect(await pending).toEqual({ kind: 'aborted' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('sends nothing when the call has already moved on', async () => {
    const seen = recordRequests();
    expect(await lookUp('+14107934326', {}, AbortSignal.abort())).toEqual({ kind: 'aborted' });
    expect(seen).toHaveLength(0);
  });

  it('passes the abort on to the request', async () => {
    let signal: AbortSignal | null | undefined;
    const moveOn = new AbortController();
    const pending = lookupCaller(
      demo,
      { e164: '+14107934326' },
      {
        signal: moveOn.signal,
        fetch: (_url, init) => {
          signal = init.signal;
          return new Promise<Response>(() => {});
        },
      },
    );
    moveOn.abort();
    expect(await pending).toEqual({ kind: 'aborted' });
    expect(signal?.aborted).toBe(true);
  });

  it('reports a header that fetch cannot send as an error, not a throw', async () => {
    const result = await lookUp('+14107934326', { headerName: 'Bad Name' });
    expect(result).toEqual({
      kind: 'failed',
      message: 'The lookup header name or value cannot be sent: check them in Settings.',
    });
  });
});

/** Every state a result can be in, with only what that state may hold. */
function expectWellFormed(result: LookupResult) {
  switch (result.kind) {
    case 'matches':
      expect(result.entries.length).toBeGreaterThan(0);
      expect(result.entries.length).toBeLessThanOrEqual(maxCallerEntries);
      for (const entry of result.entries) {
        expect(entry.name.replace(/[\p{Cf}\p{Z}\s]/gu, '')).not.toBe('');
        for (const link of [entry.contactUri, entry.companyUri, entry.crmLogo]) {
          if (link !== null) expect(new URL(link).protocol).toBe('https:');
        }
        for (const action of entry.crmActions) expect(action).toMatch(/^[^/?#%\s]+$/);
        for (const datum of entry.customData) {
          expect(typeof datum.key).toBe('string');
          expect(typeof datum.value).toBe('string');
        }
      }
      return;
    case 'noMatch':
    case 'aborted':
      return;
    case 'unreachable':
    case 'timedOut':
    case 'blocked':
    case 'failed':
      expect(english(result.problem)).not.toBe('');
      return;
    default:
      result satisfies never;
  }
}

describe('readLookupAnswer', () => {
  const entryLike = fc.record(
    {
      name: fc.oneof(fc.string(), fc.constant('Ana'), fc.anything()),
      Company: fc.oneof(fc.string(), fc.anything()),
      contacturi: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
      crmLogo: fc.oneof(fc.webUrl({ validSchemes: ['https', 'http'] }), fc.anything()),
      crmActions: fc.oneof(fc.array(fc.string()), fc.anything()),
      customFields: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.anything()),
      id: fc.oneof(fc.string(), fc.integer(), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    fc.jsonValue(),
    fc.array(fc.oneof(entryLike, fc.jsonValue()), { maxLength: 8 }),
  );

  it('turns any JSON body into a well-formed result or an error, never a throw', () => {
    fc.assert(
      fc.property(body, (value) => {
        const text = JSON.stringify(value) ?? 'null';
        expectWellFormed(readLookupAnswer(200, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns a list of anything into matches, no match or an error', () => {
    fc.assert(
      fc.property(fc.array(entryLike, { maxLength: 8 }), (list) => {
        const result = readLookupAnswer(200, JSON.stringify(list));
        expect(['matches', 'noMatch', 'failed']).toContain(result.kind);
        expectWellFormed(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any status and any text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.string(), (status, text) => {
        expectWellFormed(readLookupAnswer(status, text));
      }),
      { numRuns: 1000 },
    );
  });
});
