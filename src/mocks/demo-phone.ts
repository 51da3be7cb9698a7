// The phone's side of the `npm start` demo: the sync service itself (the real app), wired to
// the HubSpot, OpenPhone and CareSoft stand-ins in this process, with demo keys that open
// nothing. The simulator asks it to play a call on the phone; it places the call on the
// OpenPhone stand-in and delivers OpenPhone's signed webhooks to the service, which writes
// on the HubSpot stand-in what the simulator's timeline then shows. No account, no key.
import { createSyncApp, type LogEntry } from '../sync/app.js';
import { readSyncConfig } from '../sync/config.js';
import { CareSoftStandIn } from './caresoft-api.js';
import { HubSpotStandIn, hubSpotStandInOrigin } from './hubspot-crm-api.js';
import { OpenPhoneStandIn, openPhoneStandInOrigin, type StandInCall } from './openphone-api.js';
import { openPhoneWebhook } from './phone-webhooks.js';
import { answerFromRoutes, type StandInRoute } from './stand-in-routes.js';

/** Demo values, not secrets: they only open the stand-ins in this process. */
export const demoPhoneEnv = {
  HUBSPOT_ACCESS_TOKEN: 'demo-hubspot-private-app',
  OPENPHONE_API_KEY: 'demo-openphone-api',
  // base64 of "handoff demo signing key, 32 b!"
  OPENPHONE_WEBHOOK_SIGNING_KEY: 'aGFuZG9mZiBkZW1vIHNpZ25pbmcga2V5LCAzMiBiIQ==',
  CARESOFT_DOMAIN: 'handoffdemo',
  CARESOFT_API_TOKEN: 'demo-caresoft-api',
  CARESOFT_WEBHOOK_SECRET: 'demo-caresoft-webhook',
} as const;

/** The demo agent: the simulator's HubSpot user, and the same person on OpenPhone. */
export const demoAgent = {
  email: 'agent@handoff.example',
  openPhoneUserId: 'USdemoagent',
  line: '+14155550100',
} as const;

/** A call the simulator asks the phone to play: the widget's call, as HubSpot logged it. */
export interface PhonePlay {
  /** The widget's `externalCallId`. */
  externalCallId: string;
  direction: 'OUTBOUND' | 'INBOUND';
  /** The other party, E.164. */
  contactNumber: string;
  /** When the widget logged the call (`hs_timestamp`), in milliseconds. */
  loggedAt: number;
  /** Seconds of talk; `null`: nobody answered. */
  talkSeconds: number | null;
}

/** What the service wrote on the call, for the simulator's timeline card. */
export interface PhoneRecordView {
  status: string | null;
  durationMs: number | null;
  recordingUrl: string | null;
  summary: string | null;
  providerCallId: string | null;
  /** The service's log lines for this call's events: codes only. */
  outcomes: string[];
}

function standInFetch(
  stands: readonly { origin: string; routes: () => readonly StandInRoute[] }[],
) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const stand = stands.find((candidate) => candidate.origin === url.origin);
    const answer = stand && (await answerFromRoutes(stand.routes(), request, url.pathname));
    return answer ?? new Response(null, { status: 404 });
  };
}

/** A 1.5 s tone as a WAV file: a recording the demo's timeline can actually play. */
export function demoRecording(): Uint8Array {
  const rate = 8000;
  const samples = rate * 1.5;
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => {
    for (let index = 0; index < value.length; index += 1)
      bytes[offset + index] = value.charCodeAt(index);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let index = 0; index < samples; index += 1) {
    const fade = Math.min(1, index / 400, (samples - index) / 400);
    view.setInt16(
      44 + index * 2,
      Math.round(Math.sin((2 * Math.PI * 440 * index) / rate) * 6000 * fade),
      true,
    );
  }
  return bytes;
}

export interface DemoPhone {
  /** Plays a call on the phone; webhooks follow (now, and `followUpMs` later). */
  play(play: PhonePlay, recordingBaseUrl: string): Promise<{ providerCallId: string }>;
  /** What the service wrote on the widget's call. */
  view(externalCallId: string): PhoneRecordView | null;
  readonly hubSpot: HubSpotStandIn;
  readonly openPhone: OpenPhoneStandIn;
  readonly app: ReturnType<typeof createSyncApp>;
}

