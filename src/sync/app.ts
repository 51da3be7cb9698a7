import { type Context, Hono } from 'hono';
import { assertNever } from '../assert-never.js';
import { careSoftClient } from './caresoft-client.js';
import { parseCareSoftEvent } from './caresoft-events.js';
import { syncCareSoftEvent } from './caresoft-sync.js';
import type { SyncConfig } from './config.js';
import { hubSpotClient } from './hubspot-client.js';
import { openPhoneClient } from './openphone-client.js';
import { parseOpenPhoneEvent } from './openphone-events.js';
import { syncOpenPhoneEvent } from './openphone-sync.js';
import type { Provider } from './provider-call.js';
import { readRawBody } from './raw-body.js';
import { type Hmac, verifyCareSoftSignature, verifyOpenPhoneSignature } from './signature.js';
import type { SyncDeps, SyncOutcome } from './sync-call.js';
import { TtlCache } from './ttl-cache.js';
import { type UpstreamDeps, UpstreamError } from './upstream.js';

/** One log line: codes and ids, never a secret, a phone number or what was said. */
export type LogEntry = Record<string, string | number | boolean | null>;

export interface SyncRuntime extends UpstreamDeps {
  log: (entry: LogEntry) => void;
  /** How webhook signatures are computed; Web Crypto when absent (Workers). */
  hmac?: Hmac;
}

/** How long a provider should wait before retrying an event we could not finish. */
export const retryLaterSeconds = 60;

type Answer = { status: 200 | 400 | 401 | 404 | 413 | 422 | 500 | 502 | 503; body: LogEntry };

function outcomeAnswer(outcome: SyncOutcome): Answer {
  switch (outcome.code) {
    case 'updated':
    case 'up-to-date':
      return {
        status: 200,
        body: {
          ok: true,
          outcome: outcome.code,
          hubSpotCallId: outcome.hubSpotCallId,
          via: outcome.via,
        },
      };
    case 'created':
      return {
        status: 200,
        body: { ok: true, outcome: 'created', hubSpotCallId: outcome.hubSpotCallId },
      };
    case 'skipped':
      // Writing nothing is a decision, not a failure: retrying would decide the same.
      return { status: 200, body: { ok: true, outcome: 'skipped', reason: outcome.reason } };
    case 'ignored':
      return { status: 200, body: { ok: true, outcome: 'ignored' } };
    case 'deferred':
      return { status: 503, body: { ok: false, error: 'call-not-logged-yet' } };
    default:
      return assertNever(outcome);
  }
}

function failureAnswer(error: unknown): Answer {
  if (error instanceof UpstreamError) {
    return error.retryable
      ? {
          status: 503,
          body: { ok: false, error: 'upstream-unavailable', upstream: error.upstream },
        }
      : {
          status: 502,
          body: {
            ok: false,
            error: 'upstream-refused',
            upstream: error.upstream,
            upstreamStatus: error.status,
          },
        };
  }
  return { status: 500, body: { ok: false, error: 'internal' } };
}

function reply(c: Context, answer: Answer): Response {
  if (answer.status === 503) c.header('Retry-After', String(retryLaterSeconds));
  return c.json(answer.body, answer.status);
}

/**
 * The sync service as one web-standard handler (`app.fetch`), the same on Node and on
 * Cloudflare Workers: routes `POST /webhooks/openphone`, `POST /webhooks/caresoft` and
 * `GET /healthz` (issue 11). Every webhook is checked in this order, and stops at the first
 * failure: size (413, before reading more than the limit), signature on the raw bytes
 * (401), JSON (400), shape (422); then the sync itself.
 */
