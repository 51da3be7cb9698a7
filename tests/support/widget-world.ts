import { vi } from 'vitest';
import { toCallId, toEngagementId } from '../../src/call/ids';
import type { FromHubSpot, HostContext, HubSpotSend, ToHubSpot } from '../../src/hubspot/messages';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';
import type { LookupResult } from '../../src/lookup/lookup-caller';
import type { WorkflowResult } from '../../src/lookup/run-workflow';
import { demoLookupService } from '../../src/mocks/demo-directory';
import { noAdminDefaults } from '../../src/settings/admin-defaults';
import { createWidget, type Widget, type WidgetPorts } from '../../src/widget/create-widget';
import type { FirstCallKit, HandoffKit } from '../../src/widget/handoff-kit';
import type { LookupKit } from '../../src/widget/interpret-effect';
import type { SentMessage } from './test-widget';

export const engagementWaitMs = 5_000;

/** A lookup or workflow request the service has not answered yet; the test answers it. */
interface Pending<R> {
  resolve: (result: R) => void;
  signal: AbortSignal | null;
}

/** One message the widget sent, and which widget document (reload) sent it. */
export interface Sent {
  message: SentMessage;
  document: number;
}

/**
 * The widget as HubSpot's iframe runs it, over a whole session: every document (a reload
 * makes a new one on the same storage, and the old one stops doing anything, as a page
 * that went away), HubSpot's side of the conversation, and a lookup service that answers
 * when the test says. The clock and timers are the test's (`vi.useFakeTimers`).
 */
export function widgetWorld(kit: HandoffKit, firstCallKit: FirstCallKit, realLookupKit: LookupKit) {
  const storage = memoryStorage();
  const sent: Sent[] = [];
  const lookups: Pending<LookupResult>[] = [];
  const workflows: Pending<WorkflowResult>[] = [];
  let time = 1_760_000_000_000;
  let ids = 0;
  let engagements = 7000;
  let document = 0;
  let widget: Widget;

  /** Storage and HubSpot as one document sees them: nothing once it has gone away. */
  const portsFor = (me: number, kitLoads: boolean): WidgetPorts => {
    const alive = () => me === document;
    const documentStorage: KeyValueStorage = {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        if (alive()) storage.setItem(key, value);
      },
      removeItem: (key) => {
        if (alive()) storage.removeItem(key);
      },
    };
    const send = ((type: keyof ToHubSpot, ...payload: unknown[]) => {
      if (!alive()) return;
      const message = (
        payload.length === 0 ? { type } : { type, payload: payload[0] }
      ) as SentMessage;
      sent.push({ message, document: me });
    }) as HubSpotSend;
    const lookupKit: LookupKit = {
      ...realLookupKit,
      lookupCaller: (_config, _phone, io) =>
        new Promise((resolve) => lookups.push({ resolve, signal: io.signal ?? null })),
      runWorkflow: () => new Promise((resolve) => workflows.push({ resolve, signal: null })),
    };
    return {
      send,
      storage: documentStorage,
      storageDurable: true,
      now: () => time,
      newCallId: () => toCallId(`call-${++ids}`),
      loadKit: () => (kitLoads ? Promise.resolve(kit) : Promise.reject(new Error('offline'))),
      loadFirstCallKit: () =>
        kitLoads ? Promise.resolve(firstCallKit) : Promise.reject(new Error('offline')),
      admin: {
        ...noAdminDefaults,
        demoLookup: {
          rootUrls: [demoLookupService.rootUrl],
          headerValue: demoLookupService.headerValue,
        },
      },
      fetch: () => Promise.reject(new TypeError('no network in tests')),
      loadLookupKit: () => Promise.resolve(lookupKit),
      engagementWaitMs,
    };
  };

  const hostContext: HostContext = {
    engagementId: null,
    iframeLocation: 'widget',
    usesCallingWindow: false,
    portalId: 424242,
    userId: 9001,
    ownerId: 7001,
  };

  /** Loads a new document on the same storage; HubSpot greets it at once (SYNC on load). */
  const load = (kitLoads = true) => {
    document += 1;
    widget = createWidget(portsFor(document, kitLoads));
    widget.receive({ type: 'ready', context: hostContext });
  };
  load();

  return {
    get widget() {
      return widget;
    },
    sent,
    state: () => widget.controller.store.get(),
    reload: load,
    receive: (message: FromHubSpot) => widget.receive(message),
    newEngagementId: () => toEngagementId(++engagements),
    advance(ms: number) {
      time += ms;
      vi.advanceTimersByTime(ms);
    },
    /** Lets the promises the widget is waiting on (a loaded chunk, an answer) run. */
    settle: () => new Promise<void>((resolve) => setImmediate(resolve)),
    /** Answers the oldest lookup still out; `late` answers one whose call moved on, too. */
    answerLookup(result: LookupResult) {
      lookups.shift()?.resolve(result);
    },
    answerWorkflow(result: WorkflowResult) {
      workflows.shift()?.resolve(result);
    },
  };
}

export type WidgetWorld = ReturnType<typeof widgetWorld>;
