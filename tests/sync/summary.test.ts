import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type World = ReturnType<typeof syncWorld>;

function callWithSummary(world: World) {
  const hubSpotId = world.widgetCall({
    direction: 'OUTBOUND',
    contactId: world.contacts.emily,
    ownerId: world.owners.alice,
    number: people.emily.e164,
    at: world.clock.now(),
  });
  world.clock.advance(15_000);
  const call = world.placeOpenPhoneCall({ participant: people.emily.e164, seconds: 200 });
  world.openPhone.summaries.set(call.id, {
    summary: ['Emily asked about the annual plan.', 'She is comparing two offers.'],
    nextSteps: ['Send the quote by Friday.'],
  });
  world.openPhone.transcripts.set(call.id, [
    { content: 'Hello Emily, Alice from Handoff.', start: 0, end: 3, identifier: '+14155550101' },
    { content: 'Hi! About the annual plan…', start: 65, end: 70, identifier: '+12025550143' },
  ]);
  world.clock.set((call.completedAt ?? 0) + 1_000);
  return { hubSpotId, call };
}

const expectedSummary = [
  '• Emily asked about the annual plan.\n• She is comparing two offers.',
  '→ Send the quote by Friday.',
  '[0:00] +14155550101: Hello Emily, Alice from Handoff.\n[1:05] +12025550143: Hi! About the annual plan…',
].join('\n\n');

describe('OpenPhone summary and transcript', () => {
  it('go into hs_call_summary together, whichever comes first, and the agent’s notes stay', async () => {
    for (const order of [
      ['call.summary.completed', 'call.transcript.completed'],
      ['call.transcript.completed', 'call.summary.completed'],
    ] as const) {
      const world = syncWorld();
      const { hubSpotId, call } = callWithSummary(world);
      world.hubSpot.completeWidgetCall(hubSpotId, { hs_call_body: 'Agent’s own notes.' });
      await world.deliver('call.completed', call);
      world.clock.advance(60_000);
      expect((await world.deliver(order[0], call)).body.outcome).toBe('updated');
      expect((await world.deliver(order[1], call)).body.outcome).toBe('up-to-date');

      expect(world.hubSpot.call(hubSpotId)).toMatchObject({
        hs_call_summary: expectedSummary,
        hs_call_body: 'Agent’s own notes.',
      });
    }
  });

  it('a summary for a call not logged yet waits (503), then lands after the call', async () => {
    const world = syncWorld();
    const call = world.placeOpenPhoneCall({
      direction: 'incoming',
      participant: people.emily.e164,
      phoneNumberId: world.lines.shared,
      userId: world.users.bob,
      seconds: 90,
    });
    world.openPhone.summaries.set(call.id, { summary: ['Wants a callback.'], nextSteps: [] });
    world.clock.set((call.completedAt ?? 0) + 1_000);

    expect((await world.deliver('call.summary.completed', call)).status).toBe(503);
    expect(world.hubSpot.calls()).toEqual([]);
    await world.deliver('call.completed', call);
    world.clock.advance(10_000);
    expect((await world.deliver('call.summary.completed', call)).body.outcome).toBe('updated');
    expect(world.hubSpot.calls().map((logged) => logged.properties.hs_call_summary)).toEqual([
      '• Wants a callback.',
    ]);
  });
});
