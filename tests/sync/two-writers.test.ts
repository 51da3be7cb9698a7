import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceOwnedProperties } from '../../src/sync/plan';
import { minute, people, server, syncWorld } from './sync-world';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// What the agent writes in wrap-up (the widget's `callCompleted`), and what the service
// writes from the phone: two writers on one call, each owning its own properties.
const agentsWrapUp = {
  hs_call_body: 'Wants the <b>annual</b> plan.<br>Call back Friday.',
  hs_call_disposition: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
  hs_call_title: 'Call to Emily Carter (+1 202-555-0143)',
};

function outboundCall() {
  const world = syncWorld();
  const hubSpotId = world.widgetCall({
    direction: 'OUTBOUND',
    contactId: world.contacts.emily,
    ownerId: world.owners.alice,
    number: people.emily.e164,
    at: world.clock.now(),
  });
  world.clock.advance(30_000);
  const call = world.placeOpenPhoneCall({
    participant: people.emily.e164,
    answerAfterSeconds: 9,
    seconds: 312,
  });
  world.clock.set((call.completedAt ?? 0) + 1_500);
  return { world, hubSpotId, call };
}

function serviceWrites(world: ReturnType<typeof syncWorld>) {
  return world.hubSpot
    .writes()
    .filter((request) => request.method === 'PATCH')
    .map((request) => Object.keys((request.body?.properties as object) ?? {}));
}

describe('two writers on one call', () => {
  it('phone first: the agent’s later wrap-up (with sync on) leaves the real duration and status', async () => {
    const { world, hubSpotId, call } = outboundCall();
    expect((await world.deliver('call.completed', call)).body.outcome).toBe('updated');

    // The agent saves wrap-up a minute later; with sync on the widget leaves out what the
    // service owns, so only the agent's own properties arrive.
    world.clock.advance(minute);
    world.hubSpot.completeWidgetCall(hubSpotId, agentsWrapUp);

    expect(world.hubSpot.call(hubSpotId)).toMatchObject({
      ...agentsWrapUp,
      hs_call_status: 'COMPLETED',
      hs_call_duration: '312000',
      hs_call_external_id: `openphone:${call.id}`,
    });

    // A late recording changes only the recording.
    world.openPhone.recordings.set(call.id, {
      url: 'https://storage.example/rec.mp3',
      duration: 312,
    });
    await world.deliver('call.recording.completed', call);
    expect(world.hubSpot.call(hubSpotId)).toMatchObject({
      ...agentsWrapUp,
      hs_call_duration: '312000',
      hs_call_recording_url: 'https://storage.example/rec.mp3',
    });
  });

  it('agent first: the phone’s record corrects status and talk time and never touches notes, outcome or title', async () => {
    const { world, hubSpotId, call } = outboundCall();
    // The widget without sync timed the call from Connected to End call: 290 s, not 312.
    world.hubSpot.completeWidgetCall(hubSpotId, {
      ...agentsWrapUp,
      hs_call_status: 'COMPLETED',
      hs_call_duration: '290000',
    });
    world.clock.advance(2 * minute);

    expect((await world.deliver('call.completed', call)).body.outcome).toBe('updated');

    expect(world.hubSpot.call(hubSpotId)).toMatchObject({
      ...agentsWrapUp,
      hs_call_duration: '312000',
      hs_call_status: 'COMPLETED',
    });
    for (const written of serviceWrites(world)) {
      for (const name of written) expect(serviceOwnedProperties).toContain(name);
    }
  });

  it('never sends the agent’s properties in any of its writes, whatever the order of events', async () => {
    const { world, hubSpotId, call } = outboundCall();
    world.openPhone.recordings.set(call.id, {
      url: 'https://storage.example/r.mp3',
      duration: 312,
    });
    world.openPhone.summaries.set(call.id, {
      summary: ['Asked about pricing.'],
      nextSteps: ['Send a quote.'],
    });
    world.openPhone.transcripts.set(call.id, [
      { content: 'Hello Emily.', start: 0, end: 2, identifier: '+14155550101' },
    ]);
    await world.deliver('call.summary.completed', call);
    world.hubSpot.completeWidgetCall(hubSpotId, agentsWrapUp);
    await world.deliver('call.recording.completed', call);
    await world.deliver('call.completed', call);
    await world.deliver('call.transcript.completed', call);

    const patched = serviceWrites(world).flat();
    expect(patched.length).toBeGreaterThan(0);
    for (const name of patched) expect(serviceOwnedProperties).toContain(name);
    expect(world.hubSpot.call(hubSpotId)).toMatchObject(agentsWrapUp);
  });
});
