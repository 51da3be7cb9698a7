// One portal, one OpenPhone workspace and one CareSoft account, all stand-ins, and the sync
// service wired to them with a clock the tests move: search lag and `Retry-After` waits
// pass without real waiting.
import { setupServer } from 'msw/node';
import { type CareSoftRecord, CareSoftStandIn } from '../../src/mocks/caresoft-api';
import { HubSpotStandIn } from '../../src/mocks/hubspot-crm-api';
import { OpenPhoneStandIn, type PlacedCall, type StandInCall } from '../../src/mocks/openphone-api';
import { careSoftWebhook, openPhoneWebhook } from '../../src/mocks/phone-webhooks';
import { createSyncApp, type LogEntry } from '../../src/sync/app';
import { readSyncConfig, type SyncEnv } from '../../src/sync/config';

export const secrets = {
  hubSpotToken: 'pat-na1-5e2b7c9a-0d1f-4e8b-9a3c-hubspot-secret',
  openPhoneKey: 'op-api-key-8c1d4f0e9b7a-openphone-secret',
  // base64 of 32 bytes, as OpenPhone shows a signing key
  openPhoneSigningKey: 'c2VjcmV0LXNpZ25pbmcta2V5LW9mLTMyLWJ5dGVzISE=',
  careSoftToken: 'cs-token-1f3e5d7c9b-caresoft-secret',
  careSoftWebhookSecret: 'cs-webhook-secret-4a6b8c0d',
} as const;

export const signingKeyBytes = Uint8Array.from(atob(secrets.openPhoneSigningKey), (char) =>
  char.charCodeAt(0),
);

export const syncEnv: SyncEnv = {
  HUBSPOT_ACCESS_TOKEN: secrets.hubSpotToken,
  OPENPHONE_API_KEY: secrets.openPhoneKey,
  OPENPHONE_WEBHOOK_SIGNING_KEY: secrets.openPhoneSigningKey,
  CARESOFT_DOMAIN: 'handoffdemo',
  CARESOFT_API_TOKEN: secrets.careSoftToken,
  CARESOFT_WEBHOOK_SECRET: secrets.careSoftWebhookSecret,
};

/** The msw server of a test file: `listen` in `beforeAll`, `close` in `afterAll`. */
export const server = setupServer();

/** 2026-03-02 15:00 UTC, a Monday afternoon. */
export const start = Date.parse('2026-03-02T15:00:00Z');
export const minute = 60_000;

export const people = {
  emily: { phone: '(202) 555-0143', e164: '+12025550143' },
  camille: { phone: '+33 6 12 34 56 78', e164: '+33612345678' },
  lan: { phone: '0988 888 888', e164: '+84988888888' },
  unknown: { e164: '+12025550199' },
} as const;

