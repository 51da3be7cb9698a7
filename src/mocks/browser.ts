import { setupWorker } from 'msw/browser';
import { demoLookupHandlers } from './handlers';

export const worker = setupWorker(...demoLookupHandlers);

/**
 * Starts the demo lookup service in this browser tab (a service worker answering requests
 * to `https://lookup.handoff.example`). Everything else goes to the network untouched.
 *
 * The worker serves every same-origin page loaded after it is active, the widget's iframe
 * included: a request from a page that did not start it is answered by the visible page
 * that did. So the simulator starts it once and awaits it before mounting the iframe; the
 * widget itself needs nothing, and production pages, where nobody starts it, are untouched.
 */
export function startDemoLookupService(): Promise<ServiceWorkerRegistration | undefined> {
  return worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
