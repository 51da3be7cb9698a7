import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startDevServer } from './browser';
import { serverCertificate, serverPort } from './cross-site';
import { buildProduction, startPreviewServer } from './production-server';

// The e2e project's globalSetup (vite.config.ts), run once in Vitest's main process:
// - the app as customers deploy it: one production build, served as `npm run preview`
//   serves it, for every simulator and cross-site session. A page of the build loads in
//   about 14 requests; the dev server's unbundled modules took about 200 per page, in a
//   fresh context each test (measured on the 2-core machine: a simulator page connected in
//   1.7 s against 3.2 s from the dev server; four browser files took 65-72 s against
//   102-113 s, and a third less CPU);
// - `npm start`'s dev server, warmed up, for the tests about the dev server itself
//   (tests/e2e/security.test.ts, simulator-demo-lookup.test.ts).
// Each test still gets a fresh browser context (fresh storage); the servers keep no state
// a test reads back except the demo sync service's calls, keyed by each call's own id
// (src/mocks/demo-phone.ts). The tests of the build itself (security, the demo lookup)
// read and serve the same build rather than building and serving one each (3-6 s a file
// under load).

/** What a test file needs to reach a shared server (plain data: it crosses processes). */
export interface SharedServer {
  /** e.g. `https://127.0.0.1:41234/` */
  url: string;
  port: number;
  /** The server's self-signed certificate (PEM), which cross-site Chromium trusts by key. */
  certificatePem: string;
  /** The production build it serves (with Vite's manifest), for the app server. */
  outDir?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The production build on `npm run preview`'s server, reached as 127.0.0.1 by the
     * simulator sessions and as every cross-site hostname by the cross-site sessions.
     */
    appServer: SharedServer | undefined;
    /** `npm start`'s dev server, hot reload included. */
    devServer: SharedServer | undefined;
  }
}

/**
 * The shared server of that name, or undefined when this run has no such globalSetup (a
 * config of its own, such as the soak's): the session then starts a dev server of its own.
 */
export function sharedServer(name: 'appServer' | 'devServer'): SharedServer | undefined {
  return inject(name);
}

export default async function startSharedServers(project: TestProject) {
  // Build before the dev server starts: the build switches NODE_ENV to production for a
  // while, and a dev server transforming modules meanwhile would serve production JSX.
  // The manifest is for the tests that measure the build's chunks.
  const production = await buildProduction({ manifest: true });
  const app = await startPreviewServer(production.outDir);
  project.provide('appServer', {
    url: app.url,
    port: serverPort(app.server),
    certificatePem: serverCertificate(app.server),
    outDir: production.outDir,
  });
  const dev = await startDevServer();
  project.provide('devServer', {
    url: dev.url,
    port: serverPort(dev.server),
    certificatePem: serverCertificate(dev.server),
  });
  return async () => {
    await dev.server.close();
    await app.server.close();
    await production.remove();
  };
}
