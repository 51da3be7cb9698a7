import { createServer as createHttpsServer, type Server } from 'node:https';
import type { Browser, BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispositionIds } from '../../src/hubspot/engagement';
import { demoWidgetUrl } from '../../src/simulator/demo-widget-url';
import { localSettingsKey } from '../../src/simulator/local-settings';
import { launchChromium, newContext, startDevServer } from './browser';
import { type PickableOutcome, type PlannedCall, planCalls, type ReloadPoint } from './call-plan';
import { frameSettled } from './frame-settled';
import { type Recorded, widgetFrameSelector } from './widget-page';

interface Logged {
  externalCallId: string | null;
  problem: string | null;
}

const callCount = 300;
const baselineAfter = 10;
/**
 * Reloads fall in calls 11 to 200. The first 10 calls set the baseline; the last 100 run
 * in one widget document, so a leak inside a document shows in the final reading as a
 * leak across documents (the widget's process outlives its iframe's reloads) does.
 */
const reloadCalls = { from: baselineAfter, until: callCount - 100 };
const reloadChance = 0.15;
/** Issue 5: the heap after the run stays within 5 MB of the heap after the first 10 calls. */
const heapGrowthLimit = 5 * 1024 * 1024;
// A fixed default keeps CI reproducible; SUSTAINED_USE_SEED replays or explores another run.
const seed = Number(process.env.SUSTAINED_USE_SEED ?? 0x5eed_2025) >>> 0;

const pickedDispositions: Record<PickableOutcome, string> = {
  Connected: dispositionIds.connected,
  'Left voicemail': dispositionIds.leftVoicemail,
  'Left live message': dispositionIds.leftLiveMessage,
};

let browser: Browser;
let server: ViteDevServer;
/** A second door into the same dev server, on another port: where the simulator is served. */
let simulatorDoor: Server;
let simulatorUrl: string;
let widgetOrigin: string;
let context: BrowserContext;
let page: Page;

/**
 * The widget on the dev server's port, the simulator on a second port of the same dev
 * server (both `https://localhost`), so that:
 * - the widget gets its own renderer process and V8 isolate, as under HubSpot, whose
 *   iframe is cross-site. On one origin the two share an isolate, and the simulator's
 *   record of every message and call, which grows by design (some 90 KB a call), would be
 *   read as the widget's heap. `Origin-Agent-Cluster` asks Chromium for a process per
 *   origin; `--isolate-origins` would not do, it ignores ports;
 * - the widget's storage stays first-party: same site. Chromium denies localStorage to a
 *   cross-site frame here (the widget then rightly runs from memory and a reload loses the
 *   call), and this run is about the journal that carries a call across reloads;
 * - the simulator is a local dev host, which the widget lets start the SDK handshake.
 */
async function serveOnTwoOrigins(): Promise<void> {
  let url: string;
  ({ server, url } = await startDevServer());
  // An edit saved during the run would make Vite reload the simulator and wipe its record.
  await server.watcher.close();
  const tls = server.config.server.https;
  if (!tls) throw new Error('The dev server is not serving https');
  simulatorDoor = createHttpsServer(tls, server.middlewares);
  // Vite's HMR websocket listens for upgrades on its own server: hand the simulator's over.
  simulatorDoor.on('upgrade', (request, socket, head) => {
    server.httpServer?.emit('upgrade', request, socket, head);
  });
  await new Promise<void>((resolve) => simulatorDoor.listen(0, '127.0.0.1', resolve));
  const address = simulatorDoor.address();
  if (address === null || typeof address === 'string') throw new Error('No simulator port');
  const simulatorOrigin = `https://localhost:${address.port}`;
  simulatorUrl = `${simulatorOrigin}/`;
  widgetOrigin = `https://localhost:${new URL(url).port}`;

  // The widget's frame-ancestors names HubSpot and the simulator on port 9025; add this
  // run's simulator, and nothing else. Vite reads server.headers on each request.
  const headers = server.config.server.headers as Record<string, string>;
  const policy = headers['Content-Security-Policy'];
  if (policy === undefined || !policy.includes('frame-ancestors ')) {
    throw new Error('The dev server sends no frame-ancestors to extend');
  }
  headers['Content-Security-Policy'] = policy.replace(
    'frame-ancestors ',
    `frame-ancestors ${simulatorOrigin} `,
  );
  headers['Origin-Agent-Cluster'] = '?1';
}

