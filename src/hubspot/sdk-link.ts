import CallingExtensions from '@hubspot/calling-extensions-sdk';
import { isHubSpotHostOrigin } from './host-origin';
import type { HubSpotSend, ToHubSpot } from './messages';

/** The SDK handlers whose calls the widget reads (`hubspot/connect.ts` says how). */
export const heardHandlers = [
  'onReady',
  'onDialNumber',
  'onCreateEngagementSucceeded',
  // Older HubSpot builds still send the deprecated ENGAGEMENT_CREATED.
  'onEngagementCreated',
  'onCreateEngagementFailed',
  'onUpdateEngagementFailed',
  'onEndCall',
  'onVisibilityChanged',
  'onCallerIdMatchSucceeded',
  'onCallerIdMatchFailed',
  'onNavigateToRecordFailed',
] as const;

export type HeardHandler = (typeof heardHandlers)[number];

/** One call of an SDK handler, as the SDK made it: its payload not read yet. */
export interface SdkEvent {
  handler: HeardHandler;
  payload: unknown;
  /** For `onReady` only: the `initialized` the link sent itself (`greetEarly`), if it did. */
  greeted: ToHubSpot['initialized'] | null;
}

/** What the link says to HubSpot's greeting, from its payload; null leaves it to the widget. */
export type EarlyGreeting = (payload: unknown) => ToHubSpot['initialized'] | null;

/** The SDK, started: what HubSpot says, in order, and how to answer. */
export interface SdkLink {
  send: HubSpotSend;
  /**
   * Hands every event to `listener`: first those heard before it came, at once, in order,
   * then each as it comes. One listener; a second replaces the first.
   */
  listen(listener: (event: SdkEvent) => void): void;
  /**
   * Until a listener comes, HubSpot's greeting (`onReady`) is answered here, in the task
   * it arrives in, with what `greeting` returns; `greeted` then hears whether an
   * `initialized` went. False, and nothing armed, when that greeting was already heard or a
   * listener is there: the widget answers it.
   */
  greetEarly(greeting: EarlyGreeting, greeted: (sent: boolean) => void): boolean;
}

const ignore = () => undefined;

/**
 * Starts the SDK before the widget (src/main.ts): HubSpot sends its first SYNC on the
 * frame's load event, which follows the entry's run, so the widget starts in the task
 * after it, while that SYNC is on its way. What HubSpot says before the widget listens
 * waits here, unread.
 */
export function openSdkLink(options: { debug: boolean }): SdkLink {
  let listener: ((event: SdkEvent) => void) | null = null;
  const waiting: SdkEvent[] = [];
  let early: { greeting: EarlyGreeting; greeted: (sent: boolean) => void } | null = null;
  const hear = (handler: HeardHandler) => (payload: unknown) => {
    if (listener !== null) {
      listener({ handler, payload, greeted: null });
      return;
    }
    if (handler !== 'onReady' || early === null) {
      waiting.push({ handler, payload, greeted: null });
      return;
    }
    const { greeting, greeted } = early;
    early = null;
    // The SDK has sent SYNC_ACK: `initialized` may follow in the same task, as HubSpot's
    // answer would from the wired widget.
    const initialized = greeting(payload);
    if (initialized !== null) extensions.initialized(initialized);
    waiting.push({ handler, payload, greeted: initialized });
    greeted(initialized !== null);
  };
  // Registered before the SDK's own listener, so it never sees what it cannot take: data
  // that is not an object (the SDK reads `event.data.type` first, and `null` throws inside
  // its listener), or a SYNC from a window that is not HubSpot (the SDK would otherwise
  // adopt that window as its host).
  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) {
      event.stopImmediatePropagation();
      return;
    }
    const isSync = (data as { type?: unknown }).type === 'SYNC';
    if (isSync && !isHubSpotHostOrigin(event.origin, window.location.origin)) {
      event.stopImmediatePropagation();
    }
  });
  const heard = Object.fromEntries(heardHandlers.map((handler) => [handler, hear(handler)]));
  // The SDK's handler type demands every handler: those the widget does not read are named
  // here, so a new one in an SDK upgrade fails the type check instead of going unnoticed.
  const extensions = new CallingExtensions({
    debugMode: options.debug,
    eventHandlers: {
      ...(heard as Record<HeardHandler, (payload: unknown) => void>),
      onUpdateEngagementSucceeded: ignore,
      onInitiateCallIdSucceeded: ignore,
      onInitiateCallIdFailed: ignore,
      onPublishToChannelSucceeded: ignore,
      onPublishToChannelFailed: ignore,
      onFinalizeEngagementSucceeded: ignore,
      onFinalizeEngagementFailed: ignore,
      onSetCallState: ignore,
      onSetWidgetUrlFailed: ignore,
      // Each *_FAILED also reaches onFailed; the specific handlers above already cover ours.
      onFailed: ignore,
      defaultEventHandler: ignore,
    },
  });

  const send = ((type: keyof ToHubSpot, payload?: unknown) => {
    const method = extensions[type] as (this: CallingExtensions, data?: unknown) => void;
    method.call(extensions, payload);
  }) as HubSpotSend;

  return {
    send,
    greetEarly(greeting, greeted) {
      if (listener !== null || waiting.some((event) => event.handler === 'onReady')) return false;
      early = { greeting, greeted };
      return true;
    },
    listen(next) {
      listener = next;
      early = null;
      for (let event = waiting.shift(); event !== undefined; event = waiting.shift()) next(event);
    },
  };
}
