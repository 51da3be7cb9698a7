import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer, ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { measureChunks } from '../../scripts/bench/chunk-sizes';
import { newContext, startDevServer, workerChromium } from './browser';
import { buildProduction, type ProductionBuild, startPreviewServer } from './production-server';
import { sharedServer } from './shared-servers';
import { widgetFrame } from './widget-page';

// What the README promises for +1 202-555-0104, the demo's "network failure".
const networkFailure = /did not answer \(network or CORS\)/;

let browser: Browser;
let devServer: ViteDevServer | undefined;
let preview: PreviewServer | undefined;
let production: ProductionBuild | undefined;
/** The production build the preview server serves (with Vite's manifest). */
let outDir: string;
let devUrl: string;
let previewUrl: string;
let context: BrowserContext | undefined;
let pageErrors: string[] = [];

beforeAll(async () => {
  // The run's production build and warmed-up dev server (tests/e2e/shared-servers.ts), or
  // servers of its own. Build before the dev server starts: the build switches NODE_ENV to
  // production for a while, and a dev server transforming modules meanwhile would bundle
  // production JSX.
  const app = sharedServer('appServer');
  if (app?.outDir === undefined) {
    production = await buildProduction({ manifest: true });
    ({ server: preview, url: previewUrl } = await startPreviewServer(production.outDir));
    outDir = production.outDir;
  } else ({ url: previewUrl, outDir } = app);
  const shared = sharedServer('devServer');
  if (shared === undefined) ({ server: devServer, url: devUrl } = await startDevServer());
  else devUrl = shared.url;
  browser = await workerChromium();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await preview?.close();
  await devServer?.close();
  await production?.remove();
});

async function openSimulator(url: string): Promise<Page> {
  pageErrors = [];
  context = await newContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
  return page;
}

/** Dials one of the demo lookup numbers from the simulator's list, then checks the card. */
async function dialDemo(page: Page, written: string) {
  await page.getByRole('button', { name: `Dial ${written}` }).click();
  return widgetFrame(page).getByRole('region', { name: 'Caller lookup' });
}

describe.each([
  ['the dev server (npm start)', () => devUrl],
  ['the preview server (npm run preview)', () => previewUrl],
])('the demo lookup service on %s', (_name, url) => {
  it('answers +1 202-555-0104 with a network failure the widget words as documented', async () => {
    const page = await openSimulator(url());
    const caller = await dialDemo(page, '+1 202-555-0104');
    await caller.getByText(networkFailure).waitFor();
    // The middleware did not fall over: the next lookup on the same server still answers.
    await widgetFrame(page).getByRole('button', { name: 'Cancel call' }).click();
    await widgetFrame(page).getByText('Ready for your next call').waitFor();
    const next = await dialDemo(page, '+1 410-793-4326');
    await next.getByRole('heading', { name: /Emily Carter/ }).waitFor();
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

/** GETs `path` over HTTP/1.1 (Node's https client): the status, or the error it ended with. */
function http1Get(base: string, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const call = request(new URL(path, base), {
      rejectUnauthorized: false,
      headers: { 'X-Execution-Token': 'demo-token' },
    });
    call.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    call.end();
  });
}

describe('the demo lookup service over HTTP/1.1', () => {
  it('drops the connection for the network failure, and answers the next request', async () => {
    const lookup = (digits: string) => `/demo-lookup/api/Lookup?PhoneNumber=${digits}`;
    expect(await http1Get(devUrl, lookup('12025550104'))).toBe('ECONNRESET');
    expect(await http1Get(devUrl, lookup('14107934326'))).toBe(200);
  });
});

describe('dialling typed text from the simulator', () => {
  it('sends it as typed, so a malformed number reaches the widget’s number check', async () => {
    const page = await openSimulator(devUrl);
    await page.getByRole('textbox', { name: 'Number to dial' }).fill('call me maybe');
    await page.getByRole('button', { name: 'Dial', exact: true }).click();
    await widgetFrame(page).getByRole('heading', { name: 'Check the number' }).waitFor();
    const dial = await page.evaluate(
      () =>
        (
          window as unknown as {
            handoffSimulator: { messages: { type: string; data: Record<string, unknown> }[] };
          }
        ).handoffSimulator.messages.find((message) => message.type === 'DIAL_NUMBER')?.data,
    );
    expect(dial).toMatchObject({ phoneNumber: 'call me maybe', objectType: 'CONTACT' });
    expect(dial).not.toHaveProperty('toPhoneNumberSrc');
  });
});

describe('the simulator in the production build', () => {
  it('stays out of what the widget loads first: no demo listing, no simulator page', async () => {
    const { beforeInitialized } = await measureChunks(outDir);
    const firstLoaded = await Promise.all(
      beforeInitialized.files.map((file) => readFile(join(outDir, file), 'utf8')),
    );
    for (const words of ['Chesapeake Freight', 'Dial another number', 'HubSpot simulator']) {
      expect(firstLoaded.filter((code) => code.includes(words))).toEqual([]);
    }
    // …and they are in the build, so the check above could fail.
    const { chunks } = await measureChunks(outDir);
    const simulator = chunks.find((chunk) => chunk.source.includes('start-simulator'));
    const code = await readFile(join(outDir, simulator?.file ?? ''), 'utf8');
    expect(code).toContain('Dial another number');
    expect(code).toContain('Chesapeake Freight');
  });
});
