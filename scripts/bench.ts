// `npm run bench`: builds the widget for production and measures it as a new user meets it
// (issue 14). Not a test: it prints figures and exits 0. Options:
//   --runs N      loads of each page, alternating load by load (default 20)
//   --calls N     scripted calls for the heap (default 100; 0 skips it)
//   --against REF[,REF…] also load other commits' builds (e.g. main), alternating with this one
import { parseArgs } from 'node:util';
import { crossSiteHosts, launchCrossSiteChromium, widgetOrigin } from '../tests/e2e/cross-site';
import { buildProduction } from '../tests/e2e/production-server';
import { buildRef, type RefBuild } from './bench/against';
import { measureChunks } from './bench/chunk-sizes';
import {
  type DialTimings,
  type HandoffLoad,
  type LoadTimings,
  measureFloorLoad,
  measureHandoffLoad,
  measureIdleLoad,
  measureReloads,
} from './bench/first-dial';
import { measureHeap } from './bench/heap';
import { benchPagePath, buildBenchPages } from './bench/pages';
import { type PreviewProcess, startPreviewProcess } from './bench/preview-process';
import {
  atMost,
  bootstrapInterval,
  interval,
  kB,
  MB,
  median,
  ms,
  table,
  verdict,
} from './bench/report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    calls: { type: 'string', default: '100' },
    against: { type: 'string' },
  },
});
const runs = Math.max(5, Number(values.runs));
const calls = Math.max(0, Number(values.calls));

const targets = { firstDialMs: 50, initializedRatio: 1.15, gzipBeforeInitialized: 95_000 };
/** The site of the n-th build given with --against. */
const againstHost = (index: number) => `widget-${index + 2}.handoff.test`;

const log = (text = '') => process.stdout.write(`${text}\n`);
const firstLine = (error: unknown) =>
  error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);

log('Building (vite build, production mode, manifest on) into a temporary directory...');
const production = await buildProduction({ manifest: true });
await buildBenchPages(production.outDir);
const against: RefBuild[] = [];
for (const ref of values.against?.split(',').filter((name) => name !== '') ?? []) {
  log(`Building ${ref} the same way, to compare load by load...`);
  against.push(await buildRef(ref));
}

// `npm run preview`, with its production headers (they already let https://app.hubspot.com
// frame the widget): one process for HubSpot's site and one per widget build, so during a
// load no server also answers another site's requests.
const hubSpotServer = await startPreviewProcess(production.outDir);
const widgetServer = await startPreviewProcess(production.outDir);
const againstServers: PreviewProcess[] = [];
for (const build of against) againstServers.push(await startPreviewProcess(build.outDir));
const servers = [hubSpotServer, widgetServer, ...againstServers];
const browser = await launchCrossSiteChromium({
  port: widgetServer.port,
  certificatePem: servers.map((server) => server.certificatePem),
  extraHosts: {
    [crossSiteHosts.hubSpot]: hubSpotServer.port,
    ...Object.fromEntries(againstServers.map((server, index) => [againstHost(index), server.port])),
  },
});

interface Subject {
  label: string;
  url: string;
  kind: 'handoff' | 'floor';
}

