import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

function sourceFiles(): string[] {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Other ways of saying "this case cannot happen": each compiles, but at run time one returns
// the impossible value as if it were a result and another throws with no word of which value.
const otherIdioms = [
  { name: 'a `never` variable', pattern: /:\s*never\s*=/ },
  { name: '`satisfies never`', pattern: /satisfies\s+never\b/ },
];

describe('one way to end a switch over a union', () => {
  it('is assertNever (src/assert-never.ts) everywhere in src/', () => {
    const found = sourceFiles().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return otherIdioms
        .filter(({ pattern }) => pattern.test(text))
        .map(({ name }) => `${relative(src, file)} uses ${name}`);
    });
    expect(found).toEqual([]);
  });

  it('is used where the widget and the call machine end their switches', () => {
    const users = sourceFiles().filter((file) =>
      readFileSync(file, 'utf8').includes('assertNever('),
    );
    const folders = new Set(users.map((file) => relative(src, file).split(/[\\/]/)[0]));
    for (const folder of ['call', 'widget', 'ui']) expect(folders).toContain(folder);
  });
});

describe('the compiler settings that make a forgotten case an error', () => {
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: Record<string, unknown>;
  };

  it.each(['strict', 'noImplicitReturns', 'noFallthroughCasesInSwitch'])(
    'keeps %s on',
    (option) => {
      expect(tsconfig.compilerOptions[option]).toBe(true);
    },
  );
});
