// `npm run bench:sync`: webhooks per second, latency and memory of the sync service over
// 10,000 OpenPhone events, against loopback stand-ins for HubSpot and OpenPhone with no rate
// limits (issue 11). The service runs alone in its own Node process (one core, one thread);
// the stand-ins and this driver run here. The baseline, measured in the same run on the same
// events, is a bare Hono route in that process that only checks the signature. "CPU/event"
// is the service process's own CPU time: events per CPU-second is what one core sustains.
// Not a test: it prints figures and exits 0. Options: --events N (default 10000),
// --concurrency N (requests in flight, default 16).
import { type ChildProcess, fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hubSpotStandInOrigin } from '../src/mocks/hubspot-crm-api';
import { openPhoneStandInOrigin } from '../src/mocks/openphone-api';
import { serveStandIns } from '../src/mocks/serve-stand-ins';
import { nodeFetch } from '../src/sync/node-fetch';
import { openPhoneSignature } from '../src/sync/signature';
import { MB, ms, table } from './bench/report';
import { benchSecrets, benchWorld } from './bench-sync/scenario';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '16' },
  },
});
const eventCount = Math.max(1000, Math.round(Number(values.events) / 2) * 2);
const concurrency = Math.max(1, Number(values.concurrency));
const warmUpCalls = 250;
const checkpoints = 4;

const log = (text = '') => process.stdout.write(`${text}\n`);
const encoder = new TextEncoder();
const signingKey = Uint8Array.from(atob(benchSecrets.openPhoneSigningKey), (char) =>
  char.charCodeAt(0),
);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
log(
  `Machine: ${cpus().length} cores, load average ${load()} (other work on the machine slows every figure)`,
);
log(`Seeding the stand-ins: ${eventCount / 2 + warmUpCalls} calls, two events each...`);
const world = benchWorld(eventCount / 2 + warmUpCalls);
const standIns = await serveStandIns([
  { path: '/hubspot', origin: hubSpotStandInOrigin, routes: () => world.hubSpot.routes },
  { path: '/openphone', origin: openPhoneStandInOrigin, routes: () => world.openPhone.routes },
]);

type Measure = { kind: 'measure'; heapUsed: number; rss: number; cpuMs: number };
const child: ChildProcess = fork(
  fileURLToPath(new URL('./bench-sync/service.ts', import.meta.url)),
  {
    execArgv: [
      '--expose-gc',
      '--import',
      'tsx',
      ...(process.env.BENCH_SYNC_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/syncprof'] : []),
    ],
    env: {
      PATH: process.env.PATH ?? '',
      HUBSPOT_ACCESS_TOKEN: benchSecrets.hubSpotToken,
      HUBSPOT_API_BASE: `${standIns.url}/hubspot`,
      OPENPHONE_API_KEY: benchSecrets.openPhoneKey,
      OPENPHONE_API_BASE: `${standIns.url}/openphone`,
      OPENPHONE_WEBHOOK_SIGNING_KEY: benchSecrets.openPhoneSigningKey,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  },
);
const next = <T>(kind: string) =>
  new Promise<T>((resolve) => {
    const listen = (message: { kind?: string }) => {
      if (message.kind !== kind) return;
      child.off('message', listen);
      resolve(message as T);
    };
    child.on('message', listen);
  });
const ports = await next<{ service: number; baseline: number }>('ready');
const measure = () => {
  const answer = next<Measure>('measure');
  child.send('measure');
  return answer;
};

type Event = { body: Uint8Array<ArrayBuffer>; type: string };
function eventsFor(calls: typeof world.calls): Event[] {
  const bodies = (type: 'call.completed' | 'call.recording.completed') =>
    calls.map((call) => ({
      type,
      body: encoder.encode(JSON.stringify(world.openPhone.event(type, call))),
    }));
  return [...bodies('call.completed'), ...bodies('call.recording.completed')];
}

interface Run {
  latencies: number[];
  wallMs: number;
  statuses: Map<number, number>;
}

/** Sends events with `concurrency` in flight, each signed just before it leaves. */
async function send(port: number, events: readonly Event[]): Promise<Run> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let cursor = 0;
  const started = performance.now();
  async function worker() {
    while (cursor < events.length) {
      const event = events[cursor++];
      if (event === undefined) return;
      const signature = await openPhoneSignature(event.body, signingKey, Date.now());
      const sent = performance.now();
      const response = await nodeFetch(`http://127.0.0.1:${port}/webhooks/openphone`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'openphone-signature': signature },
        body: event.body,
      });
      await response.text();
      latencies.push(performance.now() - sent);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: performance.now() - started, statuses };
}

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const warmUp = eventsFor(world.calls.slice(0, warmUpCalls));
const measured = eventsFor(world.calls.slice(warmUpCalls));
const slice = measured.length / checkpoints;