try {
  const chunks = await measureChunks(production.outDir);
  log();
  log('(a) JavaScript chunks (gzip -9 with node:zlib; 1 kB = 1000 bytes)');
  log(
    table(
      [
        ['chunk', 'module', 'kind', 'raw', 'gzip', 'before initialized'],
        ...chunks.chunks.map((chunk) => [
          chunk.file,
          chunk.source,
          chunk.kind,
          kB(chunk.raw),
          kB(chunk.gzip),
          chunk.beforeInitialized ? 'yes' : chunk.preloaded ? 'preloaded, runs after' : 'no (lazy)',
        ]),
        [
          'total',
          '',
          '',
          kB(chunks.chunks.reduce((sum, chunk) => sum + chunk.raw, 0)),
          kB(chunks.chunks.reduce((sum, chunk) => sum + chunk.gzip, 0)),
          '',
        ],
      ],
      3,
    ),
  );
  const { beforeInitialized, preloaded } = chunks;
  // Counted against the target with what index.html preloads: all of it downloads up front.
  const upFront = beforeInitialized.gzip + preloaded.gzip;
  log(
    `  JS before initialized: ${kB(beforeInitialized.raw)} raw, ${kB(beforeInitialized.gzip)} gzip (${beforeInitialized.files.join(', ')})`,
  );
  log(
    `  preloaded with it, run after initialized: ${kB(preloaded.raw)} raw, ${kB(preloaded.gzip)} gzip (${preloaded.files.join(', ') || 'none'})`,
  );
  log(
    `  downloaded up front: ${kB(upFront)} gzip; target < 95 kB gzip: ${verdict(upFront, targets.gzipBeforeInitialized)}`,
  );

  const subjects: Subject[] = [
    { label: 'Handoff', url: `${widgetOrigin}/`, kind: 'handoff' },
    { label: 'floor', url: `${widgetOrigin}${benchPagePath('floor')}`, kind: 'floor' },
    ...against.map((build, index) => ({
      label: `Handoff@${build.ref}`,
      url: `https://${againstHost(index)}/`,
      kind: 'handoff' as const,
    })),
  ];
  // Indexed by round, so each load can be compared with the floor load next to it.
  const handoffRounds = new Map<string, (HandoffLoad | undefined)[]>();
  /** Host start → idle screen, in loads HubSpot does not dial. */
  const idleLoads = new Map<string, number[]>();
  const floorRounds: (LoadTimings | undefined)[] = [];
  /** Host start → INITIALIZED on the second and third load in one browser, by page. */
  const reloads = new Map<string, { second: number[]; third: number[] }>();
  const failures: string[] = [];
  log();
  log(
    `Measuring ${runs} loads of each of ${subjects.map((subject) => subject.label).join(', ')}, alternating (a new browser context each), then their reloads...`,
  );
  for (let run = 0; run < runs; run += 1) {
    // Every other round in reverse order, so neither page always follows the other.
    const order = run % 2 === 0 ? subjects : [...subjects].reverse();
    for (const subject of order) {
      try {
        if (subject.kind === 'floor') {
          floorRounds[run] = await measureFloorLoad(browser, subject.url);
        } else {
          const rounds = handoffRounds.get(subject.label) ?? [];
          rounds[run] = await measureHandoffLoad(browser, subject.url);
          handoffRounds.set(subject.label, rounds);
          const idle = idleLoads.get(subject.label) ?? [];
          idle.push(await measureIdleLoad(browser, subject.url));
          idleLoads.set(subject.label, idle);
        }
      } catch (error) {
        failures.push(`${subject.label}: ${firstLine(error)}`);
      }
    }
  }
  // The reloads in rounds of their own, once every first load is timed: each of their
  // browsers loads the screens three times, and closing one right before a first load
  // would weigh on it.
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? subjects : [...subjects].reverse();
    for (const subject of order) {
      try {
        const [second, third] = await measureReloads(browser, subject.url);
        const seen = reloads.get(subject.label) ?? { second: [], third: [] };
        if (second !== undefined) seen.second.push(second);
        if (third !== undefined) seen.third.push(third);
        reloads.set(subject.label, seen);
      } catch (error) {
        failures.push(`${subject.label} (reloads): ${firstLine(error)}`);
      }
    }
  }
  if (failures.length > 0) {
    log(`  ${failures.length} load(s) failed and are left out; the first: ${failures[0]}`);
  }

  const present = <T>(rounds: readonly (T | undefined)[]) =>
    rounds.filter((load): load is T => load !== undefined);
  const floorLoads = present(floorRounds);
  const floorInitialized = median(floorLoads.map((load) => load.initialized));
  /** Rounds in which this build and the floor both loaded, paired. */
  const pairedRounds = (rounds: readonly (HandoffLoad | undefined)[]) =>
    rounds.flatMap((load, round) => {
      const floor = floorRounds[round];
      return load === undefined || floor === undefined ? [] : [{ load, floor }];
    });
  /** Handoff's INITIALIZED over the floor's in the same round, for every round with both. */
  const pairedRatios = (rounds: readonly (HandoffLoad | undefined)[]) =>
    pairedRounds(rounds).map(({ load, floor }) => load.initialized / floor.initialized);
  /**
   * One run's resolution: each figure's 95 % interval over its rounds drawn again (the
   * ratio of medians, the load-by-load ratio, the first dial). A run decides a target only
   * when the interval lies on one side of it.
   */
  const intervals = (rounds: readonly (HandoffLoad | undefined)[]) => {
    const pairs = pairedRounds(rounds);
    const pick = (indices: readonly number[]) => indices.flatMap((index) => pairs[index] ?? []);
    return {
      ratio: bootstrapInterval(pairs.length, (indices) => {
        const drawn = pick(indices);
        return (
          median(drawn.map(({ load }) => load.initialized)) /
          median(drawn.map(({ floor }) => floor.initialized))
        );
      }),
      loadByLoad: bootstrapInterval(pairs.length, (indices) =>
        median(pick(indices).map(({ load, floor }) => load.initialized / floor.initialized)),
      ),
      firstDial: bootstrapInterval(pairs.length, (indices) =>
        median(pick(indices).map(({ load }) => load.first.ready)),
      ),
    };
  };
  const summary: string[] = [];
  /**
   * The page's first JS file (its entry chunk) arrived → HubSpot's first SYNC, load by
   * load: what running the entry and the page's load event take, whenever the file came.
   */
  const entryToSync = (loads: readonly LoadTimings[]) =>
    loads.flatMap((load) => {
      const entry = load.fetched.find((file) => /\/index-[\w-]+\.js$/.test(file.file));
      return entry === undefined ? [] : [load.firstSync - entry.end];
    });
  const stat = (samples: readonly number[]) =>
    samples.length === 0
      ? ['n/a', '', '']
      : [ms(median(samples)), ms(Math.min(...samples)), ms(Math.max(...samples))];
  const dialRows = (
    label: string,
    loads: readonly HandoffLoad[],
    pick: (load: HandoffLoad) => DialTimings,
  ) => [
    [`  ${label} → deep link in the DOM`, ...stat(loads.map((load) => pick(load).link)), ''],
    [`  ${label} → QR code in the DOM`, ...stat(loads.map((load) => pick(load).qr)), ''],
    [
      `  ${label} → OUTGOING_CALL_STARTED`,
      ...stat(loads.map((load) => pick(load).outgoingCall)),
      '',
    ],
  ];
  const rows: string[][] = [];
  rows.push(['floor (the SDK alone)', '', '', '', '']);
  rows.push([
    '  host start → INITIALIZED',
    ...stat(floorLoads.map((load) => load.initialized)),
    '',
  ]);
  rows.push(['    host start → first SYNC', ...stat(floorLoads.map((load) => load.firstSync)), '']);
  rows.push(['      entry chunk arrived → first SYNC', ...stat(entryToSync(floorLoads)), '']);
  rows.push([
    '    SYNC received → INITIALIZED',
    ...stat(
      floorLoads.flatMap((load) =>
        load.syncToInitialized === null ? [] : [load.syncToInitialized],
      ),
    ),
    '',
  ]);
  const floorReloads = reloads.get('floor') ?? { second: [], third: [] };
  const reloadRows = (label: string, ratios: boolean) =>
    (['second', 'third'] as const).map((which) => {
      const samples = reloads.get(label)?.[which] ?? [];
      const ratio = median(samples) / median(floorReloads[which]);
      return [
        `  reload in the same browser, ${which === 'second' ? '2nd' : '3rd'} load: host start → INITIALIZED`,
        ...stat(samples),
        ratios ? `${ratio.toFixed(2)} × floor` : '',
      ];
    });
  rows.push(...reloadRows('floor', false));
  for (const [label, rounds] of handoffRounds) {
    const loads = present(rounds);
    const initialized = median(loads.map((load) => load.initialized));
    const ready = median(loads.map((load) => load.first.ready));
    const ratio = initialized / floorInitialized;
    const idle = idleLoads.get(label) ?? [];
    const spread = intervals(rounds);
    summary.push(
      `  ${label}: first dial ${ms(ready)} (target ≤ ${targets.firstDialMs} ms: ${atMost(ready, targets.firstDialMs)}); INITIALIZED ${ratio.toFixed(3)} × floor (target ≤ ${targets.initializedRatio}: ${atMost(ratio, targets.initializedRatio)}; load by load ${median(pairedRatios(rounds)).toFixed(3)} ×); warm dial ${ms(median(loads.map((load) => load.warm.ready)))}; idle screen without a dial ${ms(median(idle))}`,
      `    95 % intervals over this run's rounds: INITIALIZED ${interval(spread.ratio)} × floor, load by load ${interval(spread.loadByLoad)} ×; first dial ${interval(spread.firstDial, 1)} ms`,
    );
    rows.push([`${label} (n = ${loads.length})`, '', '', '', '']);
    rows.push([
      '  host start → INITIALIZED',
      ...stat(loads.map((load) => load.initialized)),
      `${ratio.toFixed(2)} × floor`,
    ]);
    rows.push(['    host start → first SYNC', ...stat(loads.map((load) => load.firstSync)), '']);
    rows.push(['      entry chunk arrived → first SYNC', ...stat(entryToSync(loads)), '']);
    rows.push([
      '    SYNC received → INITIALIZED',
      ...stat(
        loads.flatMap((load) => (load.syncToInitialized === null ? [] : [load.syncToInitialized])),
      ),
      '',
    ]);
    rows.push([
      '  host start → journal lock asked for',
      ...stat(loads.flatMap((load) => (load.lockRequested === null ? [] : [load.lockRequested]))),
      '',
    ]);
    rows.push([
      '  host start → journal lock granted',
      ...stat(loads.flatMap((load) => (load.lockGranted === null ? [] : [load.lockGranted]))),
      '',
    ]);
    rows.push([
      '  host start → first render',
      ...stat(loads.flatMap((load) => (load.firstRender === null ? [] : [load.firstRender]))),
      '',
    ]);
    rows.push([
      '  first dial: DIAL_NUMBER → link in the DOM and OUTGOING_CALL_STARTED',
      ...stat(loads.map((load) => load.first.ready)),
      `target ≤ ${targets.firstDialMs} ms`,
    ]);
    rows.push(...dialRows('  first dial: DIAL_NUMBER', loads, (load) => load.first));
    rows.push([
      '    first dial: DIAL_NUMBER sent → received by the widget',
      ...stat(loads.map((load) => load.firstDialArrival)),
      '',
    ]);
    rows.push([
      '    first dial: long tasks in the widget meanwhile (sum)',
      ...stat(loads.map((load) => load.firstDialLongTasks)),
      '',
    ]);
    rows.push([
      '  warm dial: DIAL_NUMBER → link in the DOM and OUTGOING_CALL_STARTED',
      ...stat(loads.map((load) => load.warm.ready)),
      '',
    ]);
    rows.push([
      `  no dial: host start → idle screen in the DOM (n = ${idle.length})`,
      ...stat(idle),
      '',
    ]);
    rows.push(...reloadRows(label, true));
  }
  // Each build given with --against next to this one, round by round: the difference is
  // what one run can say about a change, and its interval whether it can say anything.
  const [own, ...others] = [...handoffRounds];
  for (const [label, rounds] of others) {
    if (own === undefined) break;
    const paired = own[1].flatMap((load, round) => {
      const other = rounds[round];
      const floor = floorRounds[round];
      return load === undefined || other === undefined || floor === undefined
        ? []
        : [{ load, other, floor }];
    });
    const pick = (indices: readonly number[]) => indices.flatMap((index) => paired[index] ?? []);
    const ratioGap = (indices: readonly number[]) => {
      const drawn = pick(indices);
      return (
        median(drawn.map(({ load, floor }) => load.initialized / floor.initialized)) -
        median(drawn.map(({ other, floor }) => other.initialized / floor.initialized))
      );
    };
    const dialGap = (indices: readonly number[]) => {
      const drawn = pick(indices);
      return (
        median(drawn.map(({ load }) => load.first.ready)) -
        median(drawn.map(({ other }) => other.first.ready))
      );
    };
    const all = paired.map((_, index) => index);
    const signed = (value: number, digits: number) =>
      `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
    summary.push(
      `  ${own[0]} minus ${label}, round by round (n = ${paired.length}): INITIALIZED load by load ${signed(ratioGap(all), 2)} × floor (95 % interval ${interval(bootstrapInterval(paired.length, ratioGap), 2, { signed: true })}); first dial ${signed(dialGap(all), 1)} ms (${interval(bootstrapInterval(paired.length, dialGap), 1, { signed: true })})`,
    );
  }
  log();
  log(`(b) ${runs} loads each, headless Chromium, medians (min, max)`);
  log(table([['', 'median', 'min', 'max', ''], ...rows]));
  log(
    '  host start: the SDK inserts the iframe into the HubSpot stand-in on https://app.hubspot.com;',
  );
  log('  INITIALIZED, OUTGOING_CALL_STARTED: received there. DIAL_NUMBER is sent the instant');
  log('  INITIALIZED arrives. "in the DOM": a MutationObserver in the widget frame. The warm dial');
  log('  is a second number, 500 ms after the agent cancelled the first call. "No dial": a load');
  log(
    '  of its own in each round that HubSpot never dials. "Reload": in a browser of its own each',
  );
  log("  round, HubSpot loads the widget's frame three times, undialled (the agent moving between");
  log("  pages); the 2nd and 3rd loads keep the HTTP cache and V8's code cache. Epoch ms stamps");
  log('  (performance.timeOrigin + now()) across processes.');

  for (const [label, loads] of [
    ...[...handoffRounds].map(([label, rounds]) => [label, present(rounds)] as const),
    ['floor', floorLoads] as const,
  ]) {
    const files = new Map<string, { start: number[]; end: number[] }>();
    for (const load of loads) {
      for (const file of load.fetched) {
        const name = file.file.replace(/-[\w-]{8}\.js$/, '.js');
        const entry = files.get(name) ?? { start: [], end: [] };
        entry.start.push(file.start);
        entry.end.push(file.end);
        files.set(name, entry);
      }
    }
    log();
    log(
      `  ${label}: its HTML, its run and each JS file it fetched, from host start (medians; a span in brackets runs from the first column to the second)`,
    );
    log(
      table([
        ['file or span', 'requested', 'arrived'],
        ...[...files].map(([file, times]) => [
          file,
          ms(median(times.start)),
          ms(median(times.end)),
        ]),
      ]),
    );
  }

  if (calls > 0) {
    log();
    log(`Placing ${calls} scripted calls (cancelled and saved in turn) through the simulator...`);
    const heap = await measureHeap(browser, calls);
    log();
    log('(c) Widget JS heap: its own renderer, V8 used heap after HeapProfiler.collectGarbage');
    log(`  The widget's journal is kept in ${heap.storage}.`);
    if (heap.failure !== null) log(`  Stopped early, the widget did not answer: ${heap.failure}`);
    const baseline = heap.samples[0]?.usedBytes ?? 0;
    log(
      table([
        ['after calls', 'used heap', 'change since call 1', 'clicks made twice'],
        ...heap.samples.map((sample) => [
          String(sample.calls),
          MB(sample.usedBytes),
          `${sample.usedBytes >= baseline ? '+' : '-'}${MB(Math.abs(sample.usedBytes - baseline))}`,
          String(sample.reclicked),
        ]),
      ]),
    );
  }
  log();
  log('Targets (medians of this run):');
  for (const line of summary) log(line);
  log(
    `  JS before initialized, with what index.html preloads: ${kB(upFront)} gzip (target < 95 kB: ${verdict(upFront, targets.gzipBeforeInitialized)})`,
  );
} finally {
  await browser.close();
  for (const server of servers) await server.close();
  await production.remove();
  for (const build of against) await build.remove();
}
