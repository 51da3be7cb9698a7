// Read by vite.config.ts and src/security/security-headers.ts, never part of the browser bundle.
import type { Plugin } from 'vite';

/** Where `vite build` writes the files whose names carry a hash of their content. */
export const hashedAssetsPattern = '/assets/*';

/**
 * A hashed file's name changes whenever its bytes do, so a browser may keep it for good.
 * HubSpot reloads the widget's frame whenever the agent moves to another page; without
 * this, static hosts' default (Cloudflare's `max-age=0, must-revalidate`) sends a request
 * for every chunk on every reload, the entry's before the handshake. `index.html` keeps
 * the host's default, so a new build is picked up by the next load.
 */
export const hashedAssetCacheControl = 'public, max-age=31536000, immutable';

/**
 * `npm run preview` sends the same cache header for the hashed files as `public/_headers`,
 * under any base: the bench's floor page is built under /bench/floor/ and served beside
 * the widget, and its file must be kept as the widget's are for the two to compare.
 */
export function cacheHashedAssets(): Plugin {
  const folder = hashedAssetsPattern.slice(0, -1);
  return {
    name: 'handoff-cache-hashed-assets',
    configurePreviewServer(server) {
      // Vite's file server keeps a header already set on the response in place of its own
      // (`no-cache` for every file), so setting it first is enough.
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.includes(folder) === true) {
          res.setHeader('Cache-Control', hashedAssetCacheControl);
        }
        next();
      });
    },
  };
}
