/** Median of the samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
export const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A plain-text table: the first row is the header; the first `textColumns` align left. */
export function table(rows: readonly (readonly string[])[], textColumns = 1): string {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column < textColumns
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  const [header, ...body] = rows;
  return [
    line(header ?? []),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ]
    .map((text) => `  ${text.trimEnd()}`)
    .join('\n');
}

/** "met" or "MISSED", for a figure that must stay under `target`. */
export const verdict = (value: number, target: number) => (value < target ? 'met' : 'MISSED');

/** "met" or "MISSED", for a figure that may reach `limit` but not pass it. */
export const atMost = (value: number, limit: number) => (value <= limit ? 'met' : 'MISSED');

/** Numbers in [0, 1) from a seed (mulberry32): the same resamples for the same samples. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * How far a figure of this run could move had it drawn other loads: the 2.5th and 97.5th
 * percentiles of `statistic` over `count` items (loads, or rounds of loads) drawn again
 * with replacement, `resamples` times (a percentile bootstrap). Seeded, so one run's
 * samples always give the same interval.
 */
export function bootstrapInterval(
  count: number,
  statistic: (indices: readonly number[]) => number,
  { resamples = 2000, seed = 1 }: { resamples?: number; seed?: number } = {},
): [low: number, high: number] {
  if (count === 0) return [Number.NaN, Number.NaN];
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let resample = 0; resample < resamples; resample += 1) {
    const indices = Array.from({ length: count }, () => Math.floor(random() * count));
    values.push(statistic(indices));
  }
  values.sort((a, b) => a - b);
  const at = (fraction: number) =>
    values[Math.min(values.length - 1, Math.floor(fraction * values.length))] ?? Number.NaN;
  return [at(0.025), at(0.975)];
}

/** An interval's ends with `digits` decimals ("1.12 to 1.26"), signed for a difference. */
export function interval(
  [low, high]: readonly [number, number],
  digits = 2,
  { signed = false }: { signed?: boolean } = {},
): string {
  const end = (value: number) => `${signed && value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
  return `${end(low)} to ${end(high)}`;
}
