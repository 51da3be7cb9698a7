// The sync service on Cloudflare Workers (`npm run sync:deploy`): the same handler as on
// Node, configured from the Worker's variables and secrets (`wrangler secret put …`).
import type { Hono } from 'hono';
import { createSyncApp } from './app.js';
import { describeConfigProblem, readSyncConfig, type SyncEnv } from './config.js';

// One app per environment object, so a Worker isolate builds it once, not per request.
const apps = new WeakMap<object, Hono | Response>();

function appFor(env: SyncEnv & object): Hono | Response {
  const known = apps.get(env);
  if (known !== undefined) return known;
  const read = readSyncConfig(env);
  let built: Hono | Response;
  if (read.ok) {
    built = createSyncApp(read.config, {
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log: (entry) => console.log(JSON.stringify(entry)),
    });
  } else {
    console.error(describeConfigProblem(read.error));
    built = Response.json(
      { ok: false, error: 'configuration', variable: read.error.variable },
      { status: 500 },
    );
  }
  apps.set(env, built);
  return built;
}

export default {
  fetch(request: Request, env: SyncEnv & object): Response | Promise<Response> {
    const app = appFor(env);
    return app instanceof Response ? app.clone() : app.fetch(request, env);
  },
};
