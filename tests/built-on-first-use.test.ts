import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { builtOnFirstUse } from '../src/built-on-first-use';

const idSchema = () => v.pipe(v.string(), v.trim(), v.regex(/^\d+$/), v.transform(Number));

describe('a schema built on first use', () => {
  it('is not built until something reads with it, then only once', () => {
    let builds = 0;
    const schema = builtOnFirstUse(() => {
      builds += 1;
      return idSchema();
    });
    expect(builds).toBe(0);
    expect(v.parse(schema, ' 42 ')).toBe(42);
    expect(v.safeParse(schema, 'x').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('reads every input as the schema it builds: same output, same issues', () => {
    const lazy = builtOnFirstUse(idSchema);
    const eager = idSchema();
    for (const input of ['7', ' 007 ', '', 'abc', 12, null, undefined, { id: 1 }]) {
      const a = v.safeParse(lazy, input);
      const b = v.safeParse(eager, input);
      expect(a.success).toBe(b.success);
      expect(a.output).toEqual(b.output);
      expect(a.issues?.map((issue) => [issue.kind, issue.type, issue.message])).toEqual(
        b.issues?.map((issue) => [issue.kind, issue.type, issue.message]),
      );
    }
  });

  it('reads as an entry of an object, and in an object with a fallback around it', () => {
    const record = v.object({ id: builtOnFirstUse(idSchema), note: v.optional(v.string(), '') });
    expect(v.parse(record, { id: '3' })).toEqual({ id: 3, note: '' });
    expect(v.safeParse(record, {}).success).toBe(false);
    const lenient = v.fallback(builtOnFirstUse(idSchema), 0);
    expect(v.parse(lenient, 'nope')).toBe(0);
  });

  it('refuses an optional schema, which would make its key required inside an object', () => {
    const schema = builtOnFirstUse(() => v.optional(v.string()));
    expect(() => v.parse(schema, 'Emily')).toThrow(/key required/);
    // What it prevents: the object cannot see the absence the schema allows.
    expect(v.safeParse(v.object({ name: schema }), {}).success).toBe(false);
  });
});