beforeAll(async () => {
  await serveOnTwoOrigins();
  // Without it `performance.memory` is rounded and refreshed only every few minutes.
  browser = await launchChromium(['--enable-precise-memory-info']);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  simulatorDoor?.close();
  await server?.close();
});

const widget = () => page.frameLocator(widgetFrameSelector);

// The simulator's page grows by a log line per message and a card per call; a role query
// over the whole page gets slower with every call, so each one starts from its panel.
const simulator = {
  records: () => page.locator('nav[aria-label="Records"]'),
  recordCard: () => page.getByTestId('record-card'),
  widgetPanel: () => page.getByTestId('widget-panel'),
};
const hubSpotEndsCall = () =>
  simulator.widgetPanel().getByRole('button', { name: 'End call from HubSpot' }).click();

const recorded = () =>
  page.evaluate(() => {
    const record = (
      window as unknown as { handoffSimulator: { messages: Recorded[]; timeline: Logged[] } }
    ).handoffSimulator;
    return { messages: record.messages, timeline: record.timeline };
  });

const initializedCount = () =>
  page.evaluate(
    () =>
      (
        window as unknown as { handoffSimulator: { messages: Recorded[] } }
      ).handoffSimulator.messages.filter(
        (message) => message.direction === 'to-hubspot' && message.type === 'INITIALIZED',
      ).length,
  );

/** The widget's document as it is now: a reload replaces it, so never hold on to one. */
async function currentWidgetFrame(): Promise<Frame> {
  const element = await page.$(widgetFrameSelector);
  const frame = await element?.contentFrame();
  if (!frame) throw new Error('The widget iframe has no document');
  return frame;
}

const usedHeap = () =>
  (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/**
 * The widget's used JS heap after full collections. The CDP session is the widget
 * frame's own (Playwright opens one only for an out-of-process frame, so this also proves
 * the widget runs in its own isolate), opened anew because a reload may swap the process.
 */
async function widgetHeapBytes(): Promise<number> {
  const frame = await currentWidgetFrame();
  const session: CDPSession = await context.newCDPSession(frame);
  try {
    const readings: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await session.send('HeapProfiler.collectGarbage');
      readings.push(await frame.evaluate(usedHeap));
    }
    return Math.min(...readings);
  } finally {
    await session.detach();
  }
}

/**
 * Proves the measurement sees the widget: 40 MB held by the widget frame show in its
 * reading, and a collection through its CDP session frees them.
 */
async function checkHeapProbe(): Promise<void> {
  const before = await widgetHeapBytes();
  const frame = await currentWidgetFrame();
  await frame.evaluate(() => {
    (window as unknown as { sustainedUseProbe?: number[] }).sustainedUseProbe = new Array(
      5_000_000,
    ).fill(0.5);
  });
  const held = await frame.evaluate(usedHeap);
  await frame.evaluate(() => {
    delete (window as unknown as { sustainedUseProbe?: number[] }).sustainedUseProbe;
  });
  const after = await widgetHeapBytes();
  expect(held - before, 'the 40 MB probe shows in the widget frame').toBeGreaterThan(35e6);
  expect(held - after, 'collectGarbage frees the probe in the widget frame').toBeGreaterThan(35e6);
}

/** What the widget showed and the last messages, for a call that got stuck. */
async function whereItStopped(): Promise<string> {
  const screen = await currentWidgetFrame()
    .then((frame) => frame.locator('body').ariaSnapshot({ timeout: 2_000 }))
    .catch((error: unknown) => `(no widget screen: ${String(error)})`);
  const { messages } = await recorded();
  const last = messages
    .slice(-12)
    .map((message) => `  ${message.direction} ${message.type} ${JSON.stringify(message.data)}`);
  return [`Widget screen:\n${screen}`, 'Last messages:', ...last].join('\n');
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Where the time goes, so a slow run can be read rather than guessed at. */
const timings = new Map<string, { total: number; count: number }>();
async function timed<T>(label: string, action: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await action();
  } finally {
    const entry = timings.get(label) ?? { total: 0, count: 0 };
    entry.total += performance.now() - started;
    entry.count += 1;
    timings.set(label, entry);
  }
}

/** Reloads the iframe and waits for the new document to finish the handshake. */
async function reloadWidget(): Promise<void> {
  await timed('reload', async () => {
    const handshakes = await initializedCount();
    await simulator.widgetPanel().getByRole('button', { name: 'Reload widget' }).click();
    await expect.poll(initializedCount, { timeout: 15_000 }).toBeGreaterThan(handshakes);
    await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
  });
}

async function maybeReload(call: PlannedCall, point: ReloadPoint): Promise<void> {
  if (call.reloads.has(point)) await reloadWidget();
}