try {
  log(`Warming up (${warmUp.length} events to each)...`);
  await send(ports.service, warmUp);
  await send(ports.baseline, warmUp);

  log(`Baseline: ${measured.length} events, signature check only...`);
  const baselineCpu = (await measure()).cpuMs;
  const baseline = await send(ports.baseline, measured);
  const baselineCpuMs = (await measure()).cpuMs - baselineCpu;

  log(
    `Sync service: ${measured.length} events in ${checkpoints} slices, heap after a GC after each...`,
  );
  const heap: Measure[] = [await measure()];
  const driverCpu = process.cpuUsage();
  const service: Run = { latencies: [], wallMs: 0, statuses: new Map() };
  for (let index = 0; index < checkpoints; index += 1) {
    const run = await send(ports.service, measured.slice(index * slice, (index + 1) * slice));
    service.latencies.push(...run.latencies);
    service.wallMs += run.wallMs;
    for (const [status, count] of run.statuses)
      service.statuses.set(status, (service.statuses.get(status) ?? 0) + count);
    heap.push(await measure());
  }
  const serviceCpuMs = (heap.at(-1)?.cpuMs ?? 0) - (heap[0]?.cpuMs ?? 0);
  const driverUsage = process.cpuUsage(driverCpu);
  const driverCpuMs = (driverUsage.user + driverUsage.system) / 1000;

  // A fast service that writes the wrong thing proves nothing: check what it wrote.
  const written = world.hubSpot
    .calls()
    .filter((call) => call.properties.hs_call_recording_url?.startsWith('https://'));
  const keyed = new Set(written.map((call) => call.properties.hs_call_external_id));

  const rate = (run: Run) => (run.latencies.length / run.wallMs) * 1000;
  const row = (name: string, run: Run, cpuMs: number) => [
    name,
    String(run.latencies.length),
    rate(run).toFixed(0),
    ms(cpuMs / run.latencies.length),
    ms(percentile(run.latencies, 0.5)),
    ms(percentile(run.latencies, 0.95)),
    [...run.statuses].map(([status, count]) => `${status}×${count}`).join(' '),
  ];
  log();
  log(
    `(a) Throughput and latency, ${concurrency} requests in flight, loopback stand-ins, no rate limits`,
  );
  log(
    table(
      [
        ['', 'events', 'events/s', 'CPU/event', 'p50', 'p95', 'answers'],
        row('sync service', service, serviceCpuMs),
        row('baseline (signature only)', baseline, baselineCpuMs),
        [
          'ratio service/baseline',
          '',
          `${(rate(service) / rate(baseline)).toFixed(2)}×`,
          `${(serviceCpuMs / baselineCpuMs).toFixed(1)}×`,
          `${(percentile(service.latencies, 0.5) / percentile(baseline.latencies, 0.5)).toFixed(1)}×`,
          `${(percentile(service.latencies, 0.95) / percentile(baseline.latencies, 0.95)).toFixed(1)}×`,
          '',
        ],
      ],
      1,
    ),
  );
  const onOneCore = (service.latencies.length / serviceCpuMs) * 1000;
  log(
    `  target ≥ 500 events/s: ${rate(service).toFixed(0)} events/s wall (${rate(service) >= 500 ? 'met' : 'MISSED'}); ` +
      `${onOneCore.toFixed(0)} events per CPU-second of the service process`,
  );
  log(
    `  this process (stand-ins and load): ${ms(driverCpuMs / service.latencies.length)} CPU per event; ` +
      'on a busy machine the wall figures are bounded by CPU time shared with other work',
  );
  log(
    `  calls written with status, talk time and recording: ${written.length} of ${world.calls.length} (${keyed.size} distinct OpenPhone ids)`,
  );

  log();
  log('(b) Service heap after a full GC (the first slice fills the owner and number caches)');
  log(
    table(
      [
        ['after', 'heap used', 'rss'],
        ...heap.map((point, index) => [
          `${index * slice} events`,
          MB(point.heapUsed),
          MB(point.rss),
        ]),
      ],
      1,
    ),
  );
  log(`  load average at the end: ${load()}`);
  const growth = (heap.at(-1)?.heapUsed ?? 0) - (heap[1]?.heapUsed ?? 0);
  log(
    `  growth from ${slice} to ${measured.length} events: ${MB(growth)} (${growth < 5_000_000 ? 'flat' : 'GROWING'})`,
  );
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  child.kill();
  await standIns.close();
}
