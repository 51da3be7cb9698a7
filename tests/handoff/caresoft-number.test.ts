import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careSoftDialNumber } from '../../src/handoff/caresoft-number';
import { normaliseDialledNumber } from '../../src/handoff/phone';

const vietnam = { country: 'VN', internationalPrefix: '00' } as const;

describe('careSoftDialNumber', () => {
  it.each([
    ['+84988888888', '0988888888'],
    ['+842838221234', '02838221234'],
  ])("dials %s, a number of the account's country, in national form: %s", (e164, digits) => {
    expect(careSoftDialNumber(e164, vietnam)).toEqual({ kind: 'national', digits });
  });

  it.each([
    ['the US', '+14107934326', '0014107934326'],
    ['France', '+33123456789', '0033123456789'],
    ['Japan', '+81312345678', '0081312345678'],
    ['Italy (whose numbers keep their 0)', '+390212345678', '00390212345678'],
  ])('keeps the country code of a number from %s: %s as %s', (_, e164, digits) => {
    expect(careSoftDialNumber(e164, vietnam)).toEqual({ kind: 'international', digits });
  });

  it('writes the country code after + when the account says CsCall takes that form', () => {
    expect(careSoftDialNumber('+14107934326', { country: 'VN', internationalPrefix: '+' })).toEqual(
      { kind: 'international', digits: '+14107934326' },
    );
  });

  it("dials in national form the numbers of the account's country, whichever it is", () => {
    const france = { country: 'FR', internationalPrefix: '00' } as const;
    expect(careSoftDialNumber('+33123456789', france)).toEqual({
      kind: 'national',
      digits: '0123456789',
    });
    expect(careSoftDialNumber('+84988888888', france)).toEqual({
      kind: 'international',
      digits: '0084988888888',
    });
  });

  it('keeps every country code when the account has no country it knows', () => {
    expect(
      careSoftDialNumber('+84988888888', { country: 'XX', internationalPrefix: '00' }),
    ).toEqual({ kind: 'international', digits: '0084988888888' });
  });

  it('refuses what is not E.164', () => {
    expect(careSoftDialNumber('0988888888', vietnam)).toEqual({ kind: 'unreadable' });
    expect(careSoftDialNumber('', vietnam)).toEqual({ kind: 'unreadable' });
  });

  it('reaches the same person: the international form reads back as the number it came from', () => {
    const numbers = fc.constantFrom(
      '+14107934326',
      '+33123456789',
      '+81312345678',
      '+390212345678',
      '+61412345678',
      '+5511961234567',
      '+971501234567',
      '+84988888888',
    );
    fc.assert(
      fc.property(numbers, (e164) => {
        const dialled = careSoftDialNumber(e164, vietnam);
        if (dialled.kind === 'unreadable') throw new Error(`${e164} unreadable`);
        const back =
          dialled.kind === 'national'
            ? normaliseDialledNumber(dialled.digits, 'VN')
            : normaliseDialledNumber(dialled.digits);
        expect(back).toMatchObject({ kind: 'valid', e164 });
      }),
    );
  });
});
