import { toCallId, toEngagementId } from '../../src/call/ids';
import type { FromHubSpot, HubSpotSend, ToHubSpot } from '../../src/hubspot/messages';
import { readHostContext } from '../../src/hubspot/read-payload';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';
import { demoLookupService } from '../../src/mocks/demo-lookup-address';
import { noAdminDefaults } from '../../src/settings/admin-defaults';
import { createWidget, type WidgetPorts } from '../../src/widget/create-widget';
import { loadFirstCallKit, loadHandoffKit } from '../../src/widget/handoff-kit';

/** One message the widget sent to HubSpot, as the SDK would receive it. */
export type SentMessage = {
  [K in keyof ToHubSpot]: ToHubSpot[K] extends undefined
    ? { type: K }
    : { type: K; payload: ToHubSpot[K] };
}[keyof ToHubSpot];

/** What HubSpot sends on "Call" from a contact record (`onDialNumber`). */
export const contactDial = {
  phoneNumber: '+1 410-793-4326',
  ownerId: 7001,
  subjectId: 101,
  objectId: 101,
  objectType: 'CONTACT',
  portalId: 424242,
  countryCode: 'US',
  calleeInfo: { calleeId: 101, calleeObjectTypeId: '0-1' },
  startTimestamp: 1_760_000_000_000,
  toPhoneNumberSrc: 'phone',
} as const;

/** Where HubSpot says it placed the widget (`onReady`). */
export const hostContext = readHostContext({
  engagementId: 0,
  iframeLocation: 'widget',
  ownerId: 7001,
  portalId: 424242,
  userId: 9001,
  usesCallingWindow: false,
});

export const hostReady: FromHubSpot = { type: 'ready', context: hostContext, greeted: null };

interface Options {
  storage?: KeyValueStorage;
  storageDurable?: boolean;
  loadKit?: WidgetPorts['loadKit'];
  loadFirstCallKit?: WidgetPorts['loadFirstCallKit'];
  startAt?: number;
  admin?: Partial<WidgetPorts['admin']>;
  fetch?: WidgetPorts['fetch'];
  loadLookupKit?: WidgetPorts['loadLookupKit'];
  engagementWaitMs?: number;
  cancelUndoMs?: number;
  /** HubSpot replies to outgoingCall with an engagement id, as it does (default true). */
  hubspotCreatesEngagements?: boolean;
  /** Other widget instances share the storage (tests/journal/fake-browser.ts). */
  instances?: WidgetPorts['instances'];
  /** The timeline's words in a language (the catalogues, loaded lazily, by default). */
  timelineWords?: WidgetPorts['timelineWords'];
  /** How the catalogues load (at once, by default). */
  loadCatalogues?: WidgetPorts['loadCatalogues'];
}

/**
 * A real widget with its outside world replaced: a recording `send`, in-memory storage,
 * a clock the test moves and call ids `call-1`, `call-2`, ...
 */
export function testWidget(options: Options = {}) {
  const sent: SentMessage[] = [];
  let engagements = 5000;
  const send = ((type: keyof ToHubSpot, ...payload: unknown[]) => {
    sent.push((payload.length === 0 ? { type } : { type, payload: payload[0] }) as SentMessage);
    // HubSpot answers every outgoingCall with createEngagement: true with the new
    // engagement's id, a moment later; tests that need another answer turn this off.
    if (
      (type === 'outgoingCall' || type === 'incomingCall') &&
      (options.hubspotCreatesEngagements ?? true)
    ) {
      const engagementId = toEngagementId(++engagements);
      queueMicrotask(() => widget.receive({ type: 'engagementCreated', engagementId }));
    }
  }) as HubSpotSend;
  let time = options.startAt ?? Date.now();
  let ids = 0;
  const pending: Promise<unknown>[] = [];
  const loadKit = options.loadKit ?? loadHandoffKit;
  const storage = options.storage ?? memoryStorage();

  const widget = createWidget({
    send,
    storage,
    storageDurable: options.storageDurable ?? true,
    now: () => time,
    newCallId: () => toCallId(`call-${++ids}`),
    loadKit: () => {
      const loading = loadKit();
      pending.push(loading);
      return loading;
    },
    loadFirstCallKit: () => {
      const loading = (options.loadFirstCallKit ?? loadFirstCallKit)();
      pending.push(loading);
      return loading;
    },
    // The demo lookup service's token is public, as `start-widget.ts` says for the real page.
    admin: {
      ...noAdminDefaults,
      demoLookup: {
        rootUrls: [demoLookupService.rootUrl],
        headerValue: demoLookupService.headerValue,
      },
      ...options.admin,
    },
    // Tests without a lookup service must never reach the network.
    fetch: options.fetch ?? (() => Promise.reject(new TypeError('no network in tests'))),
    loadLookupKit: options.loadLookupKit ?? (() => import('../../src/lookup/lookup-kit')),
    engagementWaitMs: options.engagementWaitMs ?? 5_000,
    cancelUndoMs: options.cancelUndoMs,
    instances: options.instances,
    timelineWords: options.timelineWords,
    loadCatalogues: options.loadCatalogues,
  });

  /**
   * Lets every dial the widget is preparing finish: it waits for the first-call kit, then,
   * for a number that kit cannot read, for the deep-link kit, which starts loading only then.
   */
  const settle = async () => {
    let waited = -1;
    while (waited !== pending.length) {
      waited = pending.length;
      await Promise.allSettled(pending);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };

  return {
    widget,
    controller: widget.controller,
    storage,
    sent,
    /** The names of the messages sent so far, in order. */
    sentTypes: () => sent.map((message) => message.type),
    state: () => widget.controller.store.get(),
    phase: () => widget.controller.store.get().call.phase,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    settle,
    ready: () => widget.receive(hostReady),
    dial: async (payload: unknown = contactDial) => {
      widget.receive({ type: 'dialNumber', payload });
      await settle();
    },
  };
}

export type TestWidget = ReturnType<typeof testWidget>;
