import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const hotline = '+842873001234';

describe('CareSoft calls', () => {
  it('an outbound CsCall call lands on the widget’s call named by the tempId it sent', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const ourCallId = 'c6f0b7e2-4f5b-4d43-9a85-5d0c3f1e2a11';
    const logged = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.lan,
      ownerId: world.owners.alice,
      number: people.lan.e164,
      at: t,
      line: hotline,
      externalCallId: ourCallId,
    });
    const record = world.careSoft.placeCall({
      direction: 'outbound',
      contact: people.lan.e164,
      hotline,
      extension: '1001',
      startedAt: t + 20_000,
      waitSeconds: 7,
      talkSeconds: 132,
      tempId: ourCallId,
    });
    world.clock.set(t + 4 * 60_000);

    expect((await world.deliverCareSoft(record)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: logged,
      via: 'temp-id',
    });
    expect(world.hubSpot.call(logged)).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: '132000',
      hs_call_external_id: `caresoft:${record.call_id}`,
      hs_call_recording_url: record.path_download,
    });
  });

  it('without a tempId, matches by number (national on CareSoft, E.164 on HubSpot), extension and time', async () => {
    const world = syncWorld();
    const t = world.clock.now();
    const alices = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.lan,
      ownerId: world.owners.alice,
      number: people.lan.e164,
      at: t,
      line: hotline,
    });
    const bobs = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.lan,
      ownerId: world.owners.bob,
      number: people.lan.e164,
      at: t + 20_000,
      line: hotline,
    });
    const byBob = world.careSoft.placeCall({
      direction: 'outbound',
      contact: people.lan.e164,
      hotline,
      extension: '1002',
      startedAt: t + 30_000,
      waitSeconds: 20,
      talkSeconds: null,
    });
    const byAlice = world.careSoft.placeCall({
      direction: 'outbound',
      contact: people.lan.e164,
      hotline,
      extension: '1001',
      startedAt: t + 15_000,
      waitSeconds: 5,
      talkSeconds: 61,
    });
    world.clock.set(t + 5 * 60_000);

    expect(byBob.called).toBe('0988888888');
    expect((await world.deliverCareSoft(byBob)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: bobs,
    });
    expect((await world.deliverCareSoft(byAlice)).body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: alices,
    });
    expect(world.hubSpot.call(bobs)).toMatchObject({
      hs_call_status: 'NO_ANSWER',
      hs_call_duration: '0',
    });
    expect(world.hubSpot.call(alices)).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: '61000',
    });
  });

  it('a missed inbound call is logged on the Vietnamese contact, owned by the agent of that extension', async () => {
    const world = syncWorld();
    const record = world.careSoft.placeCall({
      direction: 'inbound',
      contact: people.lan.e164,
      hotline,
      extension: '1002',
      startedAt: world.clock.now() + 60_000,
      waitSeconds: 25,
      talkSeconds: null,
    });
    world.clock.advance(3 * 60_000);

    expect((await world.deliverCareSoft(record)).body.outcome).toBe('created');
    const [logged] = world.hubSpot.calls();
    expect(logged?.contactIds).toEqual([world.contacts.lan]);
    expect(logged?.properties).toMatchObject({
      hs_call_direction: 'INBOUND',
      hs_call_status: 'MISSED',
      hubspot_owner_id: world.owners.bob,
      // CareSoft's times are Vietnam time: 22:01:00 there is 15:01:00 UTC.
      hs_timestamp: '2026-03-02T15:01:00.000Z',
    });
    expect(record.start_time).toBe('2026-03-02 22:01:00');

    expect((await world.deliverCareSoft(record)).body.outcome).toBe('up-to-date');
    expect(world.hubSpot.calls()).toHaveLength(1);
  });

  it('a CareSoft 429 is waited out, never hammered', async () => {
    const world = syncWorld();
    const record = world.careSoft.placeCall({
      direction: 'inbound',
      contact: people.lan.e164,
      hotline,
      extension: '1001',
      startedAt: world.clock.now() + 60_000,
      waitSeconds: 10,
      talkSeconds: 30,
    });
    world.clock.advance(3 * 60_000);
    world.careSoft.failNext({ status: 429, retryAfterSeconds: 1 });
    expect((await world.deliverCareSoft(record)).body.outcome).toBe('created');
    expect(world.careSoft.requests.length).toBeLessThanOrEqual(3);
  });
});
