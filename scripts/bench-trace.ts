// `npx tsx scripts/bench-trace.ts [--loads N] [--out DIR] [--profile] [--module-marks]`: records a Chrome trace
// of first-dial loads as `npm run bench` makes them (scripts/bench/first-dial.ts: cross-site
// https, a new context per load, DIAL_NUMBER the instant INITIALIZED arrives) and prints what
// the widget frame's main thread did, task by task, from its navigation to the first link.
// Not part of the bench's figures: tracing slows what it watches. For finding where time goes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import {
  crossSiteHosts,
  hubSpotOrigin,
  launchCrossSiteChromium,
  newCrossSiteContext,
  widgetOrigin,
} from '../tests/e2e/cross-site';
import { buildProduction } from '../tests/e2e/production-server';
import { benchPagePath, buildBenchPages } from './bench/pages';
import { startPreviewProcess } from './bench/preview-process';

const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '3' },
    out: { type: 'string', default: '/tmp/handoff-traces' },
    page: { type: 'string', default: 'widget' },
    analyze: { type: 'string' },
    // Samples the widget's JS (an unminified build, so functions keep their names).
    profile: { type: 'boolean', default: false },
    // Times the entry's top level module by module (an unminified build, a mark at each
    // module's first statement): what runs before the frame's load event, hence SYNC.
    'module-marks': { type: 'boolean', default: false },
  },
});
const loads = Number(values.loads);
if (values.analyze !== undefined) {
  const { readFile } = await import('node:fs/promises');
  for (const file of values.analyze.split(',')) {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] };
    process.stdout.write(`\n=== ${file} ===\n${summarize(parsed.traceEvents)}\n`);
  }
  process.exit(0);
}
const outDir = values.out ?? '/tmp/handoff-traces';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

// Marks (blink.user_timing) in the widget frame at SYNC, DIAL_NUMBER and the first link,
// and in the host when INITIALIZED arrives (the dial is sent in that same task).
const markSource = `(() => {
  if (window.top === window) {
    window.addEventListener('message', (event) => {
      const type = event.data && event.data.type;
      if (type === 'INITIALIZED' || type === 'OUTGOING_CALL_STARTED') performance.mark('host:' + type);
    }, true);
    return;
  }
  performance.mark('widget:start');
  window.addEventListener('message', (event) => {
    const type = event.data && event.data.type;
    if (typeof type === 'string') performance.mark('widget:' + type);
  }, true);
  let linked = false;
  new MutationObserver(() => {
    if (!linked && document.querySelector('a[href^="openphone:"]')) {
      linked = true;
      performance.mark('widget:link');
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'blink.user_timing',
        'toplevel',
        'disabled-by-default-v8.compile',
        'loading',
        'blink',
        'disabled-by-default-devtools.timeline.frame',
        ...(values.profile ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    },
  });
  await run();
  const complete = new Promise<string>((done) =>
    cdp.once('Tracing.tracingComplete', (event) => done(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const moduleMarks = values['module-marks'] === true;
const production =
  values.profile || moduleMarks ? await unminifiedBuild() : await buildProduction();
if (moduleMarks) await markModules(production.outDir);
const moduleTimes = new Map<string, number[]>();
await buildBenchPages(production.outDir);
const hubSpot = await startPreviewProcess(production.outDir);
const widget = await startPreviewProcess(production.outDir);
const browser = await launchCrossSiteChromium({
  port: widget.port,
  certificatePem: [hubSpot.certificatePem, widget.certificatePem],
  extraHosts: { [crossSiteHosts.hubSpot]: hubSpot.port },
});
await mkdir(outDir, { recursive: true });
const widgetUrl =
  values.page === 'floor' ? `${widgetOrigin}${benchPagePath('floor')}` : `${widgetOrigin}/`;
try {
  const cdp = await browser.newBrowserCDPSession();
  for (let load = 0; load < loads; load += 1) {
    const context = await newCrossSiteContext(browser);
    await context.addInitScript({ content: markSource });
    const page = await context.newPage();
    const events = await traced(cdp, async () => {
      await page.goto(
        `${hubSpotOrigin}${benchPagePath('host')}?widget=${encodeURIComponent(widgetUrl)}`,
      );
      // A plain wait: Playwright's waitForFunction would evaluate its own script in the
      // page while it is being traced (scripts/bench/first-dial.ts says why that matters).
      await page.waitForTimeout(2000);
    });
    await context.close();
    const file = join(outDir, `load-${load + 1}.json`);
    await writeFile(file, JSON.stringify({ traceEvents: events }));
    process.stdout.write(`\n=== load ${load + 1} (${file}) ===\n${summarize(events)}\n`);
    if (moduleMarks) collectModuleTimes(events, moduleTimes);
  }
  if (moduleMarks) process.stdout.write(`\n${moduleTable(moduleTimes, loads)}\n`);
} finally {
  await browser.close();
  await hubSpot.close();
  await widget.close();
  await production.remove();
}

/** vite.config.ts's build, not minified. */
async function unminifiedBuild(): Promise<{ outDir: string; remove: () => Promise<void> }> {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { build } = await import('vite');
  const dir = await mkdtemp(join(tmpdir(), 'handoff-trace-'));
  process.env.NODE_ENV = 'production';
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, minify: false },
  });
  return { outDir: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A `performance.mark('module:<path>')` at each module's first statement in the entry. */
async function markModules(outDir: string): Promise<void> {
  const { readdir, readFile } = await import('node:fs/promises');
  // The comment the bundler writes above each module it inlines into the entry.
  const moduleComment = /^\/\/ (?:\.\.\/)*(?:main\/)?((?:node_modules|src)\/\S+|\\0vite\S+)$/;
  const assets = join(outDir, 'assets');
  for (const name of await readdir(assets)) {
    if (!name.startsWith('index-') || !name.endsWith('.js')) continue;
    const lines = (await readFile(join(assets, name), 'utf8')).split('\n');
    const marked = lines.flatMap((line) => {
      const module = moduleComment.exec(line)?.[1];
      return module === undefined
        ? [line]
        : [line, `performance.mark(${JSON.stringify(`module:${module}`)});`];
    });
    marked.push("performance.mark('module:(end)');");
    await writeFile(join(assets, name), marked.join('\n'));
  }
}

/** Each module's span, its mark to the next, in this load. */
function collectModuleTimes(events: TraceEvent[], into: Map<string, number[]>): void {
  const marks = events
    .filter((event) => event.cat.includes('blink.user_timing') && event.name.startsWith('module:'))
    .filter((event) => event.ph !== 'E')
    .sort((a, b) => a.ts - b.ts);
  marks.slice(0, -1).forEach((mark, index) => {
    const next = marks[index + 1];
    if (next === undefined) return;
    const module = mark.name.slice('module:'.length);
    into.set(module, [...(into.get(module) ?? []), (next.ts - mark.ts) / 1000]);
  });
}

/** The entry's top level by module, mean ms per load, largest first (traced: inflated). */
function moduleTable(times: Map<string, number[]>, loadCount: number): string {
  const rows = [...times]
    .map(([module, spans]) => ({ module, mean: spans.reduce((a, b) => a + b, 0) / loadCount }))
    .sort((a, b) => b.mean - a.mean);
  const total = rows.reduce((sum, row) => sum + row.mean, 0);
  return [
    `The entry's top level, module by module (mean of ${loadCount} loads, traced): ${total.toFixed(1)} ms`,
    ...rows
      .filter((row) => row.mean >= 0.05)
      .map((row) => `${row.mean.toFixed(2).padStart(7)} ms  ${row.module}`),
  ].join('\n');
}

