import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every TypeScript file under a folder of `src/`. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Nodes that name another module: imports, re-exports, `import()` and `typeof import()`. */
const importing = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
  'TSImportType',
]);

/** What a file imports, of every kind, read by a real parser (Vite's). */
function importsOf(file: string): string[] {
  const { program, errors } = parseSync(file, readFileSync(file, 'utf8'));
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`);
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const { type, source } = node as { type?: string; source?: { value?: unknown } };
    if (type !== undefined && importing.has(type) && typeof source?.value === 'string') {
      found.push(source.value);
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(program);
  return found;
}

/** The folder of `src/` an import lands in, or null for a package. */
function layerOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(src, resolve(dirname(file), specifier));
  return target.split(/[\\/]/)[0] ?? null;
}

// The domain folders hold no UI and no demo: the screens and the mock services depend on
// them, never the other way round (docs/architecture.md, "Layers").
const outside = ['ui', 'mocks', 'widget', 'simulator'];
const rules = ['call', 'settings', 'handoff', 'lookup', 'journal', 'hubspot', 'i18n'].map(
  (layer) => ({ layer, never: outside }),
);

describe('layers', () => {
  it('reads imports of every kind', () => {
    const startWidget = importsOf(join(src, 'widget', 'start-widget.ts'));
    expect(startWidget).toContain('../ui/mount-widget');
    expect(startWidget).toContain('../hubspot/connect');
    expect(importsOf(join(src, 'widget', 'interpret-effect.ts'))).toContain('../lookup/lookup-kit');
  });

  for (const { layer, never } of rules) {
    it(`keeps ${layer}/ free of ${never.join(', ')}`, () => {
      const crossings = filesUnder(layer).flatMap((file) =>
        importsOf(file)
          .filter((specifier) => never.includes(layerOf(file, specifier) ?? ''))
          .map((specifier) => `${relative(src, file)} imports ${specifier}`),
      );
      expect(crossings).toEqual([]);
    });
  }
});
