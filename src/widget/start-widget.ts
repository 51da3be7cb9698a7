import { toCallId } from '../call/ids';
import type { HubSpotLink } from '../hubspot/connect';
import { connectToHubSpot } from '../hubspot/connect';
import type { HubSpotSend } from '../hubspot/messages';
import { browserInstancePorts } from '../journal/browser-instance-ports';
import { browserStorage } from '../journal/key-value-storage';
import { demoLookupPath, demoLookupService } from '../mocks/demo-lookup-address';
import { adminDefaultsFrom } from '../settings/admin-defaults';
import { createWidget, type WidgetController } from './create-widget';
import { loadFirstCallKit, loadHandoffKit } from './handoff-kit';

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
    loadFirstCallKit,
    // The demo lookup service (`npm start`, `npm run preview`) has a public token: the
    // simulator shows caller data with nothing to set up.
    admin: adminDefaultsFrom(window.location.search, {
      rootUrls: [demoLookupService.rootUrl, `${window.location.origin}${demoLookupPath}/api`],
      headerValue: demoLookupService.headerValue,
    }),
    fetch: (url, init) => window.fetch(url, init),
    loadLookupKit: () => import('../lookup/lookup-kit'),
    // HubSpot usually answers within a second; a few more cover a slow portal.
    engagementWaitMs: 5_000,
    // Other HubSpot tabs, the calling window and the remote frame share this storage.
    instances: (durable ? browserInstancePorts() : null) ?? undefined,
  });
  // Hidden for good (a reload, a navigation, a closed tab): the call waits for this
  // frame's reload, then for whichever instance loads next.
  window.addEventListener('pagehide', () => widget.release());
  link = connectToHubSpot(widget.receive, {
    debug: new URLSearchParams(window.location.search).has('debug'),
  });
  showScreens(root, widget.controller);
}

/**
 * The screens load once HubSpot has heard `initialized` (or after the page's load event
 * and a second, when HubSpot never answers), so neither their download nor their start
 * delays the handshake; HubSpot's first dial, right after it, is drawn by the first-call
 * link meanwhile. They mount with the deep-link kit, so they never show a half screen.
 */
function showScreens(root: HTMLElement, controller: WidgetController): void {
  const { store } = controller;
  let stopFirstCallLink: (() => void) | null = null;
  let mounted = false;
  // index.html preloads the first-call kit with the entry; it runs as soon as it is there,
  // so it is ready when HubSpot dials (a few kB: it does not hold up the handshake).
  void loadFirstCallKit().then(
    (kit) => {
      if (!mounted) stopFirstCallLink = kit.showFirstCallLink(root, store.get, store.subscribe);
    },
    () => undefined,
  );
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    void Promise.allSettled([import('../ui/mount-widget'), loadHandoffKit()]).then(([ui]) => {
      if (ui.status !== 'fulfilled') return;
      stopFirstCallLink?.();
      mounted = true;
      ui.value.mountWidget(root, controller);
    });
  };
  const unsubscribe = store.subscribe(() => {
    if (store.get().host.status !== 'ready') return;
    unsubscribe();
    // After this event's own work: `initialized` goes out first.
    setTimeout(load, 0);
  });
  window.addEventListener('load', () => setTimeout(load, 1000), { once: true });
}
