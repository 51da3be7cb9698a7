// The process under measure in `npm run bench:sync`: the sync service (the same app as
// `npm run sync`) and, on a second port, the baseline: a bare Hono route that only reads
// the body and checks the OpenPhone signature. Started with --expose-gc; answers the
// driver's `measure` message with its heap after a full GC and its CPU time.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSyncApp } from '../../src/sync/app';
import { readSyncConfig } from '../../src/sync/config';
import { nodeFetch } from '../../src/sync/node-fetch';
import { nodeHmac } from '../../src/sync/node-hmac';
import { readRawBody } from '../../src/sync/raw-body';
import { verifyOpenPhoneSignature } from '../../src/sync/signature';

const read = readSyncConfig(process.env);
if (!read.ok || read.config.openPhone === null) throw new Error('bench service: bad configuration');
const { config } = read;
const { signingKey } = read.config.openPhone;

const app = createSyncApp(config, {
  fetch: nodeFetch,
  hmac: nodeHmac,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  log: () => undefined,
});

const baseline = new Hono();
baseline.post('/webhooks/openphone', async (c) => {
  const raw = await readRawBody(c.req.raw);
  if (!raw.ok) return c.json({ ok: false }, 413);
  const check = await verifyOpenPhoneSignature(
    c.req.header('openphone-signature') ?? null,
    raw.bytes,
    signingKey,
    Date.now(),
    nodeHmac,
  );
  return check.ok ? c.json({ ok: true }) : c.json({ ok: false }, 401);
});

const ports = await Promise.all(
  [app, baseline].map(
    (handler) =>
      new Promise<number>((resolve) => {
        serve({ fetch: handler.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
          resolve(info.port),
        );
      }),
  ),
);

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (message) => {
  if (message === 'stop') process.exit(0);
  if (message !== 'measure') return;
  gc?.();
  gc?.();
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  process.send?.({
    kind: 'measure',
    heapUsed: memory.heapUsed,
    rss: memory.rss,
    cpuMs: (cpu.user + cpu.system) / 1000,
  });
});
process.send?.({ kind: 'ready', service: ports[0], baseline: ports[1] });
