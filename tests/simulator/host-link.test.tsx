import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostLink, type HostLinkOptions } from '../../src/simulator/host-link';
import { syncIdentity } from '../../src/simulator/portal';
import type { RecordedMessage, WidgetMessage } from '../../src/simulator/protocol';

const widgetOrigin = 'https://widget.example';

interface Posted {
  type: string;
  messageId: string;
  [key: string]: unknown;
}

let link: HostLink;
let traffic: RecordedMessage[];
let fromWidget: WidgetMessage[];
let connection: string[];
let posted: Posted[];

function start(overrides: Partial<HostLinkOptions> = {}) {
  link = new HostLink({
    src: `${widgetOrigin}/`,
    width: 400,
    height: 600,
    hostElementSelector: '#widget-host',
    sync: syncIdentity,
    onTraffic: (message) => traffic.push(message),
    onWidgetMessage: (message) => fromWidget.push(message),
    onConnection: (state) => connection.push(state),
    now: () => 1767225600000,
    ...overrides,
  });
  const iframe = document.querySelector('iframe');
  if (!iframe?.contentWindow) throw new Error('no iframe window');
  vi.spyOn(iframe.contentWindow, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message as Posted);
  });
  return iframe;
}

/** A message posted by the widget's window (`source`, from `origin`) to the host page. */
function fromOrigin(
  data: unknown,
  origin = widgetOrigin,
  source: Window | null | undefined = link.iFrame?.contentWindow,
) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source ?? null }));
}

/** Loads the iframe and answers the first SYNC as the widget's SDK does. */
function handshake(iframe: HTMLIFrameElement) {
  iframe.dispatchEvent(new Event('load'));
  const sync = posted.find((message) => message.type === 'SYNC');
  if (!sync) throw new Error('no SYNC sent');
  fromOrigin({ ...sync, type: 'SYNC_ACK', debugMode: false, iFrameUrl: widgetOrigin });
  return sync;
}

beforeEach(() => {
  document.body.innerHTML = '<div id="widget-host"></div>';
  traffic = [];
  fromWidget = [];
  connection = [];
  posted = [];
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  link.remove();
  vi.restoreAllMocks();
});

