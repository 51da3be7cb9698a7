// The simulator plays HubSpot, so it runs the SDK's *host* side. This is the one
// exception to "src/hubspot/ is the only importer of the SDK" (docs/architecture.md): the widget's
// own code never imports from src/simulator, which is loaded lazily, top-level only.
import { Constants, IFrameManager } from '@hubspot/calling-extensions-sdk';
import { isRecord } from './payload-fields';
import type { SyncIdentity } from './portal';
import type { RecordedMessage, ToWidgetMessage, WidgetMessage } from './protocol';

const { messageType } = Constants;

/** The shape IFrameManager.sendMessage receives, plus the `data` every message may carry. */
interface SdkMessage {
  type: string;
  messageId?: string | number;
  hostUrl?: string;
  data?: unknown;
}

export interface HostLinkOptions {
  src: string;
  width: number;
  height: number;
  /** A CSS selector for an empty element: the SDK replaces its content with the iframe. */
  hostElementSelector: string;
  /**
   * The iframe's id. The SDK gives every iframe it makes the same id; two frames on one
   * page (navigation bar and calling window) need two.
   */
  iframeId?: string;
  sync: SyncIdentity;
  /**
   * The engagement of the call HubSpot shows in progress in this frame, if any: its SYNC
   * names it, as HubSpot's does when the widget reloads mid-call (`onReady`'s `engagementId`).
   */
  engagementInProgress?: () => number | null;
  /** Every message that crosses the boundary, both ways, in order. */
  onTraffic(message: RecordedMessage): void;
  /** The widget's messages, after the SDK's origin check (SYNC_ACK excepted: the SDK keeps it). */
  onWidgetMessage(message: WidgetMessage): void;
  onConnection(connection: 'loading' | 'connected' | 'sync-failed'): void;
  now(): number;
}

// SYNC and SYNC_ACK carry their fields at the top level; other messages under `data`.
function payloadOf(message: Record<string, unknown>): unknown {
  if ('data' in message) return message.data;
  const { type: _type, messageId: _messageId, ...rest } = message;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * HubSpot's side of the iframe, on the SDK's own IFrameManager in host mode.
 *
 * Not `new CallingExtensions({ iFrameOptions })`: its message handler answers every
 * widget message it has no handler name for (INITIALIZED, OUTGOING_CALL_STARTED...) with
 * ERROR UNKNOWN_MESSAGE_TYPE, which the widget's SDK answers the same way, forever.
 * What the subclass adds:
 * - SYNC carries what HubSpot's does (portal, user, owner, iframe location), not only
 *   `hostUrl`, so the widget's `onReady` gets real values;
 * - every message in both directions is reported, SYNC and SYNC_ACK included;
 * - `send` only sends fresh messages: a reply that reused the widget's `messageId` would
 *   be taken by the widget's SDK for the answer to its own message and silently dropped;
 * - only messages from its own iframe count. The SDK checks the origin alone, and the
 *   navigation bar's and the calling window's widgets share one: each host would take the
 *   other frame's messages (and answers) for its own.
 */
export class HostLink extends IFrameManager {
  readonly #options: HostLinkOptions;
  #connected = false;

  constructor(options: HostLinkOptions) {
    super({
      iFrameOptions: {
        src: options.src,
        width: String(options.width),
        height: String(options.height),
        hostElementSelector: options.hostElementSelector,
      },
      debugMode: false,
      // Replaced below: `this` does not exist until super() returns.
      onMessageHandler: () => undefined,
    });
    this.#options = options;
    this.onMessageHandler = (message: unknown) => this.#fromSdk(message);
    if (options.iframeId !== undefined && this.iFrame) this.iFrame.id = options.iframeId;
  }

  /** Sends a new message to the widget; false when the handshake is not done (the SDK would drop it). */
  send(message: ToWidgetMessage): boolean {
    if (!this.isReady) return false;
    this.sendMessage(message);
    return true;
  }

  /** Loads the widget's URL again, as a reload of HubSpot's call widget would. */
  reload(): void {
    if (this.iFrame) this.iFrame.src = this.#options.src;
  }

  override sendMessage(message: SdkMessage, callback?: (reply: unknown) => void): void {
    const isSync = message.type === messageType.SYNC;
    // The stock SYNC only has `hostUrl`; HubSpot's also says who and where the user is, and
    // which call is in progress.
    const engagementId = isSync ? (this.#options.engagementInProgress?.() ?? null) : null;
    const outgoing = isSync
      ? { ...message, ...this.#options.sync, ...(engagementId === null ? {} : { engagementId }) }
      : message;
    if (isSync && this.#connected) {
      // The iframe loaded again (widget reload): a new handshake starts.
      this.#connected = false;
      this.#options.onConnection('loading');
    }
    if ((isSync || this.isReady) && this.destinationWindow) {
      this.#options.onTraffic({
        direction: 'to-widget',
        type: outgoing.type,
        data: payloadOf({ ...outgoing }),
        at: this.#options.now(),
      });
    }
    super.sendMessage(outgoing, callback);
  }

  override onMessage(event: { data: unknown; origin?: unknown; source?: unknown }): void {
    // Another frame's message (same origin or not) is not this widget's.
    if (!this.iFrame || event.source !== this.iFrame.contentWindow) return;
    const message = event.data;
    // The SDK reads `event.data.type` unguarded: a null posted by anyone would throw.
    if (!isRecord(message)) return;
    // Report exactly what the SDK accepts: the widget's origin, a messageId and a type.
    if (
      event.origin === this.destinationHost &&
      message.messageId &&
      typeof message.type === 'string'
    ) {
      this.#options.onTraffic({
        direction: 'to-hubspot',
        type: message.type,
        data: payloadOf(message),
        at: this.#options.now(),
      });
    }
    super.onMessage(event);
  }

  #fromSdk(message: unknown): void {
    if (!isRecord(message) || typeof message.type !== 'string') return;
    switch (message.type) {
      case messageType.READY:
        // Raised by the SDK itself once SYNC_ACK arrives.
        this.#connected = true;
        this.#options.onConnection('connected');
        return;
      case messageType.SYNC_ACK_FAILED:
        this.#options.onConnection('sync-failed');
        return;
      default:
        this.#options.onWidgetMessage({ type: message.type, data: message.data });
    }
  }
}
