import { toCallId } from '../call/ids';
import type { HubSpotLink } from '../hubspot/connect';
import { connectToHubSpot } from '../hubspot/connect';
import type { HubSpotSend } from '../hubspot/messages';
import { browserStorage } from '../journal/key-value-storage';
import { adminDefaultsFrom } from '../settings/admin-defaults';
import { createWidget } from './create-widget';
import { loadHandoffKit } from './handoff-kit';

/**
 * Runs inside HubSpot's iframe. The SDK handshake is answered from this small entry
 * chunk; React and the screens arrive in parallel and read the same store.
 */
export function startWidget(root: HTMLElement): void {
  let link: HubSpotLink | null = null;
  // The link needs the widget's listener and the widget needs the link's send: bind late.
  const send: HubSpotSend = (type, ...payload) => {
    link?.send(type, ...payload);
  };
  const { storage, durable } = browserStorage();
  const widget = createWidget({
    send,
    storage,
    storageDurable: durable,
    now: () => Date.now(),
    newCallId: () => toCallId(crypto.randomUUID()),
    loadKit: loadHandoffKit,
    admin: adminDefaultsFrom(window.location.search, window.location.origin),
    fetch: (url, init) => window.fetch(url, init),
    loadLookupKit: () => import('../lookup/lookup-kit'),
    // HubSpot usually answers within a second; a few more cover a slow portal.
    engagementWaitMs: 5_000,
  });
  link = connectToHubSpot(widget.receive, {
    debug: new URLSearchParams(window.location.search).has('debug'),
  });
  void import('../ui/mount-widget').then(({ mountWidget }) => mountWidget(root, widget.controller));
}
