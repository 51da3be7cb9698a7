import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/cli/parse-duration';

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['12h', 43_200],
    ['30d', 2_592_000],
    ['2w', 1_209_600],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each([
    ['a number without unit', '30'],
    ['words', 'abc'],
    ['a negative duration', '-1d'],
    ['a zero duration', '0d'],
    ['a fraction', '1.5d'],
    ['an unknown unit', '3y'],
    ['an upper-case unit', '30D'],
    ['spaces', '30 d'],
    ['two units', '1d12h'],
    ['nothing', ''],
    ['more seconds than a number holds exactly', '99999999999999999999w'],
  ])('refuses %s', (_, text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('gives back amount times unit for any whole amount above zero', () => {
    const units = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])),
        (amount, unit) => {
          expect(parseDuration(`${amount}${unit}`)).toBe(amount * units[unit]);
        },
      ),
    );
  });

  it('answers a positive whole number of seconds or nothing, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const seconds = parseDuration(text);
        if (seconds !== undefined) {
          expect(Number.isSafeInteger(seconds) && seconds > 0).toBe(true);
          expect(text).toMatch(/^\d+[smhdw]$/);
        }
      }),
    );
  });
});
