import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startDevServer } from './browser';
import { serverCertificate, serverPort, startCrossSiteDevServer } from './cross-site';

// The e2e project's globalSetup (vite.config.ts). Every test file used to start its own dev
// server, and every one of them transformed the whole app again on its first page: the
// files now share two servers, started once in Vitest's main process and warmed up before
// the first test. Each test still gets a fresh browser context (fresh storage); the servers
// keep no state a test reads back except the demo sync service's calls, keyed by each
// call's own id (src/mocks/demo-phone.ts).

/** What a test file needs to reach a shared server (plain data: it crosses processes). */
export interface SharedServer {
  /** e.g. `https://127.0.0.1:41234/` */
  url: string;
  port: number;
  /** The server's self-signed certificate (PEM), which cross-site Chromium trusts by key. */
  certificatePem: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `npm start`'s dev server, hot reload included (tests/e2e/simulator-session.ts). */
    devServer: SharedServer | undefined;
    /** The dev server for cross-site hostnames, without hot reload (cross-site-session.ts). */
    crossSiteDevServer: SharedServer | undefined;
  }
}

/**
 * The shared server of that name, or undefined when this run has no such globalSetup (a
 * config of its own, such as the soak's): the session then starts a server of its own.
 */
export function sharedServer(name: 'devServer' | 'crossSiteDevServer'): SharedServer | undefined {
  return inject(name);
}

export default async function startSharedServers(project: TestProject) {
  const dev = await startDevServer();
  const crossSite = await startCrossSiteDevServer();
  project.provide('devServer', {
    url: dev.url,
    port: serverPort(dev.server),
    certificatePem: serverCertificate(dev.server),
  });
  const crossSitePort = serverPort(crossSite);
  project.provide('crossSiteDevServer', {
    url: `https://127.0.0.1:${crossSitePort}/`,
    port: crossSitePort,
    certificatePem: serverCertificate(crossSite),
  });
  return async () => {
    await dev.server.close();
    await crossSite.close();
  };
}
