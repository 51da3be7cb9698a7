import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CareSoftLinkMode,
  careSoftCallUrl,
  careSoftLoginUrl,
} from '../../src/handoff/caresoft';
import { HandoffError } from '../../src/handoff/handoff-error';
import { openPhoneDialUrl } from '../../src/handoff/openphone';
import { english } from '../support/in-english';

const wrapperStart = 'https://caresoftcall.page.link/?link=';
const wrapperEnd =
  '&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1';

/** The `link` value exactly as it stands in the outer URL, before any decoding. */
function rawLink(url: string): string {
  expect(url.startsWith(wrapperStart)).toBe(true);
  expect(url.endsWith(wrapperEnd)).toBe(true);
  return url.slice(wrapperStart.length, url.length - wrapperEnd.length);
}

/** What CsCall reads: the outer URL's `link`, decoded, parsed as the inner URL. */
function innerUrl(url: string): URL {
  const link = new URL(url).searchParams.get('link');
  expect(link).not.toBeNull();
  return new URL(link ?? '');
}

/** CareSoft's documented page.link wrapper, now an option. */
const wrapped = { linkMode: 'dynamic-link' } as const;

function refusal(build: () => string): HandoffError {
  try {
    build();
  } catch (error) {
    if (error instanceof HandoffError) return error;
    throw error;
  }
  throw new Error('expected a HandoffError, got a link');
}

const printableAscii = fc.string({
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
  minLength: 1,
});
const phones = fc
  .tuple(fc.boolean(), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1 }))
  .map(([plus, digits]) => (plus ? `+${digits}` : digits));
// Numbers as people format them: digits with spaces, dashes, dots and brackets between.
const formattedPhones = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.stringMatching(/^[0-9]{1,4}$/),
        fc.constantFrom('', ' ', '-', '.', '(', ')', '\u00a0', '\u202f', ' - '),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([plus, parts]) => `${plus ? '+' : ''}${parts.map(([d, s]) => d + s).join('')}`);
const domains = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'),
  minLength: 1,
  maxLength: 63,
});
const linkModes = fc.constantFrom<CareSoftLinkMode | undefined>(
  undefined,
  'dynamic-link',
  'direct',
);
// Anything at all, with the characters that break URLs made likely.
const anything = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('&', '#', '?', '=', '%', '+', ' ', '/', '\n', 'a', '1', 'é') }),
  printableAscii,
);