export function createSyncApp(config: SyncConfig, runtime: SyncRuntime): Hono {
  const hubSpot = hubSpotClient(runtime, config.hubSpot);
  const deps: SyncDeps = {
    hubSpot,
    owners: new TtlCache<string | null>(5 * 60_000, 500, runtime.now),
    createContacts: config.createContacts,
  };
  const openPhone = config.openPhone === null ? null : openPhoneClient(runtime, config.openPhone);
  const careSoft = config.careSoft === null ? null : careSoftClient(runtime, config.careSoft);

  const app = new Hono();

  app.get('/healthz', (c) =>
    c.json({ ok: true, providers: { openphone: openPhone !== null, caresoft: careSoft !== null } }),
  );

  async function webhook(
    c: Context,
    provider: Provider,
    handle: (
      rawBody: Uint8Array,
    ) => Promise<Answer & { eventType?: string | null; eventId?: string | null }>,
  ): Promise<Response> {
    const started = runtime.now();
    const raw = await readRawBody(c.req.raw);
    let answer: Answer & { eventType?: string | null; eventId?: string | null };
    if (!raw.ok) {
      answer = { status: 413, body: { ok: false, error: 'body-too-large' } };
    } else {
      try {
        answer = await handle(raw.bytes);
      } catch (error) {
        answer = failureAnswer(error);
      }
    }
    runtime.log({
      provider,
      eventId: answer.eventId ?? null,
      eventType: answer.eventType ?? null,
      status: answer.status,
      ...answer.body,
      ms: runtime.now() - started,
    });
    return reply(c, answer);
  }

  app.post('/webhooks/openphone', async (c) => {
    if (openPhone === null || config.openPhone === null) {
      return c.json({ ok: false, error: 'provider-not-enabled' }, 404);
    }
    const { signingKey } = config.openPhone;
    return webhook(c, 'openphone', async (rawBody) => {
      const check = await verifyOpenPhoneSignature(
        c.req.header('openphone-signature') ?? null,
        rawBody,
        signingKey,
        runtime.now(),
        runtime.hmac,
      );
      if (!check.ok) return { status: 401, body: { ok: false, error: check.code } };
      const parsed = parseOpenPhoneEvent(rawBody);
      if (!parsed.ok) {
        return {
          status: parsed.code === 'invalid-json' ? 400 : 422,
          body: { ok: false, error: parsed.code },
        };
      }
      const { event } = parsed;
      const eventType = event.type === 'other' ? event.eventType : event.type;
      try {
        const outcome = await syncOpenPhoneEvent(event, openPhone, deps);
        return { ...outcomeAnswer(outcome), eventType, eventId: event.eventId };
      } catch (error) {
        return { ...failureAnswer(error), eventType, eventId: event.eventId };
      }
    });
  });

  app.post('/webhooks/caresoft', async (c) => {
    if (careSoft === null || config.careSoft === null) {
      return c.json({ ok: false, error: 'provider-not-enabled' }, 404);
    }
    const { webhookSecret } = config.careSoft;
    return webhook(c, 'caresoft', async (rawBody) => {
      const check = await verifyCareSoftSignature(
        c.req.header('x-hub-signature') ?? null,
        rawBody,
        webhookSecret,
        runtime.hmac,
      );
      if (!check.ok) return { status: 401, body: { ok: false, error: check.code } };
      const parsed = parseCareSoftEvent(rawBody);
      if (!parsed.ok) {
        return {
          status: parsed.code === 'invalid-json' ? 400 : 422,
          body: { ok: false, error: parsed.code },
        };
      }
      const { event } = parsed;
      const eventType = event.type === 'other' ? event.eventType : 'call';
      const eventId = event.type === 'call' ? `call:${event.call.call_id}` : null;
      try {
        const outcome = await syncCareSoftEvent(event, careSoft, deps);
        return { ...outcomeAnswer(outcome), eventType, eventId };
      } catch (error) {
        return { ...failureAnswer(error), eventType, eventId };
      }
    });
  });

  app.notFound((c) => c.json({ ok: false, error: 'not-found' }, 404));
  app.onError((_error, c) => c.json({ ok: false, error: 'internal' }, 500));
  return app;
}
