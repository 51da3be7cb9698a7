// A Vite build plugin (read by vite.config.ts, never part of the browser bundle).
import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload" fetchpriority="low">` to the built index.html for the
 * chunks of each module in `sources` (paths from the project root, e.g.
 * `src/handoff/kit.ts`) and the chunks they import, after the entry's own script.
 *
 * Vite preloads a lazy chunk only when the code imports it, which for the widget is after
 * its entry has arrived and run: a second round trip. Preloaded from the page, the chunk
 * downloads and compiles alongside the entry, but still runs only when imported, and a
 * preload holds back neither the entry nor the page's load event (which is when HubSpot
 * starts its handshake).
 */
export function preloadLazyChunks(sources: readonly string[]): Plugin {
  return {
    name: 'handoff:preload-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (bundle === undefined) return [];
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const entry = chunks.find((chunk) => chunk.isEntry);
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (files.includes(fileName) || fileName === entry?.fileName) return;
          files.push(fileName);
          for (const imported of bundle[fileName]?.type === 'chunk'
            ? bundle[fileName].imports
            : []) {
            visit(imported);
          }
        };
        for (const source of sources) {
          const chunk = chunks.find((candidate) =>
            candidate.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${source}`),
          );
          if (chunk === undefined) throw new Error(`No chunk is built from ${source}`);
          visit(chunk.fileName);
        }
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', href: `/${file}`, fetchpriority: 'low' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
