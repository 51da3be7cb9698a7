import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minute, people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type World = ReturnType<typeof syncWorld>;

function keyOf(world: World, hubSpotId: string) {
  return world.hubSpot.call(hubSpotId).hs_call_external_id ?? null;
}

function callsWithKeys(world: World) {
  return world.hubSpot
    .calls()
    .filter((call) => call.properties.hs_call_external_id?.startsWith('openphone:'));
}

describe('each phone call lands on its own HubSpot call, or on none', () => {
  it('two calls to the same number ten minutes apart, the later one reported first', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const first = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: t,
    });
    const second = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: t + 10 * minute,
    });
    const one = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 25_000,
      seconds: 60,
    });
    const two = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 10 * minute + 20_000,
      answerAfterSeconds: null,
      seconds: 30,
    });
    world.clock.set(t + 15 * minute);

    expect((await world.deliver('call.completed', two)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: second,
    });
    expect((await world.deliver('call.completed', one)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: first,
    });

    expect(keyOf(world, first)).toBe(`openphone:${one.id}`);
    expect(keyOf(world, second)).toBe(`openphone:${two.id}`);
    expect(world.hubSpot.call(second)).toMatchObject({
      hs_call_status: 'NO_ANSWER',
      hs_call_duration: '0',
    });
  });

  it('the same number called by two agents half a minute apart', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const alices = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: t,
    });
    const bobs = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.bob,
      number: people.emily.e164,
      at: t + 30_000,
      line: '+14155550102',
    });
    const byBob = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 40_000,
      phoneNumberId: world.lines.bob,
      userId: world.users.bob,
      seconds: 20,
    });
    const byAlice = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 10_000,
      seconds: 75,
    });
    world.clock.set(t + 5 * minute);

    expect((await world.deliver('call.completed', byBob)).body).toMatchObject({
      hubSpotCallId: bobs,
    });
    expect((await world.deliver('call.completed', byAlice)).body).toMatchObject({
      hubSpotCallId: alices,
    });
    expect(keyOf(world, bobs)).toBe(`openphone:${byBob.id}`);
    expect(keyOf(world, alices)).toBe(`openphone:${byAlice.id}`);
  });

  it('writes nothing when the agent cannot be told apart (their OpenPhone email is no HubSpot owner) and two widget calls fit', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: t,
    });
    world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.bob,
      number: people.emily.e164,
      at: t + 30_000,
    });
    const stranger = {
      id: 'USnobody1',
      email: 'temp@agency.example',
      firstName: 'Temp',
      lastName: 'Agent',
    };
    const line = world.openPhone.addNumber('+14155550109', [stranger]);
    const call = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 40_000,
      phoneNumberId: line,
      userId: stranger.id,
    });
    world.clock.set(t + 5 * minute);

    const answer = await world.deliver('call.completed', call);

    expect(answer).toEqual({
      status: 200,
      body: { ok: true, outcome: 'skipped', reason: 'several-hubspot-calls' },
    });
    expect(world.hubSpot.writes()).toEqual([]);
    expect(world.logs.at(-1)).toMatchObject({
      outcome: 'skipped',
      reason: 'several-hubspot-calls',
    });
  });

  it('matches a widget call whose number HubSpot holds formatted and without its country code', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const logged = world.hubSpot.logWidgetCall(
      {
        hs_timestamp: String(t),
        hs_call_direction: 'OUTBOUND',
        hs_call_to_number: '(202) 555-0143',
        hs_call_from_number: '+1 (415) 555-0101',
        hubspot_owner_id: world.owners.alice,
      },
      world.contacts.emily,
    );
    const call = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 15_000,
    });
    world.clock.set(t + 4 * minute);

    expect((await world.deliver('call.completed', call)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: logged,
    });
  });

  it('leaves a widget call alone when the phone called a number one digit away', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const logged = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: t,
    });
    const call = world.placeOpenPhoneCall({ participant: '+12025550144', createdAt: t + 15_000 });
    world.clock.set(t + 4 * minute);

    expect((await world.deliver('call.completed', call)).body).toMatchObject({
      outcome: 'skipped',
      reason: 'no-widget-call',
    });
    expect(keyOf(world, logged)).toBeNull();
    expect(world.hubSpot.writes()).toEqual([]);
  });

  it('writes nothing when the agent dialled twice on the phone for one handoff (which call is the logged one?)', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const logged = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: t,
    });
    const failed = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 10_000,
      answerAfterSeconds: null,
      seconds: 3,
      status: 'failed',
    });
    const redial = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      createdAt: t + 30_000,
      seconds: 120,
    });
    world.clock.set(t + 5 * minute);

    expect((await world.deliver('call.completed', failed)).body).toMatchObject({
      outcome: 'skipped',
      reason: 'several-phone-calls',
    });
    expect((await world.deliver('call.completed', redial)).body).toMatchObject({
      outcome: 'skipped',
      reason: 'several-phone-calls',
    });
    expect(keyOf(world, logged)).toBeNull();
    expect(callsWithKeys(world)).toEqual([]);
  });

  it('does not log an outbound call dialled on the phone outside HubSpot', async () => {
    const world = syncWorld();
    const call = world.placeOpenPhoneCall({ participant: people.emily.e164 });
    world.clock.set((call.completedAt ?? 0) + 1000);
    expect((await world.deliver('call.completed', call)).body).toMatchObject({
      outcome: 'skipped',
      reason: 'no-widget-call',
    });
    expect(world.hubSpot.calls()).toEqual([]);
  });
});
