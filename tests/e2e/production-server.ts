import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';

/** A production build in a temporary directory, as `npm run build` makes it. */
export interface ProductionBuild {
  outDir: string;
  /** Removes the directory. */
  remove(): Promise<void>;
}

/**
 * Builds with the project's own config (vite.config.ts) into a fresh temporary directory,
 * so tests and the benchmark never touch `dist/`. `manifest: true` adds
 * `.vite/manifest.json`, Vite's map of chunks and their static imports.
 */
export async function buildProduction(
  options: { manifest?: boolean; extraHostOrigins?: readonly string[] } = {},
): Promise<ProductionBuild> {
  const outDir = await mkdtemp(join(tmpdir(), 'handoff-build-'));
  // Vitest sets NODE_ENV=test, which would bundle development React: build as `npm run build` does.
  const environment = process.env.NODE_ENV;
  const extraHostOrigins = process.env.HANDOFF_EXTRA_HOST_ORIGINS;
  process.env.NODE_ENV = 'production';
  // What an admin sets to let another origin embed the build (vite.config.ts reads it).
  if (options.extraHostOrigins === undefined) delete process.env.HANDOFF_EXTRA_HOST_ORIGINS;
  else process.env.HANDOFF_EXTRA_HOST_ORIGINS = options.extraHostOrigins.join(',');
  try {
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: options.manifest ?? false },
    });
  } finally {
    process.env.NODE_ENV = environment;
    if (extraHostOrigins === undefined) delete process.env.HANDOFF_EXTRA_HOST_ORIGINS;
    else process.env.HANDOFF_EXTRA_HOST_ORIGINS = extraHostOrigins;
  }
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/**
 * `npm run preview` on a free port (or `port`): the same server, certificate and headers
 * (unless `headers` replaces them), serving the build in `outDir`.
 */
export async function startPreviewServer(
  outDir: string,
  options: { port?: number; headers?: Record<string, string> } = {},
): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    build: { outDir },
    preview: {
      port: options.port ?? 0,
      strictPort: options.port !== undefined,
      host: '127.0.0.1',
      ...(options.headers ? { headers: options.headers } : {}),
    },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The preview server did not report its port');
  }
  return { url: `https://127.0.0.1:${address.port}/`, server };
}