/**
 * The handoff is on screen and HubSpot has answered every call record asked for so far, as
 * it does within a second for a real agent (the screen no longer says so during the call).
 */
async function handoffShown(): Promise<void> {
  await widget().getByRole('button', { name: 'Connected' }).waitFor();
  await page.waitForFunction(() => {
    const { messages } = (window as unknown as { handoffSimulator: { messages: Recorded[] } })
      .handoffSimulator;
    const count = (direction: string, type: string) =>
      messages.filter((message) => message.direction === direction && message.type === type).length;
    return (
      count('to-widget', 'CREATE_ENGAGEMENT_SUCCEEDED') >=
      count('to-hubspot', 'OUTGOING_CALL_STARTED')
    );
  });
  // A click on Connected while the frame grew for the caller lookup's answer was lost once,
  // at call 255 of a fresh-clone run (5 Dec), with nothing heard.
  await frameSettled(page);
}

async function wrapUpAndSave(call: PlannedCall): Promise<void> {
  const notes = widget().getByRole('textbox', { name: 'Notes' });
  if (call.outcome !== null) {
    await widget().getByRole('radio', { name: call.outcome }).check();
  }
  if (call.notesBefore !== '') await notes.fill(call.notesBefore);
  if (call.reloads.has('wrapUp')) {
    await reloadWidget();
    // The same call comes back with what was typed and picked before the reload.
    await expect.poll(() => notes.inputValue()).toBe(call.notesBefore);
    if (call.outcome !== null) {
      expect(await widget().getByRole('radio', { name: call.outcome }).isChecked()).toBe(true);
    }
    await notes.press('End');
    await notes.pressSequentially(call.notesAfter);
  }
  await widget().getByRole('button', { name: 'Save call' }).click();
}

/**
 * Places one call as planned. Returns, for a call that was answered, how long at least it
 * lasted as seen from here (Connected had been clicked before the first clock reading,
 * the end not yet asked for at the second): the widget's timer must not count less.
 */
async function placeCall(call: PlannedCall, selectedRecord: string | null): Promise<number | null> {
  let talkedAtLeastMs: number | null = null;
  if (selectedRecord !== call.record) {
    await simulator.records().getByRole('button', { name: call.record, exact: true }).click();
  }
  await timed('dial → handoff shown', async () => {
    await simulator
      .recordCard()
      .getByRole('button', { name: call.dialButton, exact: true })
      .click();
    await handoffShown();
  });
  if (call.reloads.has('handoff')) {
    await reloadWidget();
    await handoffShown();
  }

  await timed('agent clicks through the call', async () => {
    switch (call.ending) {
      case 'cancel':
        await widget().getByRole('button', { name: 'Cancel call' }).click();
        return;
      case 'noAnswer':
      case 'busy':
        await widget()
          .getByRole('button', { name: call.ending === 'busy' ? 'Busy' : 'No answer' })
          .click();
        break;
      case 'hostEndsHandoff':
        await hubSpotEndsCall();
        break;
      case 'connected':
      case 'hostEndsConnected': {
        await widget().getByRole('button', { name: 'Connected' }).click();
        const answered = Date.now();
        await widget().getByRole('button', { name: 'End call' }).waitFor();
        await maybeReload(call, 'connected');
        talkedAtLeastMs = Date.now() - answered;
        if (call.ending === 'connected') {
          await widget().getByRole('button', { name: 'End call' }).click();
        } else {
          await hubSpotEndsCall();
        }
        break;
      }
      default: {
        const unreachable: never = call.ending;
        throw new Error(`Unknown ending ${String(unreachable)}`);
      }
    }
    await widget().getByRole('button', { name: 'Save call' }).waitFor();
    await wrapUpAndSave(call);
  });
  await timed('back to idle', () => widget().getByText('Ready for your next call').waitFor());
  return talkedAtLeastMs;
}

const endStatusOf: Record<PlannedCall['ending'], string> = {
  connected: 'COMPLETED',
  noAnswer: 'NO_ANSWER',
  busy: 'BUSY',
  cancel: 'CANCELED',
  hostEndsConnected: 'COMPLETED',
  hostEndsHandoff: 'CANCELED',
};

function describeCall(call: PlannedCall): string {
  const reloads = [...call.reloads].join('+') || 'no reload';
  return `call ${call.index} (${call.ending}, ${reloads})`;
}

