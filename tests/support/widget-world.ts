import { vi } from 'vitest';
import { type EngagementId, toCallId, toEngagementId } from '../../src/call/ids';
import type { FromHubSpot, HostContext, HubSpotSend, ToHubSpot } from '../../src/hubspot/messages';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';
import type { LookupResult } from '../../src/lookup/lookup-caller';
import type { WorkflowResult } from '../../src/lookup/run-workflow';
import { demoLookupService } from '../../src/mocks/demo-directory';
import { noAdminDefaults } from '../../src/settings/admin-defaults';
import { createWidget, type Widget, type WidgetPorts } from '../../src/widget/create-widget';
import type { FirstCallKit, HandoffKit } from '../../src/widget/handoff-kit';
import type { LookupKit } from '../../src/widget/interpret-effect';
import { fakeBrowser } from '../journal/fake-browser';
import type { SentMessage } from './test-widget';

export const engagementWaitMs = 5_000;

/** A lookup or workflow request the service has not answered yet; the test answers it. */
interface Pending<R> {
  resolve: (result: R) => void;
  signal: AbortSignal | null;
}

/** One message the widget sent, which widget document (reload) sent it, and from which frame. */
export interface Sent {
  message: SentMessage;
  document: number;
  frame: number;
  /** The browser tab (or calling window) the frame was in: a reopened frame is a new one. */
  tab: number;
}

export interface WorldOptions {
  /**
   * How many widget frames share the storage (HubSpot tabs, the calling window and the
   * remote frame), each with its own HubSpot conversation. With more than one, the
   * journal gets the fake browser's Web Locks, channel and per-tab memory.
   */
  frames?: number;
  /** The storage refuses every write after this many (a quota, privacy mode). */
  writesBeforeRefusal?: number;
  /** Whether removing a key still works once writes are refused. */
  erasable?: boolean;
  /**
   * HubSpot's answers for calls of a document that went away are lost with it. Used with
   * failing storage: a widget that could not keep a call cannot tell its late answer from
   * the next call's (docs/journal.md, "Storage that fails").
   */
  answersLostOnReload?: boolean;
  /**
   * The browser refuses the widget storage altogether (strict privacy settings): each
   * document starts with an empty memory and knows of no other instance.
   */
  storageRefused?: boolean;
  /**
   * HubSpot's handshake names the engagement of the call it shows in progress in the tab
   * (the last one started there and not completed), as it does after a reload mid-call.
   * An engagement whose answer was lost with the page is created all the same.
   */
  handshakeNamesCall?: boolean;
}

const hostContext: HostContext = {
  engagementId: null,
  iframeLocation: 'widget',
  usesCallingWindow: false,
  portalId: 424242,
  userId: 9001,
  ownerId: 7001,
};

/**
 * The widget as HubSpot's iframes run it, over a whole session: one or more frames on one
 * storage, each loading documents (a reload makes a new one, and the old one stops doing
 * anything, as a page that went away), HubSpot's side of each frame's conversation, and a
 * lookup service that answers when the test says. The clock and timers are the test's
 * (`vi.useFakeTimers`, and the fake browser's timers moved with them).
 */
