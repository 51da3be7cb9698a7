import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type World = ReturnType<typeof syncWorld>;

function ringing(world: World, participant: string, answered: boolean) {
  const call = world.placeOpenPhoneCall({
    direction: 'incoming',
    participant,
    phoneNumberId: world.lines.shared,
    userId: world.users.bob,
    answerAfterSeconds: answered ? 6 : null,
    seconds: answered ? 240 : 30,
  });
  world.clock.set((call.completedAt ?? 0) + 1_000);
  return call;
}

describe('inbound and missed calls that rang on the phone', () => {
  it('logs a missed call on the contact with that number, owned by the agent it rang for', async () => {
    const world = syncWorld();
    const call = ringing(world, people.emily.e164, false);

    const answer = await world.deliver('call.completed', call);

    expect(answer.body).toMatchObject({ ok: true, outcome: 'created' });
    const [logged, ...others] = world.hubSpot.calls();
    expect(others).toEqual([]);
    expect(logged?.contactIds).toEqual([world.contacts.emily]);
    expect(logged?.properties).toMatchObject({
      hs_call_direction: 'INBOUND',
      hs_call_status: 'MISSED',
      hs_call_duration: '0',
      hubspot_owner_id: world.owners.bob,
      hs_call_external_id: `openphone:${call.id}`,
      hs_timestamp: new Date(call.createdAt).toISOString(),
    });
    // HubSpot shows the numbers formatted; what was written is the E.164.
    const create = world.hubSpot
      .writes()
      .find((request) => request.path === '/crm/v3/objects/calls');
    expect(create?.body?.properties).toMatchObject({
      hs_call_from_number: people.emily.e164,
      hs_call_to_number: '+14155550100',
    });
    expect(Object.keys((create?.body?.properties as object) ?? {})).not.toContain('hs_call_body');
  });

  it('logs an answered call with its talk time, then its recording', async () => {
    const world = syncWorld();
    const call = ringing(world, people.emily.e164, true);
    await world.deliver('call.completed', call);
    world.openPhone.recordings.set(call.id, {
      url: 'https://storage.example/answered.mp3',
      duration: 240,
    });
    world.clock.advance(90_000);
    expect((await world.deliver('call.recording.completed', call)).body.outcome).toBe('updated');

    expect(world.hubSpot.calls().map((logged) => logged.properties)).toEqual([
      expect.objectContaining({
        hs_call_status: 'COMPLETED',
        hs_call_duration: '240000',
        hs_call_recording_url: 'https://storage.example/answered.mp3',
      }),
    ]);
  });

  it('finds a contact by mobile number written with spaces', async () => {
    const world = syncWorld();
    const call = ringing(world, people.camille.e164, false);
    await world.deliver('call.completed', call);
    expect(world.hubSpot.calls()[0]?.contactIds).toEqual([world.contacts.camille]);
  });

  it('never creates a contact for an unknown number unless asked', async () => {
    const world = syncWorld();
    const call = ringing(world, people.unknown.e164, false);

    expect((await world.deliver('call.completed', call)).body).toMatchObject({
      outcome: 'skipped',
      reason: 'unknown-number',
    });
    expect(world.hubSpot.writes()).toEqual([]);
  });

  it('with SYNC_CREATE_CONTACTS on, creates the contact with that number and logs the call on it', async () => {
    const world = syncWorld({ createContacts: true });
    const contactsBefore = world.hubSpot.store.all('contacts').length;
    const call = ringing(world, people.unknown.e164, false);

    expect((await world.deliver('call.completed', call)).body.outcome).toBe('created');
    const contacts = world.hubSpot.store.all('contacts');
    expect(contacts).toHaveLength(contactsBefore + 1);
    const created = contacts.at(-1);
    expect(created === undefined ? null : world.hubSpot.store.latest(created).phone).toBe(
      people.unknown.e164,
    );
    expect(world.hubSpot.calls()[0]?.contactIds).toEqual([created?.id]);
  });

  it('logs a call on every contact sharing the number (a switchboard), without choosing one', async () => {
    const world = syncWorld();
    const colleague = world.hubSpot.addContact({
      firstname: 'Grace',
      lastname: 'Carter',
      phone: '+1 202 555 0143',
    });
    const call = ringing(world, people.emily.e164, false);
    await world.deliver('call.completed', call);
    expect(world.hubSpot.calls()[0]?.contactIds.sort()).toEqual(
      [world.contacts.emily, colleague].sort(),
    );
  });

  it('updates the call the agent logged with the widget’s Incoming call instead of logging another', async () => {
    const world = syncWorld();
    const rang = world.clock.now();
    const call = ringing(world, people.emily.e164, true);
    // The agent tapped Incoming call while it rang, a few seconds in.
    const logged = world.widgetCall({
      direction: 'INBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.bob,
      number: people.emily.e164,
      at: rang + 5_000,
      line: '+14155550100',
    });

    expect((await world.deliver('call.completed', call)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: logged,
      via: 'widget',
    });
    expect(world.hubSpot.calls()).toHaveLength(1);
    expect(world.hubSpot.call(logged)).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: '240000',
    });
  });

  it('finds the widget’s Incoming call logged seconds before, though search has not caught up', async () => {
    const world = syncWorld({ searchLagMs: 30_000 });
    world.afterSearchLag(); // the contacts themselves are old, and indexed
    const rang = world.clock.now();
    const logged = world.widgetCall({
      direction: 'INBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.bob,
      number: people.emily.e164,
      at: rang + 2_000,
      line: '+14155550100',
    });
    const call = world.placeOpenPhoneCall({
      direction: 'incoming',
      participant: people.emily.e164,
      phoneNumberId: world.lines.shared,
      userId: world.users.bob,
      createdAt: rang,
      answerAfterSeconds: 4,
      seconds: 10,
    });
    world.clock.set((call.completedAt ?? 0) + 500);

    expect((await world.deliver('call.completed', call)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: logged,
    });
    expect(world.hubSpot.calls()).toHaveLength(1);
  });
});
