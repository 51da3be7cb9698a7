import * as v from 'valibot';

/** Schemas whose absence means something: inside an object, a missing key reads with them. */
const absenceTypes = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);

/**
 * A schema built the first time something reads with it, not when its module loads. The
 * entry's modules all run before the frame's load event, and HubSpot sends its first SYNC
 * on that event; most of their schemas read what comes later (a dial, a stored call, an
 * engagement), so building them at load kept HubSpot waiting (`docs/performance-log.md`).
 *
 * An object reads a missing key with its entry's schema only when it can tell that schema
 * allows absence (optional, nullish, a fallback), which a lazy schema hides: such schemas
 * stay as they are where they are an object's entry. The optional kinds are refused here.
 */
export function builtOnFirstUse<S extends v.GenericSchema>(build: () => S): v.LazySchema<S> {
  let built: S | undefined;
  return v.lazy(() => {
    if (built === undefined) {
      const schema = build();
      if (absenceTypes.has(schema.type)) {
        throw new Error(
          `builtOnFirstUse: an ${schema.type} schema would make its key required inside an object; build it at load instead`,
        );
      }
      built = schema;
    }
    return built;
  });
}
