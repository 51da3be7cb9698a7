import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** Debian's Chromium: tests never download a browser of their own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google on a machine
// with no network; the sandbox cannot start as root in CI containers.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs` are added after the usual flags (e.g. `--enable-precise-memory-info`). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: browser tests need it. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

/** A context that trusts the dev server's self-signed certificate, as the agent does by hand. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
}

/**
 * The app's entry and the modules it loads lazily: a test server transforms them (and what
 * they import) as soon as it starts, not while the first test waits for its page.
 */
export const warmupFiles = [
  './src/main.ts',
  './src/simulator/start-simulator.tsx',
  './src/ui/mount-widget.tsx',
  './src/handoff/kit.ts',
  './src/widget/first-call-kit.ts',
  './src/lookup/lookup-kit.ts',
  './src/i18n/i18n.ts',
];

/**
 * The real dev server (same config as `npm start`), on a free port so a running
 * `npm start` on 9025 does not collide with the tests.
 */
export async function startDevServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: {
      port: 0,
      strictPort: false,
      host: '127.0.0.1',
      warmup: { clientFiles: warmupFiles },
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    throw new Error('The dev server did not report its port');
  }
  return { url: `https://127.0.0.1:${address.port}/`, server };
}
