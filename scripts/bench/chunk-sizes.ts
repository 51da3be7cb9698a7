import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's `.vite/manifest.json` (build.manifest: true). */
interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

export interface ChunkSize {
  file: string;
  /** The module the chunk is named after (manifest key), e.g. `src/ui/mount-widget.tsx`. */
  source: string;
  raw: number;
  gzip: number;
  /** Loaded by the entry's static imports: must arrive before the widget can answer. */
  beforeInitialized: boolean;
  /** Named by index.html's modulepreload links: downloads with the entry, runs later. */
  preloaded: boolean;
  kind: 'entry' | 'dynamic entry' | 'shared';
}

interface Total {
  raw: number;
  gzip: number;
  files: string[];
}

export interface ChunkReport {
  chunks: ChunkSize[];
  beforeInitialized: Total;
  preloaded: Total;
}

const total = (chunks: readonly ChunkSize[]): Total => ({
  raw: chunks.reduce((sum, chunk) => sum + chunk.raw, 0),
  gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
  files: chunks.map((chunk) => chunk.file),
});

/**
 * Sizes of every JS chunk of the build in `outDir`, and which of them load before the
 * widget can send `initialized`: the HTML entry and, transitively, its static `imports`
 * (never its `dynamicImports`, which the widget starts fetching only after the handshake).
 */
export async function measureChunks(outDir: string): Promise<ChunkReport> {
  const manifest = JSON.parse(
    await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const before = new Set<string>();
  const visit = (key: string) => {
    if (before.has(key)) return;
    before.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const preloadedFiles = new Set(
    [...html.matchAll(/<link rel="modulepreload" href="\/([^"]+)"/g)].map((match) => match[1]),
  );

  const chunks: ChunkSize[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    const bytes = await readFile(join(outDir, chunk.file));
    chunks.push({
      file: chunk.file,
      source: chunk.src ?? chunk.name ?? key,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      beforeInitialized: before.has(key),
      preloaded: preloadedFiles.has(chunk.file),
      kind: chunk.isEntry ? 'entry' : chunk.isDynamicEntry ? 'dynamic entry' : 'shared',
    });
  }
  const rank = (chunk: ChunkSize) => (chunk.beforeInitialized ? 2 : chunk.preloaded ? 1 : 0);
  chunks.sort((a, b) => rank(b) - rank(a) || b.gzip - a.gzip);
  return {
    chunks,
    beforeInitialized: total(chunks.filter((chunk) => chunk.beforeInitialized)),
    preloaded: total(chunks.filter((chunk) => chunk.preloaded)),
  };
}
