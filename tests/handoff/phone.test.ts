import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import { type CountryCode, getCountries, getExampleNumber } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { normaliseCallerId, normaliseDialledNumber } from '../../src/handoff/phone';
import { translateIn } from '../../src/i18n/i18n';
import { english } from '../support/in-english';

const runs = { numRuns: 2000 };

/** National numbers of the four countries we serve first, as a contact record holds them. */
const nationalNumber = fc.oneof(
  fc.tuple(fc.constant('VN'), fc.stringMatching(/^09[0-9]{8}$/)),
  fc.tuple(fc.constant('FR'), fc.stringMatching(/^0[1-7][0-9]{8}$/)),
  fc.tuple(
    fc.constant('US'),
    fc
      .tuple(
        fc.constantFrom('212', '323', '410', '415', '617', '980'),
        fc.stringMatching(/^[2-9][0-9]{6}$/),
      )
      .map(([area, local]) => `${area}${local}`),
  ),
  fc.tuple(fc.constant('JP'), fc.stringMatching(/^0[36][0-9]{8}$/)),
);
const separators = fc.constantFrom('', ' ', '-', '.', '\u00a0', ' - ');

describe('normaliseDialledNumber', () => {
  it.each([
    [
      'Vietnam',
      '+84 988 888 888',
      undefined,
      '+84988888888',
      '0988888888',
      '+84 988 888 888',
      'VN',
    ],
    ['Vietnam', '0988888888', 'VN', '+84988888888', '0988888888', '+84 988 888 888', 'VN'],
    [
      'France',
      '+33 1 23 45 67 89',
      undefined,
      '+33123456789',
      '0123456789',
      '+33 1 23 45 67 89',
      'FR',
    ],
    ['France', '01.23.45.67.89', 'fr', '+33123456789', '0123456789', '+33 1 23 45 67 89', 'FR'],
    ['the US', '(410) 793-4326', 'US', '+14107934326', '4107934326', '+1 410 793 4326', 'US'],
    ['the US', '+1 410 793 4326', undefined, '+14107934326', '4107934326', '+1 410 793 4326', 'US'],
    ['Japan', '+81 3-1234-5678', undefined, '+81312345678', '0312345678', '+81 3 1234 5678', 'JP'],
    ['Japan', '03-1234-5678', 'JP', '+81312345678', '0312345678', '+81 3 1234 5678', 'JP'],
  ])(
    'reads a number from %s: %s (country %s)',
    (_, raw, countryCode, e164, national, display, country) => {
      expect(normaliseDialledNumber(raw, countryCode)).toEqual({
        kind: 'valid',
        e164,
        national,
        display,
        country,
      });
    },
  );

  it('reads full-width digits typed on a Japanese keyboard', () => {
    expect(normaliseDialledNumber('０３－１２３４－５６７８', 'JP')).toMatchObject({
      kind: 'valid',
      e164: '+81312345678',
    });
  });

  it.each([
    ['Arabic-Indic', '+٩٧١ ٥٠ ١٢٣ ٤٥٦٧', undefined, '+971501234567'],
    ['Arabic-Indic', '٠٥٠ ١٢٣ ٤٥٦٧', 'AE', '+971501234567'],
    ['Persian', '۰۹۱۲ ۳۴۵ ۶۷۸۹', 'IR', '+989123456789'],
    ['Persian', '+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹', undefined, '+989123456789'],
    [
      'Arabic-Indic, with the direction marks of a right-to-left page,',
      '\u200f+٩٧١\u200e ٥٠\u061c ١٢٣ ٤٥٦٧',
      undefined,
      '+971501234567',
    ],
  ])('reads %s digits: %s', (_, raw, countryCode, e164) => {
    expect(normaliseDialledNumber(raw, countryCode)).toMatchObject({ kind: 'valid', e164 });
  });

  it('reads a number written with 00 and a country code without knowing the country', () => {
    expect(normaliseDialledNumber('0033 1 23 45 67 89')).toMatchObject({
      kind: 'valid',
      e164: '+33123456789',
    });
  });

  it("reads 00 and a country code even where 00 is not the contact's international prefix", () => {
    expect(normaliseDialledNumber('0033 1 23 45 67 89', 'US')).toMatchObject({
      kind: 'valid',
      e164: '+33123456789',
    });
  });

  describe('a number written 00 and a country code', () => {
    const countries = getCountries();
    // What a CRM holds for a contact abroad, typed the European way: 00, country code,
    // national number; the contact's country may be theirs, ours, anyone's or unknown.
    const written = countries.flatMap((country) => {
      const example = getExampleNumber(country, examples);
      return example === undefined
        ? []
        : [
            {
              country,
              e164: example.number as string,
              raw: `00${example.countryCallingCode}${example.nationalNumber}`,
            },
          ];
    });

    it('has an example for every country libphonenumber-js knows', () => {
      expect(written.map((example) => example.country)).toEqual(countries);
    });

    it.each(written)(
      'reads $raw ($country) as $e164 or refuses it, whatever country the contact has',
      ({ raw, e164 }) => {
        const misread = [...countries, undefined].flatMap((context?: CountryCode) => {
          const result = normaliseDialledNumber(raw, context);
          return result.kind === 'valid' && result.e164 !== e164
            ? [`${context ?? 'no country'}: ${result.e164}`]
            : [];
        });
        expect(misread).toEqual([]);
      },
    );

    it.each([
      ['Japan', '00 81 3-1234-5678', 'JP', '+81312345678'],
      ['Korea', '00 82 10 1234 5678', 'KR', '+821012345678'],
      ['Singapore', '00 65 8123 4567', 'SG', '+6581234567'],
      ['Australia', '00 61 412 345 678', 'AU', '+61412345678'],
      ['Brazil', '00 55 11 96123 4567', 'BR', '+5511961234567'],
      ['Colombia', '00 57 321 1234567', 'CO', '+573211234567'],
      ['Indonesia', '00 62 812 345 678', 'ID', '+62812345678'],
    ])('dials the %s contact, not a stranger: %s', (_, raw, country, e164) => {
      expect(normaliseDialledNumber(raw, country)).toMatchObject({ kind: 'valid', e164 });
    });

    it("still reads the contact country's own 00 prefixes (Brazil's carrier codes)", () => {
      expect(normaliseDialledNumber('0021 1 212 555 0100', 'BR')).toMatchObject({
        kind: 'valid',
        e164: '+12125550100',
      });
    });

    it('refuses 00 followed by no number rather than read the rest as a national one', () => {
      expect(normaliseDialledNumber('0012345', 'JP')).toMatchObject({ kind: 'invalid' });
    });

    it('never makes more than 15 digits', () => {
      fc.assert(
        fc.property(
          fc.stringMatching(/^00[0-9]{1,20}$/),
          fc.option(fc.constantFrom(...countries), { nil: undefined }),
          (raw, context) => {
            const result = normaliseDialledNumber(raw, context);
            if (result.kind === 'valid') expect(result.e164).toMatch(/^\+[1-9]\d{1,14}$/);
          },
        ),
        runs,
      );
    });
  });

  it("reads the contact country's own international prefix", () => {
    expect(normaliseDialledNumber('011 33 1 23 45 67 89', 'US')).toMatchObject({
      kind: 'valid',
      e164: '+33123456789',
    });
  });

  it('ignores the country for a number that has its own country code', () => {
    expect(normaliseDialledNumber('+84 988 888 888', 'US')).toMatchObject({
      kind: 'valid',
      e164: '+84988888888',
      country: 'VN',
    });
  });

  it.each([undefined, '', 'XX', 'usa', '💥', ' '])(
    'refuses a national number when the country is %j, rather than guess it',
    (countryCode) => {
      const result = normaliseDialledNumber(' 4107934326 ', countryCode);
      expect(result).toEqual({
        kind: 'invalid',
        given: '4107934326',
        reason: { code: 'number.problem.noCountry' },
      });
    },
  );

  it('still reads a number with + when the country is junk', () => {
    expect(normaliseDialledNumber('+1 410 793 4326', 'XX')).toMatchObject({ kind: 'valid' });
  });

  it.each([
    ['empty', '', 'number.problem.empty', 'No number was given.'],
    ['blank', '   ', 'number.problem.empty', 'No number was given.'],
    ['letters', '1-800-FLOWERS', 'number.problem.letters', /letters/],
    ['an extension', '410 793 4326 ext. 12', 'number.problem.letters', /extensions/],
    ['a stray symbol', '410#793#4326', 'number.problem.notDigits', /only digits/],
    ['a + in the middle', '410+7934326', 'number.problem.notDigits', /only digits/],
  ] as const)('refuses a number that is %s', (_, raw, code, words) => {
    const result = normaliseDialledNumber(raw, 'US');
    expect(result).toEqual({ kind: 'invalid', given: raw.trim(), reason: { code } });
    if (result.kind === 'invalid') expect(english(result.reason)).toMatch(words);
  });

  it("says a number is too short, naming the contact's country in the agent's language", () => {
    const result = normaliseDialledNumber('123', 'FR');
    expect(result).toEqual({
      kind: 'invalid',
      given: '123',
      reason: { code: 'number.problem.tooShortIn', values: { country: 'FR' } },
    });
    if (result.kind !== 'invalid') return;
    expect(english(result.reason)).toBe('Too short for a phone number in France.');
    expect(translateIn('ja', result.reason.code, result.reason.values)).toBe(
      'フランスの電話番号としては短すぎます。',
    );
    expect(translateIn('vi', result.reason.code, result.reason.values)).toBe(
      'Quá ngắn để là số điện thoại ở Pháp.',
    );
  });

  it('says a number is too long', () => {
    expect(normaliseDialledNumber('+84 988 888 888 888 888')).toMatchObject({
      kind: 'invalid',
      reason: { code: 'number.problem.tooLong' },
    });
  });

  it('refuses a country code no country uses', () => {
    expect(normaliseDialledNumber('+999 123 456 789')).toMatchObject({
      kind: 'invalid',
      reason: { code: 'number.problem.noSuchCountryCode' },
    });
  });

  it('never throws on anything, and what it reads reads back the same', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^\+?[0-9 ().-]{0,20}$/)),
        fc.option(fc.oneof(fc.constantFrom('US', 'fr', 'VN', 'jp', 'GB'), fc.string()), {
          nil: undefined,
        }),
        (raw, countryCode) => {
          const result = normaliseDialledNumber(raw, countryCode);
          if (result.kind === 'invalid') {
            expect(result.given).toBe(raw.trim());
            expect(english(result.reason)).not.toBe('');
            return;
          }
          expect(normaliseDialledNumber(result.e164)).toEqual(result);
          expect(normaliseDialledNumber(result.display)).toEqual(result);
        },
      ),
      runs,
    );
  });

  it('reads any VN, FR, US or JP national number, however it is spaced', () => {
    fc.assert(
      fc.property(nationalNumber, separators, ([country, digits], separator) => {
        const written = digits.replace(/(\d{2})(?=\d)/g, `$1${separator}`);
        const result = normaliseDialledNumber(written, country);
        expect(result).toMatchObject({ kind: 'valid', national: digits, country });
        if (result.kind !== 'valid') return;
        expect(result.e164).toMatch(/^\+[1-9]\d{1,14}$/);
        expect(result.e164.endsWith(digits.replace(/^0/, ''))).toBe(true);
        expect(normaliseDialledNumber(result.display)).toEqual(result);
      }),
      runs,
    );
  });
});

describe('normaliseCallerId', () => {
  it('reads an OpenPhone number written with + and a country code', () => {
    expect(normaliseCallerId('+1 (323) 999-1234')).toEqual({
      kind: 'valid',
      e164: '+13239991234',
      national: '3239991234',
      display: '+1 323 999 1234',
      country: 'US',
    });
  });

  it('refuses a number without + rather than guess the agent’s country', () => {
    expect(normaliseCallerId('3239991234')).toEqual({
      kind: 'invalid',
      given: '3239991234',
      reason: { code: 'number.problem.callerIdNeedsPlus' },
    });
  });

  it('refuses an empty caller id', () => {
    expect(normaliseCallerId('')).toMatchObject({
      kind: 'invalid',
      reason: { code: 'number.problem.empty' },
    });
  });

  it('refuses letters', () => {
    expect(normaliseCallerId('+1 323 NEW CALL')).toMatchObject({ kind: 'invalid' });
  });
});