export function demoPhone(
  options: {
    now?: () => number;
    /** When the recording, summary and transcript follow `call.completed`. */
    later?: (task: () => Promise<void>) => void;
  } = {},
): DemoPhone {
  const now = options.now ?? Date.now;
  const later =
    options.later ??
    ((task) => {
      setTimeout(() => void task().catch(() => undefined), 1500);
    });
  // No search lag here: the demo shows the flow; the tests show the traps lag sets.
  const hubSpot = new HubSpotStandIn({
    now,
    accessToken: demoPhoneEnv.HUBSPOT_ACCESS_TOKEN,
    searchLagMs: 0,
  });
  const openPhone = new OpenPhoneStandIn({ now, apiKey: demoPhoneEnv.OPENPHONE_API_KEY });
  const careSoft = new CareSoftStandIn({
    now,
    apiToken: demoPhoneEnv.CARESOFT_API_TOKEN,
    domain: demoPhoneEnv.CARESOFT_DOMAIN,
  });
  const owner = hubSpot.store.addOwner({
    email: demoAgent.email,
    firstName: 'Demo',
    lastName: 'Agent',
  });
  const line = openPhone.addNumber(demoAgent.line, [
    { id: demoAgent.openPhoneUserId, email: demoAgent.email, firstName: 'Demo', lastName: 'Agent' },
  ]);

  const read = readSyncConfig(demoPhoneEnv);
  if (!read.ok) throw new Error(`demo phone: ${read.error.variable}`);
  const logs: LogEntry[] = [];
  const app = createSyncApp(read.config, {
    fetch: standInFetch([
      { origin: hubSpotStandInOrigin, routes: () => hubSpot.routes },
      { origin: openPhoneStandInOrigin, routes: () => openPhone.routes },
      { origin: careSoft.origin, routes: () => careSoft.routes },
    ]),
    now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log: (entry) => {
      logs.push(entry);
      if (logs.length > 500) logs.shift();
    },
  });
  const signingKey = Uint8Array.from(atob(demoPhoneEnv.OPENPHONE_WEBHOOK_SIGNING_KEY), (char) =>
    char.charCodeAt(0),
  );
  const widgetCalls = new Map<string, { hubSpotId: string; providerCall: StandInCall | null }>();

  async function deliver(type: Parameters<OpenPhoneStandIn['event']>[0], call: StandInCall) {
    const request = await openPhoneWebhook(
      'https://sync.handoff.example/webhooks/openphone',
      openPhone.event(type, call),
      signingKey,
      now(),
    );
    await app.fetch(request);
  }

  return {
    hubSpot,
    openPhone,
    app,
    async play(play, recordingBaseUrl) {
      // HubSpot's side: the contact, and the call as HubSpot logged it for the widget.
      const known = hubSpot.store
        .all('contacts')
        .some((contact) => hubSpot.store.latest(contact).phone === play.contactNumber);
      const contactId = known
        ? null
        : hubSpot.addContact({ firstname: 'Demo', lastname: 'Contact', phone: play.contactNumber });
      let widgetCall = widgetCalls.get(play.externalCallId);
      if (widgetCall === undefined) {
        const outbound = play.direction === 'OUTBOUND';
        const hubSpotId = hubSpot.logWidgetCall(
          {
            hs_timestamp: String(play.loggedAt),
            hs_call_direction: play.direction,
            hs_call_to_number: outbound ? play.contactNumber : demoAgent.line,
            hs_call_from_number: outbound ? demoAgent.line : play.contactNumber,
            hubspot_owner_id: owner.id,
            hs_call_external_id: play.externalCallId,
          },
          contactId,
        );
        widgetCall = { hubSpotId, providerCall: null };
        widgetCalls.set(play.externalCallId, widgetCall);
      }
      // The phone's side: dialled just after the handoff, rang, talked; reported now.
      const ring = 6;
      const seconds = play.talkSeconds ?? 20;
      const call = openPhone.placeCall({
        direction: play.direction === 'OUTBOUND' ? 'outgoing' : 'incoming',
        phoneNumberId: line,
        userId: demoAgent.openPhoneUserId,
        participant: play.contactNumber,
        createdAt: play.loggedAt + 2000,
        answerAfterSeconds: play.talkSeconds === null ? null : ring,
        seconds,
      });
      widgetCall.providerCall = call;
      await deliver('call.completed', call);
      if (play.talkSeconds !== null) {
        openPhone.recordings.set(call.id, {
          url: `${recordingBaseUrl}/${call.id}.wav`,
          duration: seconds,
        });
        openPhone.summaries.set(call.id, {
          summary: [
            'The customer confirmed the details discussed.',
            'They asked for a written follow-up.',
          ],
          nextSteps: ['Send the follow-up by email today.'],
        });
        openPhone.transcripts.set(call.id, [
          {
            content: 'Hello, thanks for taking my call.',
            start: 0,
            end: 3,
            identifier: demoAgent.line,
          },
          {
            content: 'Of course, how can I help?',
            start: 4,
            end: 6,
            identifier: play.contactNumber,
          },
        ]);
        later(async () => {
          await deliver('call.recording.completed', call);
          await deliver('call.summary.completed', call);
          await deliver('call.transcript.completed', call);
        });
      }
      return { providerCallId: call.id };
    },
    view(externalCallId) {
      const widgetCall = widgetCalls.get(externalCallId);
      if (widgetCall === undefined) return null;
      const properties = hubSpot.call(widgetCall.hubSpotId);
      const duration = properties.hs_call_duration;
      const providerCallId = widgetCall.providerCall?.id ?? null;
      return {
        status: properties.hs_call_status ?? null,
        durationMs: duration === undefined ? null : Number(duration),
        recordingUrl: properties.hs_call_recording_url ?? null,
        summary: properties.hs_call_summary ?? null,
        providerCallId,
        outcomes: logs
          .filter(
            (entry) => providerCallId !== null && entry.hubSpotCallId === widgetCall.hubSpotId,
          )
          .map((entry) => `${entry.eventType}: ${entry.outcome ?? entry.error}`),
      };
    },
  };
}
