import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, interval, median } from '../../scripts/bench/report';

const medianOf =
  (samples: readonly number[]) =>
  (indices: readonly number[]): number =>
    median(indices.map((index) => samples[index] ?? Number.NaN));

describe('the bench: how far one run’s median could move', () => {
  it('gives the same interval for the same samples', () => {
    const samples = [231, 244, 250, 262, 219, 240, 255, 270, 228, 247];
    expect(bootstrapInterval(samples.length, medianOf(samples))).toEqual(
      bootstrapInterval(samples.length, medianOf(samples)),
    );
  });

  it('collapses to the value when every load measured the same', () => {
    const samples = Array.from({ length: 20 }, () => 240);
    expect(bootstrapInterval(samples.length, medianOf(samples))).toEqual([240, 240]);
  });

  it('holds the median between the lowest and the highest load, low end first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (samples) => {
          const [low, high] = bootstrapInterval(samples.length, medianOf(samples), {
            resamples: 200,
          });
          expect(low).toBeLessThanOrEqual(high);
          expect(low).toBeGreaterThanOrEqual(Math.min(...samples));
          expect(high).toBeLessThanOrEqual(Math.max(...samples));
        },
      ),
    );
  });

  it('narrows as the run draws more loads of the same spread', () => {
    // Loads spread evenly from 200 to 300 ms: 10 of them, then 80.
    const spread = (count: number) =>
      Array.from({ length: count }, (_, index) => 200 + (100 * index) / (count - 1));
    const width = (samples: readonly number[]) => {
      const [low, high] = bootstrapInterval(samples.length, medianOf(samples));
      return high - low;
    };
    expect(width(spread(80))).toBeLessThan(width(spread(10)) / 2);
  });

  it('tells two builds apart only when their loads differ by more than their spread', () => {
    const base = [231, 244, 250, 262, 219, 240, 255, 270, 228, 247, 236, 258];
    const difference = (other: readonly number[]) =>
      bootstrapInterval(base.length, (rounds) => {
        const pick = (samples: readonly number[]) =>
          median(rounds.map((round) => samples[round] ?? Number.NaN));
        return pick(other) - pick(base);
      });
    const [nearLow, nearHigh] = difference(
      base.map((value, round) => value + (round % 2 ? 4 : -4)),
    );
    expect(nearLow).toBeLessThan(0);
    expect(nearHigh).toBeGreaterThan(0);
    const [farLow] = difference(base.map((value) => value + 40));
    expect(farLow).toBeGreaterThan(0);
  });

  it('has no interval without loads', () => {
    expect(bootstrapInterval(0, () => 1)).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('the bench: an interval in words', () => {
  it('writes both ends, signed when it is a difference', () => {
    expect(interval([1.064, 1.437])).toBe('1.06 to 1.44');
    expect(interval([-0.04, 0.22], 2, { signed: true })).toBe('-0.04 to +0.22');
    expect(interval([-16.83, 1.9], 1, { signed: true })).toBe('-16.8 to +1.9');
  });
});
