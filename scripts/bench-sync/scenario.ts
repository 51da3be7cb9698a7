// The workload of `npm run bench:sync`: a team of agents, each call a new number, six in
// ten outbound (handed off by the widget, so HubSpot already has the call) and four in ten
// inbound (no call yet, a contact with that number). Each call sends call.completed, then
// call.recording.completed: two events, two writes.
import { HubSpotStandIn } from '../../src/mocks/hubspot-crm-api';
import { OpenPhoneStandIn, type StandInCall } from '../../src/mocks/openphone-api';

export const benchSecrets = {
  hubSpotToken: 'bench-hubspot-token',
  openPhoneKey: 'bench-openphone-key',
  openPhoneSigningKey: 'YmVuY2gtc2lnbmluZy1rZXktMzItYnl0ZXMtbG9uZyE=',
} as const;

export interface BenchWorld {
  hubSpot: HubSpotStandIn;
  openPhone: OpenPhoneStandIn;
  calls: StandInCall[];
}

const agents = 20;

export function benchWorld(callCount: number): BenchWorld {
  const hubSpot = new HubSpotStandIn({
    now: Date.now,
    accessToken: benchSecrets.hubSpotToken,
    searchLagMs: 0,
  });
  const openPhone = new OpenPhoneStandIn({ now: Date.now, apiKey: benchSecrets.openPhoneKey });
  const lines = Array.from({ length: agents }, (_, index) => {
    const email = `agent${index}@handoff.example`;
    const owner = hubSpot.store.addOwner({ email, firstName: 'Agent', lastName: String(index) });
    const user = { id: `USagent${index}`, email, firstName: 'Agent', lastName: String(index) };
    const number = `+1415555${String(1000 + index)}`;
    return { owner: owner.id, user: user.id, number, id: openPhone.addNumber(number, [user]) };
  });

  // Calls spread over the last weeks, two minutes apart: their own times, not now.
  const first = Date.now() - callCount * 2 * 60_000 - 86_400_000;
  const calls: StandInCall[] = [];
  for (let index = 0; index < callCount; index += 1) {
    const line = lines[index % agents];
    if (line === undefined) throw new Error('no line');
    const contact = `+1202${String(5_000_000 + index)}`;
    const at = first + index * 2 * 60_000;
    const outbound = index % 5 < 3;
    if (outbound) {
      hubSpot.logWidgetCall(
        {
          hs_timestamp: String(at - 20_000),
          hs_call_direction: 'OUTBOUND',
          hs_call_to_number: contact,
          hs_call_from_number: line.number,
          hubspot_owner_id: line.owner,
          hs_call_status: 'CONNECTING',
        },
        null,
      );
    } else {
      hubSpot.addContact({ firstname: 'Caller', lastname: String(index), phone: contact });
    }
    const call = openPhone.placeCall({
      direction: outbound ? 'outgoing' : 'incoming',
      phoneNumberId: line.id,
      userId: line.user,
      participant: contact,
      createdAt: at,
      answerAfterSeconds: index % 7 === 0 ? null : 6,
      seconds: 30 + (index % 11) * 17,
    });
    openPhone.recordings.set(call.id, {
      url: `https://storage.example/recordings/${call.id}.mp3`,
      duration: 30,
    });
    calls.push(call);
  }
  return { hubSpot, openPhone, calls };
}
