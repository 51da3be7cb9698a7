// `npm run sync`: the sync service on Node, for self-hosting and local use (issue 11).
import { serve } from '@hono/node-server';
import { createSyncApp } from './app.js';
import { describeConfigProblem, readSyncConfig } from './config.js';
import { nodeFetch } from './node-fetch.js';
import { nodeHmac } from './node-hmac.js';

const read = readSyncConfig(process.env);
if (!read.ok) {
  process.stderr.write(`${describeConfigProblem(read.error)}\n`);
  process.exit(2);
}
const { config } = read;

const app = createSyncApp(config, {
  fetch: nodeFetch,
  hmac: nodeHmac,
  now: Date.now,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  log: (entry) =>
    process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`),
});

const providers = [config.openPhone && 'openphone', config.careSoft && 'caresoft'].filter(Boolean);
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  process.stdout.write(
    `sync: listening on http://localhost:${info.port} for ${providers.join(' and ')}\n`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
