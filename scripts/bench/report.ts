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