/** Every way the recorded traffic differs from "each call ended once and completed once". */
function anomaliesIn(
  plan: readonly PlannedCall[],
  talkedAtLeastMs: ReadonlyMap<number, number>,
  messages: readonly Recorded[],
  timeline: readonly Logged[],
): string[] {
  const toHubSpot = messages.filter((message) => message.direction === 'to-hubspot');
  const idOf = (message: Recorded) => String(message.data?.externalCallId);
  const byType = (type: string) => toHubSpot.filter((message) => message.type === type);
  const started = byType('OUTGOING_CALL_STARTED');
  const problems: string[] = [];
  if (started.length !== plan.length) {
    problems.push(`${started.length} OUTGOING_CALL_STARTED for ${plan.length} calls placed`);
  }
  const startedIds = new Set(started.map(idOf));
  if (startedIds.size !== started.length) problems.push('an externalCallId was started twice');

  for (const type of ['CALL_ANSWERED', 'CALL_ENDED', 'CALL_COMPLETED']) {
    for (const message of byType(type)) {
      if (!startedIds.has(idOf(message))) problems.push(`${type} for unknown id ${idOf(message)}`);
    }
  }
  for (const entry of timeline) {
    if (!startedIds.has(String(entry.externalCallId))) {
      problems.push(`timeline entry for unknown id ${entry.externalCallId}`);
    }
    if (entry.problem !== null) {
      problems.push(`timeline entry ${entry.externalCallId}: ${entry.problem}`);
    }
  }

  // Calls start one after the other, so the n-th OUTGOING_CALL_STARTED is the n-th planned call.
  plan.forEach((call, index) => {
    const id = started[index] ? idOf(started[index]) : null;
    const what = describeCall(call);
    if (id === null) return;
    const forCall = (type: string) => byType(type).filter((message) => idOf(message) === id);
    const answered = forCall('CALL_ANSWERED');
    const ended = forCall('CALL_ENDED');
    const completed = forCall('CALL_COMPLETED');
    const expectAnswered =
      call.ending === 'connected' || call.ending === 'hostEndsConnected' ? 1 : 0;
    if (answered.length !== expectAnswered) {
      problems.push(`${what} ${id}: ${answered.length} CALL_ANSWERED, expected ${expectAnswered}`);
    }
    if (ended.length !== 1) problems.push(`${what} ${id}: ${ended.length} CALL_ENDED`);
    if (completed.length !== 1) problems.push(`${what} ${id}: ${completed.length} CALL_COMPLETED`);
    const logged = timeline.filter((entry) => entry.externalCallId === id).length;
    if (logged !== 1) problems.push(`${what} ${id}: on the timeline ${logged} times`);

    const toNumber = started[index]?.data?.toNumber;
    if (toNumber !== call.toNumber) problems.push(`${what}: dialled ${String(toNumber)}`);
    const endStatus = ended[0]?.data?.callEndStatus;
    if (ended[0] && endStatus !== endStatusOf[call.ending]) {
      problems.push(`${what}: callEndStatus ${String(endStatus)}`);
    }
    const properties = completed[0]?.data?.engagementProperties as
      | Record<string, unknown>
      | undefined;
    if (completed[0]) {
      const body = properties?.hs_call_body ?? '';
      const notes = call.notesBefore + call.notesAfter;
      if (body !== notes) {
        problems.push(
          `${what}: hs_call_body ${JSON.stringify(body)}, typed ${JSON.stringify(notes)}`,
        );
      }
      const duration = Number(properties?.hs_call_duration);
      // Unanswered calls last 0; answered ones at least as long as seen from here, in the
      // whole seconds the widget logs (src/hubspot/engagement.ts).
      const talked = talkedAtLeastMs.get(call.index);
      const talkedSeconds = talked === undefined ? 0 : Math.floor(talked / 1000) * 1000;
      if (talked === undefined ? duration !== 0 : !(duration >= talkedSeconds)) {
        problems.push(
          `${what}: hs_call_duration ${duration} ms, talked at least ${talked ?? 0} ms`,
        );
      }
      if (
        call.outcome !== null &&
        properties?.hs_call_disposition !== pickedDispositions[call.outcome]
      ) {
        problems.push(`${what}: disposition ${String(properties?.hs_call_disposition)}`);
      }
    }
  });
  return problems;
}

