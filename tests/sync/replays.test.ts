import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryLaterSeconds } from '../../src/sync/app';
import { minute, people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type World = ReturnType<typeof syncWorld>;

function outbound(world: World) {
  const hubSpotId = world.widgetCall({
    direction: 'OUTBOUND',
    contactId: world.contacts.emily,
    ownerId: world.owners.alice,
    number: people.emily.e164,
    at: world.clock.now(),
  });
  world.clock.advance(20_000);
  const call = world.placeOpenPhoneCall({ participant: people.emily.e164, seconds: 140 });
  world.openPhone.recordings.set(call.id, {
    url: `https://storage.example/${call.id}.mp3`,
    duration: 140,
  });
  world.clock.set((call.completedAt ?? 0) + 1_000);
  return { hubSpotId, call };
}

function missedInbound(world: World) {
  const call = world.placeOpenPhoneCall({
    direction: 'incoming',
    participant: people.emily.e164,
    phoneNumberId: world.lines.shared,
    userId: world.users.bob,
    answerAfterSeconds: null,
    seconds: 25,
  });
  world.clock.set((call.completedAt ?? 0) + 1_000);
  return call;
}

/** The calls and their properties, without HubSpot's bookkeeping dates. */
function endState(world: World) {
  return world.hubSpot.calls().map(({ id, properties, contactIds }) => {
    const { hs_lastmodifieddate: _modified, ...kept } = properties;
    return { id, properties: kept, contactIds };
  });
}

describe('replays and retries end as one clean delivery', () => {
  it('the same call.completed delivered twice in a row (inside search lag) writes once', async () => {
    const world = syncWorld({ searchLagMs: 10_000 });
    const { hubSpotId, call } = outbound(world);
    const first = await world.deliver('call.completed', call);
    const writes = world.hubSpot.writes().length;
    const again = await world.deliver('call.completed', call);

    expect(first.body).toMatchObject({ outcome: 'updated', hubSpotCallId: hubSpotId });
    expect(again).toEqual({
      status: 200,
      body: { ok: true, outcome: 'up-to-date', hubSpotCallId: hubSpotId, via: 'own' },
    });
    expect(world.hubSpot.writes()).toHaveLength(writes);
  });

  it('a missed inbound call delivered twice inside search lag is logged once', async () => {
    const world = syncWorld({ searchLagMs: 10_000 });
    const call = missedInbound(world);
    expect((await world.deliver('call.completed', call)).body.outcome).toBe('created');
    expect((await world.deliver('call.completed', call)).body.outcome).toBe('up-to-date');
    world.afterSearchLag();
    expect((await world.deliver('call.completed', call)).body.outcome).toBe('up-to-date');
    expect(world.hubSpot.calls()).toHaveLength(1);
  });

  it('recording before completed (outbound) ends as completed then recording', async () => {
    const clean = syncWorld();
    const inOrder = outbound(clean);
    await clean.deliver('call.completed', inOrder.call);
    await clean.deliver('call.recording.completed', inOrder.call);

    const world = syncWorld();
    const reversed = outbound(world);
    expect((await world.deliver('call.recording.completed', reversed.call)).body.outcome).toBe(
      'updated',
    );
    expect((await world.deliver('call.completed', reversed.call)).body.outcome).toBe('up-to-date');

    expect(endState(world)).toEqual(endState(clean));
    expect(world.hubSpot.call(reversed.hubSpotId).hs_call_recording_url).toBe(
      `https://storage.example/${reversed.call.id}.mp3`,
    );
  });

  it('recording before completed (a call no one logged) waits with 503, then lands once', async () => {
    const world = syncWorld();
    const call = world.placeOpenPhoneCall({
      direction: 'incoming',
      participant: people.emily.e164,
      phoneNumberId: world.lines.shared,
      userId: world.users.bob,
      seconds: 200,
    });
    world.openPhone.recordings.set(call.id, {
      url: 'https://storage.example/in.mp3',
      duration: 200,
    });
    world.clock.set((call.completedAt ?? 0) + 1_000);

    const early = await world.deliverResponse('call.recording.completed', call);
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe(String(retryLaterSeconds));
    expect(world.hubSpot.calls()).toEqual([]);

    expect((await world.deliver('call.completed', call)).body.outcome).toBe('created');
    world.clock.advance(5_000);
    expect((await world.deliver('call.recording.completed', call)).body.outcome).toBe('updated');

    const [logged] = world.hubSpot.calls();
    expect(world.hubSpot.calls()).toHaveLength(1);
    expect(logged?.properties).toMatchObject({
      hs_call_recording_url: 'https://storage.example/in.mp3',
      hs_call_status: 'COMPLETED',
      hs_call_duration: '200000',
    });
  });

  it('HubSpot answering 429 once (Retry-After 2) is waited out within the same delivery', async () => {
    const world = syncWorld();
    const { hubSpotId, call } = outbound(world);
    const before = world.clock.now();
    world.hubSpot.failNext({
      status: 429,
      retryAfterSeconds: 2,
      match: 'PATCH /crm/v3/objects/calls/*',
    });

    expect((await world.deliver('call.completed', call)).body.outcome).toBe('updated');
    expect(world.clock.now() - before).toBeGreaterThanOrEqual(2000);
    expect(world.hubSpot.call(hubSpotId).hs_call_duration).toBe('140000');
    expect(world.hubSpot.writes().filter((request) => request.method === 'PATCH')).toHaveLength(2);
  });

  it('HubSpot answering 500 once is retried; a search answering 503 once too', async () => {
    const world = syncWorld();
    const { hubSpotId, call } = outbound(world);
    world.hubSpot.failNext(
      { status: 503, match: 'POST /crm/v3/objects/calls/search' },
      { status: 500, match: 'PATCH *' },
    );

    expect((await world.deliver('call.completed', call)).body.outcome).toBe('updated');
    expect(world.hubSpot.call(hubSpotId)).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: '140000',
    });
  });

  it('HubSpot down for the whole delivery: 503 with Retry-After, nothing written; the provider’s retry lands it', async () => {
    const world = syncWorld();
    const { hubSpotId, call } = outbound(world);
    world.hubSpot.failNext({ status: 502 }, { status: 502 }, { status: 502 });

    const down = await world.deliver('call.completed', call);
    expect(down).toEqual({
      status: 503,
      body: { ok: false, error: 'upstream-unavailable', upstream: 'hubspot' },
    });
    expect(world.hubSpot.call(hubSpotId).hs_call_external_id).toBeUndefined();

    world.clock.advance(minute);
    expect((await world.deliver('call.completed', call)).body.outcome).toBe('updated');
  });

  it('a 429 asking for more than ten seconds is not waited out: 503 now, the provider retries later', async () => {
    const world = syncWorld();
    const { call } = outbound(world);
    world.hubSpot.failNext({ status: 429, retryAfterSeconds: 60 });
    const before = world.clock.now();
    expect((await world.deliver('call.completed', call)).status).toBe(503);
    expect(world.clock.now() - before).toBeLessThan(10_000);
  });

  it('a create whose answer was lost (written, then 502) is not sent again; the next delivery finds it', async () => {
    const world = syncWorld({ searchLagMs: 10_000 });
    const call = missedInbound(world);
    world.hubSpot.failNext({ status: 502, match: 'POST /crm/v3/objects/calls', afterWrite: true });
    const lost = await world.deliver('call.completed', call);
    expect(lost.status).toBe(503);
    expect(world.hubSpot.calls()).toHaveLength(1);

    const retried = await world.deliver('call.completed', call);
    expect(retried.body.outcome).toBe('up-to-date');
    expect(world.hubSpot.calls()).toHaveLength(1);
  });
});
