import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

interface ImportNode {
  type?: string;
  importKind?: string;
  exportKind?: string;
  source?: { value?: unknown };
  specifiers?: { importKind?: string }[];
}

/** The modules a file needs at run time: static imports and re-exports, types left out. */
function valueImportsOf(file: string): string[] {
  const { program } = parseSync(file, readFileSync(file, 'utf8'));
  const found: string[] = [];
  for (const node of program.body as ImportNode[]) {
    const from = node.source?.value;
    if (typeof from !== 'string') continue;
    if (node.type === 'ImportDeclaration') {
      const specifiers = node.specifiers ?? [];
      const typesOnly =
        specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === 'type');
      if (node.importKind !== 'type' && !typesOnly) found.push(from);
    } else if (
      (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
      node.exportKind !== 'type'
    ) {
      found.push(from);
    }
  }
  return found;
}

function resolved(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return (
    [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(
      (file) => /\.tsx?$/.test(file) && existsSync(file),
    ) ?? null
  );
}

/** Every file of `src/` the entry reaches without a dynamic `import()`: the first chunk. */
function firstChunk(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const specifier of valueImportsOf(file)) {
      const next = resolved(file, specifier);
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].map((file) => relative(src, file)).sort();
}

describe('the widget’s first chunk (what loads before the handshake)', () => {
  const chunk = firstChunk(resolve(src, 'main.ts'));

  it('is found from the entry', () => {
    expect(chunk).toContain('widget/create-widget.ts');
  });

  it('carries no catalogue but the English timeline words that title a call', () => {
    expect(chunk.filter((file) => file.startsWith('i18n/catalogs/'))).toEqual([
      'i18n/catalogs/en-timeline.ts',
    ]);
    expect(chunk).not.toContain('i18n/i18n.ts');
  });
});
