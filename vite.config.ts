import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { serveCompressedAssets } from './src/build/compressed-assets.js';
import { cacheHashedAssets } from './src/build/hashed-assets.js';
import { answeredModulePreloadRel } from './src/build/module-preload-rel.js';
import { phoneMetadataModules } from './src/build/phone-metadata-subset.js';
import { demoLookupService } from './src/mocks/demo-lookup-plugin.js';
import { demoSyncService } from './src/mocks/demo-sync-plugin.js';
import {
  readExtraHostOrigins,
  securityHeaders,
  staticHostHeadersFile,
} from './src/security/security-headers.js';
import LongestFirst from './tests/setup/longest-first.js';

// HubSpot's own calling demos serve on https://localhost:9025/ with a certificate made at
// start; HubSpot only embeds https widgets, so we do the same.
const port = 9025;

// In dev, the React plugin writes Fast Refresh's preamble into index.html as an inline
// script: the dev policy allows exactly that script by its hash (and the HMR websocket);
// the build has no inline script, so preview and static hosts get the strict policy.
const refreshPreamble = react.preambleCode.replace('__BASE__', '/');
const refreshPreambleHash = `sha256-${createHash('sha256').update(refreshPreamble).digest('base64')}`;
// Origins an admin allows, when building, to embed the widget and start its handshake:
// the bundle's host check (src/hubspot/host-origin.ts) and every frame-ancestors below
// get the same list. Production builds otherwise trust HubSpot's app hosts only.
const extraHostOrigins = readExtraHostOrigins(process.env.HANDOFF_EXTRA_HOST_ORIGINS);
const devHeaders = securityHeaders({
  inlineScriptHashes: [refreshPreambleHash],
  hotReload: true,
  development: true,
  extraFrameAncestors: extraHostOrigins,
});
const productionHeaders = securityHeaders({ extraFrameAncestors: extraHostOrigins });

/** public/_headers as the build's policy says, when an admin added origins to it. */
function staticHostHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'handoff-static-host-headers',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      if (extraHostOrigins.length === 0) return;
      await writeFile(
        join(outDir, '_headers'),
        staticHostHeadersFile({ extraFrameAncestors: extraHostOrigins }),
      );
    },
  };
}

/** What every Chromium test project shares (tests/e2e). */
const browserTests = {
  // Node's, closing the Chromium each worker keeps for its files (tests/e2e/browser.ts).
  environment: './tests/setup/chromium-environment.ts',
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // What a browser test polls for follows a page load or a reload and the SDK's
  // handshake: with two files on two cores that took over vitest's default 1 s.
  // A bound on waiting, not a speed check (speed is `npm run bench`).
  expect: { poll: { timeout: 15_000 } },
  // One production build on the preview server for every simulator and cross-site
  // session, and one warmed-up dev server for the tests of the dev server itself
  // (tests/e2e/shared-servers.ts), started once per project.
  globalSetup: ['tests/e2e/shared-servers.ts'],
  // One module graph per worker (playwright-core, Vite), not per file: each file
  // launches and closes its own Chromium and servers, so nothing is left between files.
  isolate: false,
};

export default defineConfig({
  plugins: [
    react(),
    basicSsl({ name: 'handoff-localhost', domains: ['localhost', '127.0.0.1'] }),
    // The embedded demo phone lookup service, so `npm start` shows caller data at once.
    demoLookupService(),
    // The sync service with the phone's side played by stand-ins (/demo-sync), no account.
    demoSyncService(),
    staticHostHeaders(),
    // Small phone metadata for the first call's number (src/handoff/quick-number.ts).
    phoneMetadataModules(),
    // Vite's preload helper without its feature test at load (src/build/module-preload-rel.ts).
    answeredModulePreloadRel(),
    // `npm run preview` lets browsers keep the hashed files, as public/_headers tells hosts.
    cacheHashedAssets(),
    // ...from copies gzipped once, as static hosts answer (after the line above: it keeps its header).
    serveCompressedAssets(),
  ],
  define: { __HANDOFF_EXTRA_HOST_ORIGINS__: JSON.stringify(extraHostOrigins) },
  server: { port, strictPort: true, host: 'localhost', headers: devHeaders },
  preview: { port, strictPort: true, host: 'localhost', headers: productionHeaders },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Vite's polyfill makes <link rel="modulepreload"> work in browsers without it (Safari
    // before 17, Firefox before 115), where the chunks would otherwise load when imported;
    // every browser HubSpot supports has it, and the polyfill ran before the widget on each
    // load (1-3 ms of the handshake, `npm run bench`).
    modulePreload: { polyfill: false },
  },
  test: {
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    // The browser files longest first, also in a fresh clone (tests/setup/longest-first.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // One module graph per worker, not per file: importing it again for each of 80-odd
          // files took longer than their tests. Each file sets up and tears down its own state.
          isolate: false,
          // Vitest's default is one worker less than the cores: one, on a 2-core machine.
          maxWorkers: 2,
          // fast-check properties of a few seconds took over 5 s on the shared 2-core machine
          // under load, failing tests whose assertions held.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          // The render counter first: React DOM looks for its hook when it loads.
          setupFiles: ['tests/setup/render-counter.ts', 'tests/setup/component.ts'],
          // One jsdom and module graph per worker, not per file (a fresh jsdom for each file
          // cost more than the tests in it); the setup files still run for every file.
          isolate: false,
          maxWorkers: 2,
          // A first render that loads the lazy screens took over 5 s on the shared 2-core
          // machine under load, failing tests whose assertions held.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          ...browserTests,
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The 300-call soak runs on its own: `npm run test:soak` (vitest.soak.config.ts).
          exclude: ['tests/e2e/sustained-use.test.ts'],
          // Two files at a time. A browser file mostly waits (the widget's own timers, such
          // as the 5 s to undo Cancel call, and the handshakes): on the production build one
          // file at a time kept about half of the two cores busy, and two at a time took
          // the browser files from 286 s to 172 s in `npm test` (224 s in all, against 387 s).
          maxWorkers: 2,
          // After the unit and component projects, so Chromium never competes with them for
          // the two cores (under that load a click in the 300-call run was once lost).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
