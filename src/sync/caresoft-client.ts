import * as v from 'valibot';
import { type CareSoftCall, careSoftCallSchema } from './caresoft-events.js';
import type { CareSoftConfig } from './config.js';
import { nationalDigits } from './phone-number.js';
import { TtlCache } from './ttl-cache.js';
import { requestUpstream, type UpstreamDeps } from './upstream.js';
import { readAnswer } from './upstream-answer.js';

// CareSoft's REST API: `https://api.caresoft.vn/{domain}/api/v1/...` with a Bearer token,
// 15 requests/s; twenty 429s in a row lock the account for 15 minutes, so a 429 is never
// retried more than the shared policy allows.

// CareSoft's answers wrap lists in a named field; a call or an agent that fails the schema
// is left out rather than failing the list.
const callsAnswer = v.object({
  calls: v.optional(v.array(v.unknown())),
  data: v.optional(v.array(v.unknown())),
});
const agent = v.object({
  email: v.optional(v.nullable(v.string())),
  ipphone: v.optional(v.nullable(v.union([v.string(), v.number()]))),
  agent_id: v.optional(v.nullable(v.union([v.string(), v.number()]))),
});
const agentsAnswer = v.object({
  agents: v.optional(v.array(v.unknown())),
  data: v.optional(v.array(v.unknown())),
});

export interface CareSoftClient {
  /** The email of the agent with this extension (`ipphone`), from CareSoft's agent list. */
  agentEmail(extension: string): Promise<string | null>;
  /** Calls with one number, started in a time range. */
  callsWith(e164: string, startedAfter: number, startedBefore: number): Promise<CareSoftCall[]>;
}

/** CareSoft's own time format, in Vietnam time. */
function careSoftTimeText(at: number): string {
  return new Date(at + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function careSoftClient(deps: UpstreamDeps, config: CareSoftConfig): CareSoftClient {
  const headers = { authorization: `Bearer ${config.apiToken}`, accept: 'application/json' };
  const base = `${config.apiBase}/${encodeURIComponent(config.domain)}/api/v1`;
  const get = (path: string) =>
    requestUpstream(deps, 'caresoft', `${base}${path}`, { method: 'GET', headers });
  const emails = new TtlCache<Map<string, string>>(5 * 60_000, 1, deps.now);

  return {
    async agentEmail(extension) {
      const byExtension = await emails.get('all', async () => {
        const answer = await get('/agents');
        const body = readAnswer('caresoft', agentsAnswer, answer.body);
        const map = new Map<string, string>();
        for (const item of body.agents ?? body.data ?? []) {
          const parsed = v.safeParse(agent, item);
          if (!parsed.success || !parsed.output.email) continue;
          const key = parsed.output.ipphone ?? parsed.output.agent_id;
          if (key !== null && key !== undefined) map.set(String(key), parsed.output.email);
        }
        return map;
      });
      return byExtension.get(extension) ?? null;
    },

    async callsWith(e164, startedAfter, startedBefore) {
      const query = new URLSearchParams({
        start_time_since: careSoftTimeText(startedAfter),
        start_time_to: careSoftTimeText(startedBefore),
        phone: `0${nationalDigits(e164)}`,
      });
      const answer = await get(`/calls?${query}`);
      const body = readAnswer('caresoft', callsAnswer, answer.body);
      return (body.calls ?? body.data ?? []).flatMap((item) => {
        const call = v.safeParse(careSoftCallSchema, item);
        return call.success ? [call.output] : [];
      });
    },
  };
}
