// Where the demo phone lookup service answers: all the widget needs to know of the demo.
// Its numbers and answers are in demo-directory.ts, which only the simulator and the
// tests load.

/**
 * `.example` is reserved (RFC 2606): this host never exists on the network. Requests to it
 * only ever reach msw's handlers, in the browser (service worker) and in Node.
 */
export const demoLookupOrigin = 'https://lookup.handoff.example';

/**
 * Where `npm start` and `npm run preview` serve the same demo on their own origin
 * (`https://localhost:9025/demo-lookup/api`), for the simulator.
 */
export const demoLookupPath = '/demo-lookup';

/** What an agent enters in Settings to use the demo service. */
export const demoLookupService = {
  rootUrl: `${demoLookupOrigin}/api`,
  headerName: 'X-Execution-Token',
  headerValue: 'demo-token',
} as const;
