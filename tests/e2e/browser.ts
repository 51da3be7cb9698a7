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

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65). Chromium keeps the last
 * `--disable-features` it is given, so a browser that disables one feature more repeats these
 * (tests/e2e/cross-site.ts leaves one out of its list on purpose).
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 draws its address bar's popup as WebUI pages, two renderer processes per
 * window, loaded for every page a test opens although headless nobody sees them: about 1 s
 * of CPU each. Over a minute of browser files they took 29 s of CPU against 33 s for every
 * page under test (the machine has two cores, and the browser files are CPU-bound). In
 * `npm run bench` they ran beside every load it timed, with a new window each, where an
 * agent's browser drew them once, long before HubSpot loads the widget.
 */
const unseenBrowserUi = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** `args` with the browser's unseen UI disabled as well. */
function withoutUnseenBrowserUi(args: readonly string[]): string[] {
  const prefix = '--disable-features=';
  const given = args.findLast((arg) => arg.startsWith(prefix));
  const disabled =
    given === undefined ? playwrightDisabledFeatures : given.slice(prefix.length).split(',');
  return [
    ...args.filter((arg) => !arg.startsWith(prefix)),
    `${prefix}${[...disabled, ...unseenBrowserUi].join(',')}`,
  ];
}

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
    args: withoutUnseenBrowserUi([...chromiumArgs, ...extraArgs]),
  });
}

/** Chromium processes a worker keeps for its next test file, by their extra switches. */
type WorkerBrowsers = Map<string, Promise<Browser>>;

// On globalThis, not in this module: the worker's test environment
// (tests/setup/chromium-environment.ts), which closes them, loads its own copy of it.
const workerBrowsersKey = Symbol.for('handoff.workerChromium');

function workerBrowsers(): WorkerBrowsers {
  const holder = globalThis as { [workerBrowsersKey]?: WorkerBrowsers };
  holder[workerBrowsersKey] ??= new Map();
  return holder[workerBrowsersKey];
}

/**
 * Chromium with these switches, launched once per test worker and kept for the files that
 * worker runs next (browser workers keep their modules between files, `isolate: false`):
 * a launch and close cost about 0.7 s on the 2-core machine idle and 1.5 s busy, for each
 * of 17 files. Files share the process only: each test still opens a context of its own,
 * with fresh storage, and closes it. Not to be closed by a test file:
 * closeWorkerChromium closes them when the worker ends.
 */
export function workerChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const browsers = workerBrowsers();
  const key = extraArgs.join('\n');
  const kept = browsers.get(key);
  if (kept !== undefined) return kept;
  const launched = launchChromium(extraArgs);
  browsers.set(key, launched);
  // A browser that crashed or failed to start is launched again by the next file.
  launched.then(
    (browser) => browser.on('disconnected', () => browsers.delete(key)),
    () => browsers.delete(key),
  );
  return launched;
}

/** Closes what workerChromium launched in this process. */
export async function closeWorkerChromium(): Promise<void> {
  const browsers = workerBrowsers();
  const launched = [...browsers.values()];
  browsers.clear();
  await Promise.all(
    launched.map(async (browser) => (await browser.catch(() => undefined))?.close()),
  );
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