export interface SyncWorld {
  clock: { now: () => number; advance: (ms: number) => void; set: (at: number) => void };
  hubSpot: HubSpotStandIn;
  openPhone: OpenPhoneStandIn;
  careSoft: CareSoftStandIn;
  owners: { alice: string; bob: string };
  contacts: { emily: string; camille: string; lan: string };
  lines: { alice: string; bob: string; shared: string };
  users: { alice: string; bob: string };
  logs: LogEntry[];
  app: ReturnType<typeof createSyncApp>;
  /** Places a call on OpenPhone (by one of our users, on one of our lines). */
  placeOpenPhoneCall(call: Partial<PlacedCall> & { participant: string }): StandInCall;
  /** Posts a signed OpenPhone webhook for one of the call events. */
  deliver(
    type: Parameters<OpenPhoneStandIn['event']>[0],
    call: StandInCall,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** The signed request OpenPhone would send for that event. */
  deliverRequest(
    type: Parameters<OpenPhoneStandIn['event']>[0],
    call: StandInCall,
  ): Promise<Request>;
  /** The same, answered as the HTTP response itself. */
  deliverResponse(
    type: Parameters<OpenPhoneStandIn['event']>[0],
    call: StandInCall,
  ): Promise<Response>;
  /** Posts a signed CareSoft webhook carrying a call record. */
  deliverCareSoft(
    record: CareSoftRecord,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** What the widget makes HubSpot log when it hands a call off (`createEngagement: true`). */
  widgetCall(options: {
    direction: 'OUTBOUND' | 'INBOUND';
    contactId: string | null;
    ownerId: string;
    number: string;
    at: number;
    line?: string;
    externalCallId?: string;
  }): string;
  /** Runs with the search index caught up (as after HubSpot's lag). */
  afterSearchLag(): void;
}

export function syncWorld(
  options: { env?: SyncEnv; searchLagMs?: number; createContacts?: boolean } = {},
): SyncWorld {
  let at = start;
  const clock = {
    now: () => at,
    advance: (ms: number) => {
      at += ms;
    },
    set: (moment: number) => {
      at = moment;
    },
  };
  const hubSpot = new HubSpotStandIn({
    now: clock.now,
    accessToken: secrets.hubSpotToken,
    searchLagMs: options.searchLagMs ?? 5000,
  });
  const openPhone = new OpenPhoneStandIn({ now: clock.now, apiKey: secrets.openPhoneKey });
  const careSoft = new CareSoftStandIn({
    now: clock.now,
    apiToken: secrets.careSoftToken,
    domain: 'handoffdemo',
  });

  const owners = {
    alice: hubSpot.store.addOwner({
      email: 'alice@handoff.example',
      firstName: 'Alice',
      lastName: 'Martin',
    }).id,
    bob: hubSpot.store.addOwner({
      email: 'bob@handoff.example',
      firstName: 'Bob',
      lastName: 'Nguyen',
    }).id,
  };
  const contacts = {
    emily: hubSpot.addContact({
      firstname: 'Emily',
      lastname: 'Carter',
      phone: people.emily.phone,
    }),
    camille: hubSpot.addContact({
      firstname: 'Camille',
      lastname: 'Durand',
      mobilephone: people.camille.phone,
    }),
    lan: hubSpot.addContact({ firstname: 'Lan', lastname: 'Nguyễn Thị', phone: people.lan.phone }),
  };
  const users = { alice: 'USalice01', bob: 'USbob0002' };
  const alice = {
    id: users.alice,
    email: 'alice@handoff.example',
    firstName: 'Alice',
    lastName: 'Martin',
  };
  const bob = { id: users.bob, email: 'Bob@Handoff.example', firstName: 'Bob', lastName: 'Nguyen' };
  const lines = {
    alice: openPhone.addNumber('+14155550101', [alice]),
    bob: openPhone.addNumber('+14155550102', [bob]),
    shared: openPhone.addNumber('+14155550100', [alice, bob]),
  };
  careSoft.addAgent('alice@handoff.example', '1001');
  careSoft.addAgent('bob@handoff.example', '1002');

  const env: SyncEnv = {
    ...syncEnv,
    ...(options.createContacts ? { SYNC_CREATE_CONTACTS: 'true' } : {}),
    ...options.env,
  };
  const read = readSyncConfig(env);
  if (!read.ok) throw new Error(`test configuration refused: ${JSON.stringify(read.error)}`);
  const logs: LogEntry[] = [];
  const app = createSyncApp(read.config, {
    fetch: (input, init) => fetch(input, init),
    now: clock.now,
    sleep: async (ms) => clock.advance(ms),
    log: (entry) => logs.push(entry),
  });
  server.resetHandlers(...hubSpot.handlers, ...openPhone.handlers, ...careSoft.handlers);

  async function answer(request: Request) {
    const response = await app.fetch(request);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  return {
    clock,
    hubSpot,
    openPhone,
    careSoft,
    owners,
    contacts,
    lines,
    users,
    logs,
    app,
    placeOpenPhoneCall: (call) =>
      openPhone.placeCall({
        direction: 'outgoing',
        phoneNumberId: lines.alice,
        userId: users.alice,
        createdAt: clock.now(),
        answerAfterSeconds: 8,
        seconds: 95,
        ...call,
      }),
    async deliver(type, call) {
      return answer(await this.deliverRequest(type, call));
    },
    async deliverResponse(type, call) {
      return app.fetch(await this.deliverRequest(type, call));
    },
    deliverRequest(type, call) {
      const body = openPhone.event(type, call);
      return openPhoneWebhook(
        'http://sync.test/webhooks/openphone',
        body,
        signingKeyBytes,
        clock.now(),
      );
    },
    async deliverCareSoft(record) {
      return answer(
        await careSoftWebhook(
          'http://sync.test/webhooks/caresoft',
          record,
          secrets.careSoftWebhookSecret,
        ),
      );
    },
    widgetCall({ direction, contactId, ownerId, number, at: when, line, externalCallId }) {
      const ours = line ?? '+14155550101';
      return hubSpot.logWidgetCall(
        {
          hs_timestamp: String(when),
          hs_call_direction: direction,
          hs_call_to_number: direction === 'OUTBOUND' ? number : ours,
          hs_call_from_number: direction === 'OUTBOUND' ? ours : number,
          hubspot_owner_id: ownerId,
          hs_call_status: 'CONNECTING',
          ...(externalCallId === undefined ? {} : { hs_call_external_id: externalCallId }),
        },
        contactId,
      );
    },
    afterSearchLag() {
      clock.advance(hubSpot.store.searchLagMs + 1);
    },
  };
}
