import * as v from 'valibot';

// Stored settings are read field by field: a damaged field costs the agent that one
// setting (its default applies), never the others.

/** Text, trimmed; anything else reads as empty. */
export const storedText = v.fallback(v.pipe(v.string(), v.trim()), '');

/** True only when stored as `true`. */
export const storedFlag = v.fallback(v.boolean(), false);

export interface KeptList<T> {
  items: T[];
  /** Something stored was left out (invalid, a duplicate, past the limit): say so. */
  dropped: boolean;
}

/** Each item `item` accepts, once per `key`, at most `max` of them. */
export function keepValid<T>(
  item: v.GenericSchema<unknown, T>,
  stored: readonly unknown[],
  { max, key }: { max: number; key: (kept: T) => string },
): KeptList<T> {
  const items: T[] = [];
  const seen = new Set<string>();
  for (const candidate of stored) {
    const read = v.safeParse(item, candidate);
    if (!read.success || seen.has(key(read.output))) continue;
    seen.add(key(read.output));
    items.push(read.output);
  }
  const kept = items.slice(0, max);
  return { items: kept, dropped: kept.length !== stored.length };
}

/** A stored list read with `keepValid`; `missing` when it is absent or not a list. */
export const storedList = <T>(
  item: v.GenericSchema<unknown, T>,
  options: { max: number; key: (kept: T) => string },
  missing: () => T[],
) =>
  v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((stored) => keepValid(item, stored, options).items),
    ),
    missing,
  );
