// Read by vite.config.ts, never part of the browser bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, PreviewServer } from 'vite';
import { hashedAssetsPattern } from './hashed-assets.js';

const compressedTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Each hashed file of `outDir` (any `assets` folder under it), gzipped, by URL path. */
export function compressHashedAssets(outDir: string): Map<string, Buffer> {
  // '/assets/', as cacheHashedAssets reads the same pattern.
  const folder = hashedAssetsPattern.slice(0, -1);
  const compressed = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (compressedTypes[extname(entry.name)] !== undefined) {
        const url = `/${relative(outDir, path).split(sep).join('/')}`;
        if (url.includes(folder)) compressed.set(url, gzipSync(readFileSync(path), { level: 9 }));
      }
    }
  };
  walk(outDir);
  return compressed;
}

/**
 * `npm run preview` answers for a hashed file with a gzipped copy made once, when it starts,
 * as static hosts and CDNs keep theirs. Vite's own preview compresses every response
 * anew: on a 2-core machine that was 4-8 ms of the server's CPU for each chunk of the
 * widget, taken from the browser while it loads and greets HubSpot (`npm run bench`
 * serves the builds it compares, and their floor, this way). Listed after
 * cacheHashedAssets, whose Cache-Control header the answer keeps.
 */
export function serveCompressedAssets(): Plugin {
  return {
    name: 'handoff-compressed-assets',
    configurePreviewServer(server: PreviewServer) {
      const compressed = compressHashedAssets(server.config.build.outDir);
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const body = compressed.get(path);
        const accepts = String(req.headers['accept-encoding'] ?? '');
        if (
          body === undefined ||
          !/\bgzip\b/.test(accepts) ||
          (req.method !== 'GET' && req.method !== 'HEAD')
        ) {
          next();
          return;
        }
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value as string);
        res.setHeader('Content-Type', compressedTypes[extname(path)] ?? 'application/octet-stream');
        res.setHeader('Content-Encoding', 'gzip');
        const vary = res.getHeader('Vary');
        res.setHeader(
          'Vary',
          vary === undefined ? 'Accept-Encoding' : `${String(vary)}, Accept-Encoding`,
        );
        res.setHeader('Content-Length', body.length);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
