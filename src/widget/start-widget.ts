import { toCallId } from '../call/ids';
import { connectToHubSpot } from '../hubspot/connect';
import { readEngagementId } from '../hubspot/read-payload';
import type { SdkLink } from '../hubspot/sdk-link';
import { browserInstancePorts } from '../journal/browser-instance-ports';
import { noCallStored } from '../journal/call-journal';
import { browserStorage } from '../journal/key-value-storage';
import { demoLookupPath, demoLookupService } from '../mocks/demo-lookup-address';
import { type AdminDefaults, adminDefaultsFrom } from '../settings/admin-defaults';
import { parseSettings, settingsKey } from '../settings/settings';
import { colors } from '../ui/theme';
import { createWidget, type WidgetController } from './create-widget';
import { earlyGreeting, type GreetingInputs } from './early-greeting';
import { loadFirstCallKit, loadHandoffKit } from './handoff-kit';
import { screensDue, screensQuietMs } from './screens-due';

/**
 * HubSpot's SYNC follows the frame's load event within a few ms; one that comes later than
 * this finds the widget wired, and greeted by it as before.
 */
export const earlyGreetingWaitMs = 500;

/**
 * Runs inside HubSpot's iframe, in the task after the entry started the SDK (`sdkLink`).
 * It reads what HubSpot's greeting depends on (the settings, whether any record holds a
 * call); when that settles it, the link answers HubSpot's SYNC in the task it arrives in,
 * and the widget is wired in the next, with the first-call kit on its way. Otherwise the
 * widget is wired now and answers the handshake itself. React and the screens arrive in
 * parallel and read the same store.
 */
export function startWidget(root: HTMLElement, sdkLink: SdkLink): void {
  const opened = browserStorage();
  // The demo lookup service (`npm start`, `npm run preview`) has a public token: the
  // simulator shows caller data with nothing to set up.
  const admin = adminDefaultsFrom(window.location.search, {
    rootUrls: [demoLookupService.rootUrl, `${window.location.origin}${demoLookupPath}/api`],
    headerValue: demoLookupService.headerValue,
  });
  const inputs: GreetingInputs = {
    settings: parseSettings(opened.storage.getItem(settingsKey)).settings,
    adminProvider: admin.provider,
    callStored: !noCallStored(opened.storage),
  };
  let wired = false;
  const wire = () => {
    if (wired) return;
    wired = true;
    wireWidget(root, sdkLink, opened, admin);
  };
  const armed =
    !inputs.callStored &&
    sdkLink.greetEarly(
      // Only the engagement decides it: the rest of HubSpot's context is read once wired.
      (payload) => earlyGreeting(inputs, { engagementId: readEngagementId(payload) }, Date.now()),
      // In a task of its own: `initialized` leaves once SYNC's task is over. The kit's
      // request goes first, so its download overlaps the wiring.
      (sent) =>
        setTimeout(() => {
          if (sent) void loadFirstCallKit().catch(() => undefined);
          wire();
        }, 0),
    );
  if (armed) setTimeout(wire, earlyGreetingWaitMs);
  else wire();
}

function wireWidget(
  root: HTMLElement,
  sdkLink: SdkLink,
  { storage, durable }: ReturnType<typeof browserStorage>,
  admin: AdminDefaults,
): void {
  // The catalogues are one large chunk: they load with the screens, so neither competes
  // with HubSpot's first dial.
  let screensStarted: () => void = () => undefined;
  const screensLoading = new Promise<void>((resolve) => {
    screensStarted = resolve;
  });
  const widget = createWidget({
    send: sdkLink.send,
    storage,
    storageDurable: durable,
    now: () => Date.now(),
    newCallId: () => toCallId(crypto.randomUUID()),
    loadKit: loadHandoffKit,
    loadFirstCallKit,
    loadCatalogues: () => screensLoading.then(() => import('../i18n/i18n')),
    admin,
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
  // The screens watch the store before HubSpot's greeting can reach it: the link may hold
  // one already.
  showScreens(root, widget.controller, screensStarted);
  connectToHubSpot(sdkLink, widget.receive);
}

/**
 * The screens load once HubSpot has heard `initialized` and its first dial is handed off
 * (the link drawn, `outgoingCall` sent), or when no dial came in `screensQuietMs`, or after
 * the page's load event and a second when HubSpot never answers. So neither their download
 * nor their start delays the handshake or that first call; the first-call link draws the
 * call meanwhile. They mount with the deep-link kit, so they never show a half screen.
 */
function showScreens(root: HTMLElement, controller: WidgetController, started: () => void): void {
  const { store } = controller;
  let stopFirstCallLink: (() => void) | null = null;
  let mounted = false;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    started();
    void Promise.allSettled([import('../ui/mount-widget'), loadHandoffKit()]).then(([ui]) => {
      if (ui.status !== 'fulfilled') return;
      stopFirstCallLink?.();
      mounted = true;
      ui.value.mountWidget(root, controller);
    });
  };
  let greeted = false;
  const unsubscribe = store.subscribe(() => {
    const due = screensDue(store.get());
    if (due === 'beforeHandshake') return;
    if (!greeted) {
      greeted = true;
      // The first-call kit is fetched while `initialized` crosses to HubSpot and its dial
      // comes back, and draws the call from here. Fetched any sooner it costs the handshake
      // more than it saves the dial (`docs/performance-log.md`): beside the entry it held
      // the load event, and at SYNC its request shared the greeting's task (`INITIALIZED`
      // 0.09-0.14 x the floor later load by load, the first dial ~13 ms sooner, `npm run
      // bench`). In a task of its own: Chromium forwards a message to another site's frame
      // in a task queued by `postMessage`, so `initialized` (an effect of this same event)
      // only leaves once this task and its microtasks are over. Set up in a microtask
      // instead, the fetch held `INITIALIZED` back 9-23 ms.
      setTimeout(() => {
        void loadFirstCallKit().then(
          (kit) => {
            if (!mounted) {
              stopFirstCallLink = kit.showFirstCallLink(
                root,
                store.get,
                store.subscribe,
                colors.accent,
              );
            }
          },
          () => undefined,
        );
      }, 0);
      setTimeout(load, screensQuietMs);
    }
    if (due === 'afterQuietSpell') return;
    unsubscribe();
    // After this event's own work: the call's messages go out first.
    setTimeout(load, 0);
  });
  // The widget starts in a task after the entry's, usually after the load event.
  const afterLoad = () => setTimeout(load, 1000);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
