import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxWebhookBytes } from '../../src/sync/raw-body';
import { people, secrets, server, signingKeyBytes, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const url = 'http://sync.test/webhooks/openphone';

function signed(raw: string, at: number, key: Uint8Array = signingKeyBytes) {
  const digest = createHmac('sha256', key).update(`${at}.${raw}`).digest('base64');
  return `hmac;1;${at};${digest}`;
}

async function post(
  world: ReturnType<typeof syncWorld>,
  raw: string,
  headers: Record<string, string>,
) {
  const response = await world.app.fetch(new Request(url, { method: 'POST', headers, body: raw }));
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    response,
  };
}

/** A body that counts how much of it was ever read. */
function countingStream(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x7b);
  const read = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (read.bytes >= totalBytes) {
        controller.close();
        return;
      }
      read.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read };
}

function expectNothingWritten(world: ReturnType<typeof syncWorld>) {
  expect(world.hubSpot.writes()).toEqual([]);
  expect(world.hubSpot.requests).toEqual([]);
}

function expectNoSecretIn(text: string) {
  for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
}

describe('GET /healthz', () => {
  it('answers ok with the enabled providers and nothing secret', async () => {
    const world = syncWorld({
      env: {
        CARESOFT_DOMAIN: undefined,
        CARESOFT_API_TOKEN: undefined,
        CARESOFT_WEBHOOK_SECRET: undefined,
      },
    });
    const response = await world.app.fetch(new Request('http://sync.test/healthz'));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ ok: true, providers: { openphone: true, caresoft: false } });
    expectNoSecretIn(text);
  });
});