/** The widget renderer's main thread, task by task, with the marks. */
function summarize(events: TraceEvent[]): string {
  const marks = events.filter(
    (event) => event.cat.includes('blink.user_timing') && event.ph !== 'E',
  );
  const markAt = (name: string) => marks.find((mark) => mark.name === name);
  const sync = markAt('widget:SYNC');
  // The SDK's first about:blank frame marks in HubSpot's process too: take the widget's.
  const start = marks.find((mark) => mark.name === 'widget:start' && mark.pid === sync?.pid);
  const host = markAt('host:INITIALIZED');
  if (start === undefined) return 'no widget:start mark';
  const { pid, tid } = start;
  const origin = start.ts;
  const rel = (ts: number) => ((ts - origin) / 1000).toFixed(1).padStart(7);
  const lines: string[] = [];
  for (const name of [
    'widget:start',
    'widget:SYNC',
    'host:INITIALIZED',
    'widget:DIAL_NUMBER',
    'widget:link',
    'host:OUTGOING_CALL_STARTED',
  ]) {
    const mark = markAt(name);
    if (mark !== undefined) lines.push(`${rel(mark.ts)} ms  mark ${name}`);
  }
  const end = (markAt('host:OUTGOING_CALL_STARTED') ?? markAt('widget:link') ?? host)?.ts;
  const onThread = events.filter(
    (event) => event.pid === pid && event.tid === tid && event.ph === 'X',
  );
  // Top-level tasks: ThreadControllerImpl::RunTask (toplevel) and similar.
  const tasks = onThread
    .filter((event) => event.name === 'ThreadControllerImpl::RunTask')
    .filter((event) => event.ts >= origin - 200_000 && event.ts <= (end ?? Infinity) + 20_000)
    .sort((a, b) => a.ts - b.ts);
  const interesting = new Set([
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'v8.produceModuleCache',
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'ParseHTML',
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'Commit',
    'RunMicrotasks',
    'V8.GC_SCAVENGER',
    'MinorGC',
    'MajorGC',
    'v8.run',
    'V8.CompileLazy',
    'V8.ParseFunction',
    'ParseAuthorStyleSheet',
    'ScheduleStyleRecalculation',
    'v8.parseOnBackground',
    'ResourceSendRequest',
    'ResourceFinish',
  ]);
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if ((task.dur ?? 0) < 1000) continue;
    const inside = onThread.filter(
      (event) =>
        event !== task && event.ts >= task.ts && event.ts <= taskEnd && interesting.has(event.name),
    );
    const byName = new Map<string, number>();
    for (const event of inside) {
      const detail =
        (event.args?.data?.type as string | undefined) ??
        (event.args?.data?.url as string | undefined)?.replace(/^https:\/\/[^/]+/, '') ??
        (event.args?.data?.functionName as string | undefined) ??
        '';
      const key = `${event.name}${detail ? `(${detail})` : ''}`;
      byName.set(key, (byName.get(key) ?? 0) + (event.dur ?? 0));
    }
    const parts = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([key, dur]) => `${key} ${(dur / 1000).toFixed(1)}`);
    lines.push(
      `${rel(task.ts)} ms  task ${((task.dur ?? 0) / 1000).toFixed(1).padStart(5)} ms  ${parts.join('; ')}`,
    );
  }
  return lines.sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b)).join('\n');
}