describe('careSoftLoginUrl', () => {
  it("gives the document's example for token 123456 and domain test, through page.link", () => {
    expect(careSoftLoginUrl({ token: '123456', domain: 'test', linkMode: 'dynamic-link' })).toBe(
      'https://caresoftcall.page.link/?link=https%3A%2F%2Fmapi.caresoft.vn%2Fdangnhap%3FappToken%3D123456%26appDomain%3Dtest&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1',
    );
  });

  it('gives the mapi.caresoft.vn URL alone by default, and in direct mode', () => {
    const direct = 'https://mapi.caresoft.vn/dangnhap?appToken=123456&appDomain=test';
    expect(careSoftLoginUrl({ token: '123456', domain: 'test' })).toBe(direct);
    expect(careSoftLoginUrl({ token: '123456', domain: 'test', linkMode: 'direct' })).toBe(direct);
  });

  it('encodes the token inside the inner URL, then the inner URL as a whole', () => {
    const url = careSoftLoginUrl({ token: 'a+b=c&d', domain: 'test', linkMode: 'dynamic-link' });
    expect(rawLink(url)).toBe(
      'https%3A%2F%2Fmapi.caresoft.vn%2Fdangnhap%3FappToken%3Da%252Bb%253Dc%2526d%26appDomain%3Dtest',
    );
    expect(innerUrl(url).searchParams.get('appToken')).toBe('a+b=c&d');
  });

  it('refuses an empty token', () => {
    expect(refusal(() => careSoftLoginUrl({ token: '', domain: 'test' })).code).toBe(
      'link.problem.noToken',
    );
  });

  it.each([
    ['a space', 'eyJ hbGc'],
    ['a line break', 'eyJhbGc\n.eyJpcH'],
    ['a tab', '\teyJhbGc'],
    ['a control character', 'eyJ\u0000hbGc'],
    ['a non-ASCII character', 'eyJhbGcé'],
  ])('refuses a token with %s', (_, token) => {
    expect(refusal(() => careSoftLoginUrl({ token, domain: 'test' })).code).toBe(
      'link.problem.tokenCharacters',
    );
  });

  it('accepts a domain of letters, digits and hyphens', () => {
    expect(
      new URL(careSoftLoginUrl({ token: 't', domain: 'Khach-hang01' })).searchParams.get(
        'appDomain',
      ),
    ).toBe('Khach-hang01');
  });

  it.each([
    ['empty', '', 'link.problem.noDomain'],
    ['a host name', 'test.caresoft.vn', 'link.problem.domainIsAddress'],
    ['a web address', 'https://caresoft.vn/test', 'link.problem.domainIsAddress'],
    ['a path', 'test/admin', 'link.problem.domainIsAddress'],
    ['a query', 'test?x=1', 'link.problem.domainShape'],
    ['a fragment', 'test#x', 'link.problem.domainShape'],
    ['a user', 'admin@test', 'link.problem.domainShape'],
    ['a port', 'test:443', 'link.problem.domainIsAddress'],
    ['a space', 'my test', 'link.problem.domainShape'],
    ['an underscore', 'my_test', 'link.problem.domainShape'],
    ['a non-ASCII letter', 'khách', 'link.problem.domainShape'],
    ['longer than 63 characters', 'a'.repeat(64), 'link.problem.domainShape'],
  ])('refuses a domain that is %s', (_, domain, code) => {
    expect(refusal(() => careSoftLoginUrl({ token: 't', domain })).code).toBe(code);
  });

  it('tells an agent who typed a web address to enter only the domain name', () => {
    expect(
      english(refusal(() => careSoftLoginUrl({ token: 't', domain: 'test.caresoft.vn' })).problem),
    ).toMatch(/only the CareSoft domain name/);
  });

  it('never puts the token in its error messages', () => {
    const token = 'secret token';
    const error = refusal(() => careSoftLoginUrl({ token, domain: 'test' }));
    expect(`${error.message} ${english(error.problem)}`).not.toContain(token);
  });

  it('refuses a link mode it does not know, which can come from stored settings', () => {
    const linkMode = 'firebase' as CareSoftLinkMode;
    expect(
      refusal(() => careSoftLoginUrl({ token: 't', domain: 'test', linkMode })).problem,
    ).toEqual({ code: 'link.problem.linkMode', values: { mode: 'firebase' } });
  });

  it('gives back the token and domain for any valid input, in either mode', () => {
    fc.assert(
      fc.property(printableAscii, domains, linkModes, (token, domain, linkMode) => {
        const url = careSoftLoginUrl({ token, domain, linkMode });
        const inner = linkMode === 'dynamic-link' ? innerUrl(url) : new URL(url);
        expect(`${inner.origin}${inner.pathname}`).toBe('https://mapi.caresoft.vn/dangnhap');
        expect([...inner.searchParams.keys()]).toEqual(['appToken', 'appDomain']);
        expect(inner.searchParams.get('appToken')).toBe(token);
        expect(inner.searchParams.get('appDomain')).toBe(domain);
      }),
    );
  });

  it('either refuses with a HandoffError or gives the values back, whatever it is given', () => {
    fc.assert(
      fc.property(anything, anything, (token, domain) => {
        let url: string;
        try {
          url = careSoftLoginUrl({ token, domain, linkMode: 'dynamic-link' });
        } catch (error) {
          expect(error).toBeInstanceOf(HandoffError);
          return;
        }
        expect(rawLink(url)).toMatch(/^[^&#\s]*$/);
        const inner = innerUrl(url);
        expect(inner.searchParams.get('appToken')).toBe(token);
        expect(inner.searchParams.get('appDomain')).toBe(domain);
      }),
    );
  });
});

describe('careSoftCallUrl', () => {
  it("gives the document's example for token 123456, phone 0988888888 and tempId 0123456789, through page.link", () => {
    expect(
      careSoftCallUrl({
        phone: '0988888888',
        token: '123456',
        tempId: '0123456789',
        linkMode: 'dynamic-link',
      }),
    ).toBe(
      'https://caresoftcall.page.link/?link=https%3A%2F%2Fmapi.caresoft.vn%2Fcall%3Fphone%3D0988888888%26appToken%3D123456%26tempId%3D0123456789&apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1',
    );
  });

  it('gives the mapi.caresoft.vn URL alone by default, and in direct mode', () => {
    const direct =
      'https://mapi.caresoft.vn/call?phone=0988888888&appToken=123456&tempId=0123456789';
    const call = { phone: '0988888888', token: '123456', tempId: '0123456789' };
    expect(careSoftCallUrl(call)).toBe(direct);
    expect(careSoftCallUrl({ ...call, linkMode: 'direct' })).toBe(direct);
  });

  it('encodes a leading + as %2B inside the inner URL, so %252B in the outer one', () => {
    const url = careSoftCallUrl({ phone: '+84988888888', token: 't', tempId: 'c1', ...wrapped });
    expect(rawLink(url)).toContain('phone%3D%252B84988888888%26');
    expect(innerUrl(url).searchParams.get('phone')).toBe('+84988888888');
  });

  it.each([
    ['098 888-8888', '0988888888'],
    ['+84 (98) 888.88.88', '%252B84988888888'],
    ['0988\u00a0888\u202f888', '0988888888'],
  ])('drops the formatting of %s, as the OpenPhone builder does', (phone, sent) => {
    const url = careSoftCallUrl({ phone, token: 't', tempId: 'c1', ...wrapped });
    expect(rawLink(url)).toContain(`phone%3D${sent}%26`);
  });

  it('dials the very digits the OpenPhone link dials, for any formatted number', () => {
    fc.assert(
      fc.property(formattedPhones, (phone) => {
        const careSoft = new URL(careSoftCallUrl({ phone, token: 't', tempId: 'c1' }));
        const openPhone = new URL(openPhoneDialUrl({ to: phone }));
        expect(careSoft.searchParams.get('phone')).toBe(openPhone.searchParams.get('number'));
      }),
    );
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only formatting', ' - ( ) '],
  ])('refuses a phone number that is %s', (_, phone) => {
    expect(refusal(() => careSoftCallUrl({ phone, token: 't', tempId: 'c1' })).code).toBe(
      'link.problem.noNumber',
    );
  });

  it.each([
    ['letters', '0988ABC888'],
    ['a vanity word', '1800FLOWERS'],
    ['a + in the middle', '84+988888888'],
    ['only a +', '+'],
    ['non-ASCII digits', '٠٩٨٨'],
  ])('refuses a phone number with %s', (_, phone) => {
    expect(refusal(() => careSoftCallUrl({ phone, token: 't', tempId: 'c1' })).problem).toEqual({
      code: 'link.problem.careSoftDigits',
      values: { number: phone },
    });
  });

  it('refuses an empty token', () => {
    expect(
      refusal(() => careSoftCallUrl({ phone: '0988888888', token: '', tempId: 'c1' })).code,
    ).toBe('link.problem.noToken');
  });

  it.each([
    ['empty', '', 'link.problem.noCallId'],
    ['with a space', 'call 1', 'link.problem.callIdCharacters'],
    ['with a line break', 'call\n1', 'link.problem.callIdCharacters'],
  ])('refuses a tempId that is %s', (_, tempId, code) => {
    expect(refusal(() => careSoftCallUrl({ phone: '0988888888', token: 't', tempId })).code).toBe(
      code,
    );
  });

  it('gives back the phone, token and tempId for any valid input, in either mode', () => {
    fc.assert(
      fc.property(
        phones,
        printableAscii,
        printableAscii,
        linkModes,
        (phone, token, tempId, linkMode) => {
          const url = careSoftCallUrl({ phone, token, tempId, linkMode });
          const inner = linkMode === 'dynamic-link' ? innerUrl(url) : new URL(url);
          expect(`${inner.origin}${inner.pathname}`).toBe('https://mapi.caresoft.vn/call');
          expect([...inner.searchParams.keys()]).toEqual(['phone', 'appToken', 'tempId']);
          expect(inner.searchParams.get('phone')).toBe(phone);
          expect(inner.searchParams.get('appToken')).toBe(token);
          expect(inner.searchParams.get('tempId')).toBe(tempId);
        },
      ),
    );
  });

  it('either refuses with a HandoffError or gives the values back, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(anything, phones), anything, anything, (phone, token, tempId) => {
        let url: string;
        try {
          url = careSoftCallUrl({ phone, token, tempId, ...wrapped });
        } catch (error) {
          expect(error).toBeInstanceOf(HandoffError);
          return;
        }
        expect(rawLink(url)).toMatch(/^[^&#\s]*$/);
        const inner = innerUrl(url);
        expect(inner.searchParams.get('phone')).toBe(phone.replace(/[ \u00a0\u202f\-.()]/g, ''));
        expect(inner.searchParams.get('appToken')).toBe(token);
        expect(inner.searchParams.get('tempId')).toBe(tempId);
      }),
    );
  });

  it('gives in direct mode exactly the link the dynamic link wraps', () => {
    fc.assert(
      fc.property(phones, printableAscii, printableAscii, (phone, token, tempId) => {
        const viaPageLink = careSoftCallUrl({ phone, token, tempId, ...wrapped });
        const direct = careSoftCallUrl({ phone, token, tempId, linkMode: 'direct' });
        expect(new URL(viaPageLink).searchParams.get('link')).toBe(direct);
      }),
    );
  });
});
