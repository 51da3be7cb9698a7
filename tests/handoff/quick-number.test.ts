import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getCountryCallingCode, parsePhoneNumber } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { normaliseDialledNumber } from '../../src/handoff/phone';
import { quickDialledNumber } from '../../src/handoff/quick-number';

/** The countries whose metadata quick-number.ts carries: every country of these calling codes. */
const quickCallingCodes = ['1', '33', '41', '81', '84'];
const quickCountries = (Object.keys(examples) as CountryCode[]).filter((country) =>
  quickCallingCodes.includes(getCountryCallingCode(country)),
);

/** Digits as text, without fc.stringMatching (slow to generate). */
const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max })
    .map((list) => list.join(''));

/** Numbers as records hold them: any calling code, national forms, separators, junk. */
const writtenNumber = fc.oneof(
  // International, with a calling code we carry or another one.
  fc
    .tuple(fc.constantFrom(...quickCallingCodes, '44', '49', '61', '86', '7', '800'), digits(4, 13))
    .map(([code, rest]) => `+${code}${rest}`),
  // National, as typed in the contact's country.
  fc.tuple(fc.constantFrom('', '0', '1', '00', '010', '011'), digits(5, 12)).map(([a, b]) => a + b),
  // Written with separators and full-width or Arabic-Indic digits.
  fc
    .tuple(digits(2, 4), fc.constantFrom(' ', '-', '.', '/', ') ', ' - '), digits(3, 8))
    .map(([a, separator, b]) => `(${a}${separator}${b}`),
  fc.constantFrom('+１ ４１０ ７９３ ４３２６', '٠٦ ١٢ ٣٤ ٥٦ ٧٨', '+1 410 793 4326 ext. 12', ''),
  fc.string({ maxLength: 16 }),
);
const countryCode = fc.constantFrom(
  undefined,
  'US',
  'us',
  ' CA ',
  'PR',
  'FR',
  'CH',
  'JP',
  'VN',
  'GB',
  'DE',
  'XX',
  '',
);

describe('quickDialledNumber', () => {
  it('reads a US contact’s number written the American way, as HubSpot sends it', () => {
    expect(quickDialledNumber('(410) 793-4326', 'US')).toEqual({
      kind: 'valid',
      e164: '+14107934326',
      display: '+1 410 793 4326',
    });
  });

  it.each([
    ['+14107934326', undefined, '+14107934326', '+1 410 793 4326'],
    ['+33 1 23 45 67 89', 'US', '+33123456789', '+33 1 23 45 67 89'],
    ['06 12 34 56 78', 'fr', '+33612345678', '+33 6 12 34 56 78'],
    ['+84 988 888 888', undefined, '+84988888888', '+84 988 888 888'],
    ['03-1234-5678', 'JP', '+81312345678', '+81 3 1234 5678'],
    ['+41 44 668 18 00', 'CH', '+41446681800', '+41 44 668 18 00'],
  ])('reads %s (country %s) as %s', (raw, country, e164, display) => {
    expect(quickDialledNumber(raw, country)).toEqual({ kind: 'valid', e164, display });
  });

  it.each([
    ['a country it carries no metadata for', '+44 20 7946 0958', undefined],
    ['a national number of such a country', '020 7946 0958', 'GB'],
    ['a national number without a country', '4107934326', undefined],
    ['a number written with 00', '0033 1 23 45 67 89', 'FR'],
    ['a number that is not valid', '+1 100 555 0100', undefined],
    ['letters', 'call me', 'US'],
    ['an extension', '+1 410 793 4326 ext. 12', 'US'],
    ['nothing', '', 'US'],
  ])('leaves %s to phone.ts', (_case, raw, country) => {
    expect(quickDialledNumber(raw, country)).toBeNull();
  });

  it('reads every number it reads exactly as phone.ts does', () => {
    let read = 0;
    fc.assert(
      fc.property(writtenNumber, countryCode, (raw, country) => {
        const quick = quickDialledNumber(raw, country);
        if (quick === null) return;
        read += 1;
        const full = normaliseDialledNumber(raw, country);
        expect(full.kind).toBe('valid');
        if (full.kind === 'valid') {
          expect(quick).toEqual({ kind: 'valid', e164: full.e164, display: full.display });
        }
      }),
      { numRuns: 5000 },
    );
    // The comparison above must not hold only because nothing was read.
    expect(read).toBeGreaterThan(200);
  });

  it('reads the example mobile number of every country it carries, in both forms', () => {
    expect(quickCountries).toEqual(expect.arrayContaining(['US', 'CA', 'FR', 'CH', 'JP', 'VN']));
    for (const country of quickCountries) {
      const example = parsePhoneNumber(examples[country], country);
      for (const [raw, given] of [
        [example.number, undefined],
        [example.formatNational(), country],
      ] as const) {
        const full = normaliseDialledNumber(raw, given);
        expect(quickDialledNumber(raw, given), `${country} ${raw}`).toEqual({
          kind: 'valid',
          e164: example.number,
          display: full.kind === 'valid' ? full.display : 'phone.ts refused it',
        });
      }
    }
  });
});