describe('HostLink', () => {
  it('embeds the widget in the host element at the requested size', () => {
    const iframe = start();
    expect(iframe.parentElement?.id).toBe('widget-host');
    expect(iframe.getAttribute('src')).toBe(`${widgetOrigin}/`);
    expect(iframe.getAttribute('width')).toBe('400');
    expect(iframe.getAttribute('height')).toBe('600');
  });

  it('sends a SYNC that says who and where the user is, not only hostUrl', () => {
    const iframe = start();
    iframe.dispatchEvent(new Event('load'));
    const { messageId: _, ...sync } = posted[0] ?? { messageId: '' };
    expect(sync).toEqual({
      type: 'SYNC',
      hostUrl: window.location.origin,
      portalId: syncIdentity.portalId,
      userId: syncIdentity.userId,
      ownerId: syncIdentity.ownerId,
      iframeLocation: 'widget',
      usesCallingWindow: false,
    });
  });

  it('names the call in progress in its SYNC, as HubSpot does when the widget reloads mid-call', () => {
    let inProgress: number | null = null;
    const iframe = start({ engagementInProgress: () => inProgress });
    iframe.dispatchEvent(new Event('load'));
    expect(posted[0]).not.toHaveProperty('engagementId');
    handshake(iframe);
    inProgress = 172048000;
    posted = [];
    link.reload();
    iframe.dispatchEvent(new Event('load'));
    expect(posted[0]).toMatchObject({ type: 'SYNC', engagementId: 172048000 });
  });

  it('is connected once the widget answers SYNC_ACK, and logs both', () => {
    handshake(start());
    expect(connection).toEqual(['connected']);
    expect(traffic.map(({ direction, type }) => `${direction} ${type}`)).toEqual([
      'to-widget SYNC',
      'to-hubspot SYNC_ACK',
    ]);
    expect(traffic[0]?.data).toMatchObject({
      portalId: syncIdentity.portalId,
      iframeLocation: 'widget',
    });
  });

  it('hands the widget’s messages over with their data, and logs them', () => {
    handshake(start());
    fromOrigin({ type: 'INITIALIZED', data: { isLoggedIn: true }, messageId: '1767225000000_1' });
    expect(fromWidget).toEqual([{ type: 'INITIALIZED', data: { isLoggedIn: true } }]);
    expect(traffic.at(-1)).toEqual({
      direction: 'to-hubspot',
      type: 'INITIALIZED',
      data: { isLoggedIn: true },
      at: 1767225600000,
    });
  });

  it('ignores messages from another origin, as the SDK does', () => {
    handshake(start());
    fromOrigin({ type: 'INITIALIZED', data: {}, messageId: '1_1' }, 'https://evil.example');
    expect(fromWidget).toEqual([]);
    expect(traffic.map((message) => message.type)).not.toContain('INITIALIZED');
  });

  it('ignores a message from another frame of the same origin (the other widget’s)', () => {
    handshake(start());
    const other = document.createElement('iframe');
    document.body.append(other);
    fromOrigin(
      { type: 'INITIALIZED', data: {}, messageId: '1_1' },
      widgetOrigin,
      other.contentWindow,
    );
    fromOrigin({ type: 'INITIALIZED', data: {}, messageId: '1_2' }, widgetOrigin, null);
    expect(fromWidget).toEqual([]);
    expect(traffic.map((message) => message.type)).not.toContain('INITIALIZED');
  });

  it('gives its iframe the id it is told, so two frames on one page have two', () => {
    expect(start({ iframeId: 'calling-window-frame' }).id).toBe('calling-window-frame');
    link.remove();
    expect(start().id).toBe('hubspot-calling-extension-iframe');
  });

  it('survives a message whose data is not an object', () => {
    start();
    const source = link.iFrame?.contentWindow;
    expect(() => link.onMessage({ data: null, origin: widgetOrigin, source })).not.toThrow();
    expect(traffic).toEqual([]);
  });

  it('sends fresh messages, never reusing the widget’s messageId', () => {
    handshake(start());
    fromOrigin({ type: 'OUTGOING_CALL_STARTED', data: {}, messageId: '1767225000000_7' });
    expect(link.send({ type: 'CREATE_ENGAGEMENT_SUCCEEDED', data: { engagementId: 42 } })).toBe(
      true,
    );
    const reply = posted.at(-1);
    expect(reply).toMatchObject({
      type: 'CREATE_ENGAGEMENT_SUCCEEDED',
      data: { engagementId: 42 },
    });
    expect(reply?.messageId).not.toBe('1767225000000_7');
    expect(reply?.messageId.startsWith(`${link.instanceId}_`)).toBe(true);
    expect(traffic.at(-1)).toMatchObject({
      direction: 'to-widget',
      type: 'CREATE_ENGAGEMENT_SUCCEEDED',
      data: { engagementId: 42 },
    });
  });

  it('sends nothing before the handshake (the SDK would drop it)', () => {
    start();
    expect(link.send({ type: 'END_CALL' })).toBe(false);
    expect(posted).toEqual([]);
    expect(traffic).toEqual([]);
  });

  it('starts a new handshake when the widget loads again', () => {
    const iframe = start();
    handshake(iframe);
    posted = [];
    iframe.dispatchEvent(new Event('load'));
    expect(connection).toEqual(['connected', 'loading']);
    expect(posted.map((message) => message.type)).toEqual(['SYNC']);
  });

  it('reports READY and SYNC_ACK_FAILED as the connection, not as widget messages', () => {
    start();
    link.onMessageHandler({ type: 'SYNC_ACK_FAILED' });
    expect(connection).toEqual(['sync-failed']);
    expect(fromWidget).toEqual([]);
  });
});
