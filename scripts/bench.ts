// `npm run bench`: builds the widget, then measures what issue 7 asks (not a test: it
// prints figures and exits 0). Options: --runs N (fresh loads per site, default 20),
// --calls N (scripted calls for the heap, default 100).
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { securityHeaders } from '../src/security/security-headers';
import { launchChromium } from '../tests/e2e/browser';
import { buildProduction, startPreviewServer } from '../tests/e2e/production-server';
import { measureChunks } from './bench/chunk-sizes';
import { type BenchSite, type LoadTimings, measureFreshLoad } from './bench/fresh-load';
import { measureHeap } from './bench/heap';
import { kB, MB, median, ms, table, verdict } from './bench/report';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, calls: { type: 'string', default: '100' } },
});
const runs = Math.max(15, Number(values.runs));
const calls = Math.max(10, Number(values.calls));

/** A free TCP port, so the policy can name the simulator's origin before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const log = (text = '') => process.stdout.write(`${text}\n`);

log('Building (vite build, production mode, manifest on) into a temporary directory...');
const production = await buildProduction({ manifest: true });
const port = await freePort();
// The simulator at https://localhost:PORT embeds the widget at https://127.0.0.1:PORT:
// two sites, so the widget runs in its own renderer process, as it does inside HubSpot.
// The production headers, with that simulator origin allowed to frame the widget.
const simulatorOrigin = `https://localhost:${port}`;
const { url, server } = await startPreviewServer(production.outDir, {
  port,
  headers: securityHeaders({ extraFrameAncestors: [simulatorOrigin] }),
});
const browser = await launchChromium();

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
          chunk.beforeInitialized ? 'yes' : 'no (lazy)',
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
  const first = chunks.beforeInitialized;
  log(
    `  JS before initialized: ${kB(first.raw)} raw, ${kB(first.gzip)} gzip (${first.files.join(', ')}); target < 95 kB gzip: ${verdict(first.gzip / 1000, 95)}`,
  );

  const sites: BenchSite[] = [
    {
      label: 'cross-site: the widget in its own renderer, as in HubSpot',
      simulatorUrl: `${simulatorOrigin}/`,
      widgetUrl: url,
    },
    {
      label: 'same origin: simulator and widget in one renderer',
      simulatorUrl: url,
      widgetUrl: url,
    },
  ];
  const results = new Map<string, LoadTimings[]>();
  for (const site of sites) {
    log();
    log(`Measuring ${runs} fresh loads, ${site.label}...`);
    const samples: LoadTimings[] = [];
    const failures: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      try {
        samples.push(await measureFreshLoad(browser, site));
      } catch (error) {
        failures.push(
          error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
        );
      }
    }
    if (failures.length > 0) {
      log(`  ${failures.length} load(s) failed and are left out; the first: ${failures[0]}`);
    }
    results.set(site.label, samples);
  }

  log();
  log(`(b) Over ${runs} fresh loads (a new browser context each), headless Chromium`);
  const rows = (site: BenchSite) => {
    const samples = results.get(site.label) ?? [];
    const row = (label: string, key: keyof LoadTimings, target: string) => {
      const values = samples
        .map((sample) => sample[key])
        .filter((value): value is number => value !== null);
      if (values.length === 0) return [label, 'n/a', '', '', target];
      return [label, ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values)), target];
    };
    return [
      [site.label, '', '', '', ''],
      row('  host start → INITIALIZED', 'hostStartToInitialized', '< 100 ms'),
      row('    host start → first SYNC (iframe load)', 'hostStartToSync', ''),
      row('    first SYNC → INITIALIZED', 'syncToInitialized', ''),
      row('      of which SYNC → the widget receives it', 'syncDelivery', ''),
      row('  DIAL_NUMBER → deep link + QR painted', 'dialToPainted', '< 50 ms'),
      row('  DIAL_NUMBER → OUTGOING_CALL_STARTED', 'dialToOutgoingCall', ''),
    ];
  };
  log(table([['', 'median', 'min', 'max', 'target'], ...sites.flatMap(rows)]));
  const medianOf = (key: 'hostStartToInitialized' | 'dialToPainted', site: BenchSite) =>
    median((results.get(site.label) ?? []).map((sample) => sample[key]));
  const [crossSite] = sites as [BenchSite, BenchSite];
  log(
    `  Targets, cross-site: host start → INITIALIZED ${verdict(medianOf('hostStartToInitialized', crossSite), 100)}; DIAL_NUMBER → QR painted ${verdict(medianOf('dialToPainted', crossSite), 50)}`,
  );
  log('  host start: the SDK inserts its iframe into the host page (MutationObserver there);');
  log('  INITIALIZED: the host page receives it. QR painted: the next animation frame after');
  log(
    '  the link and the QR are both in the widget DOM. DIAL_NUMBER, SYNC, OUTGOING_CALL_STARTED:',
  );
  log('  the simulator’s own send/receive stamps. All stamps are epoch ms across frames.');

  log();
  log(`Placing ${calls} scripted calls (cancelled and saved in turn), cross-site...`);
  const heap = await measureHeap(browser, crossSite, calls);
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
} finally {
  await browser.close();
  await server.close();
  await production.remove();
}
