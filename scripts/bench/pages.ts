import { join } from 'node:path';
import { build } from 'vite';

/** The bench's own pages: the HubSpot stand-in (`host`) and the floor widget (`floor`). */
export const benchPages = ['host', 'floor'] as const;
export type BenchPage = (typeof benchPages)[number];

/** Where a bench page is served, relative to the site's root. */
export const benchPagePath = (page: BenchPage) => `/bench/${page}/`;

/**
 * Builds each bench page on its own (one bundle each, nothing shared), minified for
 * production like the widget, into `<outDir>/bench/<page>/`, so the preview server that
 * serves the widget's build serves them too, with the same headers.
 */
export async function buildBenchPages(outDir: string): Promise<void> {
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const page of benchPages) {
      await build({
        configFile: false,
        logLevel: 'error',
        root: join(import.meta.dirname, 'pages', page),
        base: benchPagePath(page),
        build: {
          outDir: join(outDir, 'bench', page),
          emptyOutDir: true,
          target: 'es2022',
          modulePreload: false,
        },
      });
    }
  } finally {
    process.env.NODE_ENV = environment;
  }
}
