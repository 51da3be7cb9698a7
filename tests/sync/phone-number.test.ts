import { describe, expect, it } from 'vitest';
import { countryOf, sameNumber, toE164 } from '../../src/sync/phone-number';

describe('toE164', () => {
  it('reads a number as HubSpot keeps it, in the country given', () => {
    expect(toE164('(202) 555-0143', 'US')).toBe('+12025550143');
    expect(toE164('0988 888 888', 'VN')).toBe('+84988888888');
    expect(toE164('0033 6 12 34 56 78')).toBe('+33612345678');
  });

  it('does not read a national number without its country, even once read with one', () => {
    expect(toE164('(202) 555-0143', 'US')).toBe('+12025550143');
    expect(toE164('(202) 555-0143')).toBeNull();
    expect(toE164('(202) 555-0143', 'FR')).toBeNull();
    expect(toE164('(202) 555-0143', 'US')).toBe('+12025550143');
  });

  it('reads the same for any number of different numbers (its memo is bounded)', () => {
    for (let index = 0; index < 5000; index += 1) {
      const national = `202555${String(index).padStart(4, '0')}`;
      expect(toE164(national, 'US')).toBe(`+1${national}`);
    }
    expect(toE164('+1 202-555-0000')).toBe('+12025550000');
  });
});

describe('countryOf and sameNumber', () => {
  it('finds the country of a line and compares numbers read in it', () => {
    expect(countryOf('+84988888888')).toBe('VN');
    expect(countryOf(null)).toBeUndefined();
    expect(sameNumber('0988888888', '+84 98 888 88 88', 'VN')).toBe(true);
    expect(sameNumber('0988888888', '+84988888889', 'VN')).toBe(false);
    expect(sameNumber(null, null)).toBe(false);
  });
});