describe('POST /webhooks/openphone with hostile input', () => {
  it('refuses a missing signature with 401 and writes nothing', async () => {
    const world = syncWorld();
    const answer = await post(world, '{"type":"call.completed"}', {});
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ ok: false, error: 'missing-signature' });
    expectNothingWritten(world);
  });

  it('refuses a bad signature with 401', async () => {
    const world = syncWorld();
    const raw = JSON.stringify(
      world.openPhone.event(
        'call.completed',
        world.placeOpenPhoneCall({ participant: people.emily.e164 }),
      ),
    );
    const answer = await post(world, raw, {
      'openphone-signature': signed(
        raw,
        world.clock.now(),
        new TextEncoder().encode('wrong key bytes!'),
      ),
    });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('bad-signature');
    expectNothingWritten(world);
  });

  it('refuses a signed body replayed ten minutes later (stale timestamp) with 401', async () => {
    const world = syncWorld();
    const raw = JSON.stringify(
      world.openPhone.event(
        'call.completed',
        world.placeOpenPhoneCall({ participant: people.emily.e164 }),
      ),
    );
    const signature = signed(raw, world.clock.now());
    world.clock.advance(10 * 60_000);
    const answer = await post(world, raw, { 'openphone-signature': signature });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('stale');
    expectNothingWritten(world);
  });

  it('refuses a 10 MB body with 413 from its Content-Length, without reading it', async () => {
    const world = syncWorld();
    const { stream, read } = countingStream(10 * 1024 * 1024);
    const response = await world.app.fetch(
      new Request(url, {
        method: 'POST',
        headers: {
          'content-length': String(10 * 1024 * 1024),
          'openphone-signature': 'hmac;1;1;AAAA',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(read.bytes).toBeLessThanOrEqual(64 * 1024);
    expectNothingWritten(world);
  });

  it('refuses a 10 MB body sent without a length with 413 once past the limit, reading no further', async () => {
    const world = syncWorld();
    const { stream, read } = countingStream(10 * 1024 * 1024);
    const response = await world.app.fetch(
      new Request(url, {
        method: 'POST',
        headers: { 'openphone-signature': 'hmac;1;1;AAAA' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: 'body-too-large' });
    expect(read.bytes).toBeGreaterThan(maxWebhookBytes);
    expect(read.bytes).toBeLessThan(maxWebhookBytes + 256 * 1024);
    expectNothingWritten(world);
  });

  it('refuses signed bytes that are not JSON with 400', async () => {
    const world = syncWorld();
    const raw = '{"id":"EV1","type":"call.completed",';
    const answer = await post(world, raw, {
      'openphone-signature': signed(raw, world.clock.now()),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ ok: false, error: 'invalid-json' });
    expectNothingWritten(world);
  });

  it('refuses a signed call event whose call cannot be read with 422', async () => {
    const world = syncWorld();
    const raw = JSON.stringify({
      id: 'EV1',
      object: 'event',
      type: 'call.completed',
      data: { object: { id: 'AC1', direction: 'sideways' } },
    });
    const answer = await post(world, raw, {
      'openphone-signature': signed(raw, world.clock.now()),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ ok: false, error: 'invalid-event' });
    expectNothingWritten(world);
  });

  it('acknowledges an event type it does not handle (200, ignored) and writes nothing', async () => {
    const world = syncWorld();
    const raw = JSON.stringify({
      id: 'EV2',
      object: 'event',
      type: 'message.received',
      data: { object: { id: 'MS1', body: 'Hello' } },
    });
    const answer = await post(world, raw, {
      'openphone-signature': signed(raw, world.clock.now()),
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true, outcome: 'ignored' });
    expectNothingWritten(world);
  });

  it('logs one line per event, with no secret, phone number or message text in it', async () => {
    const world = syncWorld();
    const raw = JSON.stringify({
      id: 'EV3',
      object: 'event',
      type: 'message.received',
      data: { object: { body: 'My card is 4111 1111 1111 1111' } },
    });
    await post(world, raw, { 'openphone-signature': signed(raw, world.clock.now()) });
    await post(world, raw, { 'openphone-signature': 'hmac;1;1;AAAA' });
    const call = world.placeOpenPhoneCall({ participant: people.emily.e164 });
    world.clock.set((call.completedAt ?? 0) + 1000);
    await world.deliver('call.completed', call);
    expect(world.logs).toHaveLength(3);
    const text = JSON.stringify(world.logs);
    expectNoSecretIn(text);
    expect(text).not.toContain('4111');
    expect(text).not.toContain('555');
    expect(world.logs[0]).toMatchObject({
      provider: 'openphone',
      eventId: 'EV3',
      eventType: 'message.received',
      status: 200,
    });
    expect(world.logs[1]).toMatchObject({ provider: 'openphone', status: 401, error: 'stale' });
  });

  it('answers 404 for a provider that is not configured', async () => {
    const world = syncWorld({
      env: {
        CARESOFT_DOMAIN: undefined,
        CARESOFT_API_TOKEN: undefined,
        CARESOFT_WEBHOOK_SECRET: undefined,
      },
    });
    const response = await world.app.fetch(
      new Request('http://sync.test/webhooks/caresoft', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error: 'provider-not-enabled' });
  });
});

describe('POST /webhooks/caresoft with hostile input', () => {
  const careSoftUrl = 'http://sync.test/webhooks/caresoft';

  it('refuses a missing or wrong X-Hub-Signature with 401', async () => {
    const world = syncWorld();
    const raw = '{"call_id":"1"}';
    const missing = await world.app.fetch(new Request(careSoftUrl, { method: 'POST', body: raw }));
    expect(missing.status).toBe(401);
    const wrong = createHmac('sha1', 'not the secret').update(raw).digest('hex').toUpperCase();
    const refused = await world.app.fetch(
      new Request(careSoftUrl, {
        method: 'POST',
        body: raw,
        headers: { 'x-hub-signature': wrong },
      }),
    );
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ ok: false, error: 'bad-signature' });
    expectNothingWritten(world);
  });

  it('refuses invalid JSON with 400 and an unreadable call with 422', async () => {
    const world = syncWorld();
    const sign = (raw: string) =>
      createHmac('sha1', secrets.careSoftWebhookSecret).update(raw).digest('hex').toUpperCase();
    const broken = '[{"call_id":';
    const notJson = await world.app.fetch(
      new Request(careSoftUrl, {
        method: 'POST',
        body: broken,
        headers: { 'x-hub-signature': sign(broken) },
      }),
    );
    expect(notJson.status).toBe(400);
    const odd = JSON.stringify({
      call_id: '9',
      call_status: 'exploded',
      caller: '1',
      called: '2',
      start_time: 'x',
    });
    const unreadable = await world.app.fetch(
      new Request(careSoftUrl, {
        method: 'POST',
        body: odd,
        headers: { 'x-hub-signature': sign(odd) },
      }),
    );
    expect(unreadable.status).toBe(422);
    const other = JSON.stringify({ event: 'ticket.created', ticket_id: 5 });
    const ignored = await world.app.fetch(
      new Request(careSoftUrl, {
        method: 'POST',
        body: other,
        headers: { 'x-hub-signature': sign(other) },
      }),
    );
    expect(ignored.status).toBe(200);
    expect(await ignored.json()).toEqual({ ok: true, outcome: 'ignored' });
    expectNothingWritten(world);
  });
});
