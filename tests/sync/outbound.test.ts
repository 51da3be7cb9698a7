import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minute, people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('an outbound call handed off by the widget', () => {
  it('gets the phone’s status, talk time, recording and OpenPhone id', async () => {
    const world = syncWorld();
    const handedOff = world.clock.now();
    const hubSpotId = world.widgetCall({
      direction: 'OUTBOUND',
      contactId: world.contacts.emily,
      ownerId: world.owners.alice,
      number: people.emily.e164,
      at: handedOff,
    });
    world.clock.advance(40_000);
    const call = world.placeOpenPhoneCall({
      participant: people.emily.e164,
      answerAfterSeconds: 12,
      seconds: 184,
    });
    world.clock.set((call.completedAt ?? 0) + 2_000);

    const answer = await world.deliver('call.completed', call);

    expect(answer).toEqual({
      status: 200,
      body: { ok: true, outcome: 'updated', hubSpotCallId: hubSpotId, via: 'widget' },
    });
    expect(world.hubSpot.call(hubSpotId)).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: '184000',
      hs_call_external_id: `openphone:${call.id}`,
    });

    world.openPhone.recordings.set(call.id, {
      url: `https://storage.example/${call.id}.mp3`,
      duration: 184,
    });
    world.clock.advance(2 * minute);
    const recording = await world.deliver('call.recording.completed', call);
    expect(recording.body).toMatchObject({
      outcome: 'updated',
      hubSpotCallId: hubSpotId,
      via: 'own',
    });
    expect(world.hubSpot.call(hubSpotId).hs_call_recording_url).toBe(
      `https://storage.example/${call.id}.mp3`,
    );
    expect(world.hubSpot.calls()).toHaveLength(1);
    expect(handedOff).toBeLessThan(call.createdAt);
  });
});