export function widgetFrames(
  kit: HandoffKit,
  firstCallKit: FirstCallKit,
  realLookupKit: LookupKit,
  options: WorldOptions = {},
) {
  const frameCount = options.frames ?? 1;
  const base = memoryStorage();
  let writesLeft = options.writesBeforeRefusal ?? Number.POSITIVE_INFINITY;
  let refused = false;
  const storage: KeyValueStorage = {
    getItem: (key) => base.getItem(key),
    keys: () => base.keys?.() ?? [],
    setItem: (key, value) => {
      if (writesLeft <= 0) refused = true;
      if (writesLeft <= 0) throw new DOMException('quota', 'QuotaExceededError');
      writesLeft -= 1;
      base.setItem(key, value);
    },
    removeItem: (key) => {
      if (writesLeft <= 0 && options.erasable === false) {
        throw new DOMException('denied', 'SecurityError');
      }
      base.removeItem(key);
    },
  };
  const browser = fakeBrowser(storage);
  const shared = frameCount > 1;
  const sent: Sent[] = [];
  const lookups: Pending<LookupResult>[] = [];
  const workflows: Pending<WorkflowResult>[] = [];
  let time = 1_760_000_000_000;
  let ids = 0;
  let engagementsMade = 7000;
  let documents = 0;
  let tabs = 0;
  /** Documents that went away (reloaded, crashed, closed): they do nothing more. */
  const gone = new Set<number>();
  /** HubSpot's engagement for each call it was told about: an id, or null when it failed. */
  const engagements = new Map<string, EngagementId | null>();

  /** The call HubSpot shows in progress in `tab`: the last started there, until completed. */
  const callInProgress = (tab: number): string | null => {
    let current: string | null = null;
    for (const { message, tab: from } of sent) {
      if (from !== tab) continue;
      if (message.type === 'outgoingCall' || message.type === 'incomingCall') {
        current = message.payload.externalCallId;
      }
      // HubSpot's call is over with any callCompleted in its frame (the simulator's too).
      if (message.type === 'callCompleted') current = null;
    }
    return current;
  };

  /** What HubSpot's handshake names in `tab`: its call in progress's engagement. */
  const handshakeEngagement = (tab: number): EngagementId | null => {
    const call = callInProgress(tab);
    if (!options.handshakeNamesCall || call === null) return null;
    // HubSpot created it even if its answer went to the page that is gone.
    if (!engagements.has(call)) engagements.set(call, toEngagementId(++engagementsMade));
    return engagements.get(call) ?? null;
  };

  /** Storage and HubSpot as one document sees them: nothing once it has gone away. */
  const portsFor = (
    me: number,
    frame: number,
    tab: number,
    kitLoads: boolean,
    instances: WidgetPorts['instances'],
  ): WidgetPorts => {
    const alive = () => !gone.has(me);
    const documentStorage: KeyValueStorage = {
      getItem: (key) => storage.getItem(key),
      keys: () => storage.keys?.() ?? [],
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
      sent.push({ message, document: me, frame, tab });
    }) as HubSpotSend;
    const lookupKit: LookupKit = {
      ...realLookupKit,
      lookupCaller: (_config, _phone, io) =>
        new Promise((resolve) => lookups.push({ resolve, signal: io.signal ?? null })),
      runWorkflow: () => new Promise((resolve) => workflows.push({ resolve, signal: null })),
    };
    return {
      send,
      storage: options.storageRefused ? memoryStorage() : documentStorage,
      storageDurable: !options.storageRefused,
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
      instances,
    };
  };

  function frame(index: number) {
    let tab = browser.newTab();
    let tabNumber = ++tabs;
    let document = 0;
    let widget: Widget;
    let vanish: () => void = () => undefined;
    let closed = false;

    /** The document goes away: told (`pagehide`) unless it crashed. */
    const leave = (told: boolean) => {
      if (document === 0 || gone.has(document)) return;
      if (told) widget.release();
      gone.add(document);
      vanish();
    };

    /** Loads a new document in this tab; HubSpot greets it at once (SYNC on load). */
    const load = (kitLoads = true) => {
      documents += 1;
      document = documents;
      closed = false;
      const page = shared ? browser.page(tab) : null;
      vanish = page?.vanish ?? (() => undefined);
      widget = createWidget(portsFor(document, index, tabNumber, kitLoads, page?.ports));
      widget.receive({
        type: 'ready',
        context: { ...hostContext, engagementId: handshakeEngagement(tabNumber) },
        greeted: null,
      });
    };
    load();

    return {
      index,
      get widget() {
        return widget;
      },
      get document() {
        return document;
      },
      get tab() {
        return tabNumber;
      },
      get closed() {
        return closed;
      },
      state: () => widget.controller.store.get(),
      receive: (message: FromHubSpot) => {
        if (!closed) widget.receive(message);
      },
      /** A reload of the frame (the page is hidden first), or after a crash (it is not). */
      reload(kitLoads = true, crashed = false) {
        leave(!crashed);
        load(kitLoads);
      },
      /** The tab or calling window is closed; reopening it later is a new tab. */
      close() {
        leave(true);
        closed = true;
      },
      reopen(kitLoads = true) {
        if (!closed) return;
        tab = browser.newTab();
        tabNumber = ++tabs;
        load(kitLoads);
      },
    };
  }
  const frames = Array.from({ length: frameCount }, (_, index) => frame(index));

  return {
    frames,
    options,
    sent,
    /** Documents that went away: a message from one of them would be a ghost's. */
    gone,
    /** True once the storage refused a write. */
    refused: () => refused,
    newEngagementId: () => toEngagementId(++engagementsMade),
    /** HubSpot's engagement for each call: what its answers said, or made while the page was gone. */
    engagements,
    callInProgress,
    advance(ms: number) {
      time += ms;
      vi.advanceTimersByTime(ms);
      void browser.advance(ms);
    },
    /** Lets the promises the widget is waiting on (a loaded chunk, an answer, a lock) run. */
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

export type WidgetFrames = ReturnType<typeof widgetFrames>;
export type WidgetFrame = WidgetFrames['frames'][number];

/** One frame's world: the widget HubSpot's iframe runs, reloads included. */
export function widgetWorld(
  kit: HandoffKit,
  firstCallKit: FirstCallKit,
  realLookupKit: LookupKit,
  options: WorldOptions = {},
) {
  const world = widgetFrames(kit, firstCallKit, realLookupKit, options);
  return frameWorld(world, world.frames[0] as WidgetFrame);
}

/** The world as one frame sees it: its widget, its conversation with HubSpot. */
export function frameWorld(world: WidgetFrames, frame: WidgetFrame) {
  return {
    get widget() {
      return frame.widget;
    },
    /**
     * What this frame's tab sent (every document of it): HubSpot answers there. A frame
     * closed and opened again is a new tab, and the old one's answers are lost with it.
     */
    get sent() {
      return world.sent.filter((sent) => sent.tab === frame.tab);
    },
    /** What HubSpot may still answer: this tab's, or only this document's. */
    get answerable() {
      return world.sent.filter((sent) =>
        world.options.answersLostOnReload
          ? sent.document === frame.document
          : sent.tab === frame.tab,
      );
    },
    state: frame.state,
    reload: (kitLoads?: boolean) =>
      frame.closed ? frame.reopen(kitLoads) : frame.reload(kitLoads),
    receive: frame.receive,
    newEngagementId: world.newEngagementId,
    engagements: world.engagements,
    /** The call HubSpot shows in progress in this frame's tab, if any. */
    callInProgress: () => world.callInProgress(frame.tab),
    advance: world.advance,
    settle: world.settle,
    answerLookup: world.answerLookup,
    answerWorkflow: world.answerWorkflow,
  };
}

export type WidgetWorld = ReturnType<typeof frameWorld>;