describe('sustained use of the widget in the HubSpot simulator, in Chromium', () => {
  it(`places ${callCount} calls in a row with reloads: each call ends and completes exactly once, and the heap does not grow`, {
    timeout: 20 * 60_000,
  }, async () => {
    const plan = planCalls(seed, { count: callCount, reloadChance, reloadCalls });
    const reloadCount = plan.reduce((sum, call) => sum + call.reloads.size, 0);
    console.info(
      `sustained use: seed ${seed} (replay with SUSTAINED_USE_SEED=${seed}), ${callCount} calls, ${reloadCount} reloads`,
    );

    context = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page's console stays out of the test output; errors and warnings are summed up.
    const consoleNoise = new Map<string, number>();
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const line = `${message.type()}: ${message.text().slice(0, 160)}`;
      consoleNoise.set(line, (consoleNoise.get(line) ?? 0) + 1);
    });
    // What a HubSpot tester does to load a widget from elsewhere (README): LocalSettings.
    await context.addInitScript(
      ({ key, value, origin }) => {
        if (window.top === window && window.location.origin === origin) {
          window.localStorage.setItem(key, value);
        }
      },
      {
        key: localSettingsKey,
        value: JSON.stringify({
          name: 'Handoff',
          url: demoWidgetUrl(widgetOrigin, 'openphone'),
        }),
        origin: new URL(simulatorUrl).origin,
      },
    );
    await page.goto(simulatorUrl);
    await page.locator('[data-testid=widget-connection][data-connection=connected]').waitFor();
    // The simulator's record lives in the page: a reload of the page itself would void the run.
    let simulatorReloads = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) simulatorReloads += 1;
    });

    // Where the time goes: the simulator's main thread, against the wall clock, per 50 calls.
    const simulatorMetrics = await context.newCDPSession(page);
    await simulatorMetrics.send('Performance.enable');
    const lap = async () => {
      const { metrics } = await simulatorMetrics.send('Performance.getMetrics');
      const busy = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
      return { at: performance.now(), busy: busy * 1000 };
    };
    const laps = [await lap()];
    const started = laps[0]?.at ?? performance.now();
    let selectedRecord: string | null = null;
    const talkedAtLeastMs = new Map<number, number>();
    let baselineHeap = 0;
    for (const call of plan) {
      try {
        const talked = await placeCall(call, selectedRecord);
        if (talked !== null) talkedAtLeastMs.set(call.index, talked);
      } catch (error) {
        throw new Error(
          `${describeCall(call)} failed (seed ${seed}): ${error instanceof Error ? error.message : String(error)}\n${await whereItStopped()}`,
        );
      }
      selectedRecord = call.record;
      if ((call.index + 1) % 50 === 0) laps.push(await lap());
      if (call.index + 1 === baselineAfter) {
        await checkHeapProbe();
        baselineHeap = await widgetHeapBytes();
      }
    }
    const finalHeap = await widgetHeapBytes();
    const elapsed = performance.now() - started;

    const { messages, timeline } = await recorded();
    const lines = [...timings].map(
      ([label, { total, count }]) =>
        `  ${label}: ${(total / 1000).toFixed(1)} s over ${count} (${(total / count).toFixed(0)} ms each)`,
    );
    console.info(
      [
        `sustained use: ${callCount} calls in ${(elapsed / 1000).toFixed(1)} s (seed ${seed})`,
        ...lines,
        `  seconds per 50 calls (simulator page busy): ${laps
          .slice(1)
          .map((end, index) => {
            const start = laps[index] ?? end;
            return `${((end.at - start.at) / 1000).toFixed(1)} (${((end.busy - start.busy) / 1000).toFixed(1)})`;
          })
          .join(', ')}`,
        `  widget JS heap after ${baselineAfter} calls: ${megabytes(baselineHeap)}`,
        `  widget JS heap after ${callCount} calls: ${megabytes(finalHeap)} (${finalHeap >= baselineHeap ? '+' : '-'}${megabytes(Math.abs(finalHeap - baselineHeap))})`,
        `  ${messages.length} messages recorded, ${timeline.length} calls on the timeline`,
        `  console errors and warnings: ${consoleNoise.size === 0 ? 'none' : ''}`,
        ...[...consoleNoise].slice(0, 5).map(([line, count]) => `    ${count}× ${line}`),
      ].join('\n'),
    );

    expect(simulatorReloads, 'the simulator page itself never reloads').toBe(0);
    expect(anomaliesIn(plan, talkedAtLeastMs, messages, timeline)).toEqual([]);
    expect(messages.filter((message) => message.type === 'ERROR')).toEqual([]);
    expect(timeline).toHaveLength(callCount);
    expect(pageErrors).toEqual([]);
    expect(finalHeap - baselineHeap).toBeLessThanOrEqual(heapGrowthLimit);
  });
});
