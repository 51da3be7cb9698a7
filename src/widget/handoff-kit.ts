type HandoffKit = typeof import('../handoff/kit');
type FirstCallKit = typeof import('./first-call-kit');

let loading: Promise<HandoffKit> | null = null;
let loadingFirstCall: Promise<FirstCallKit> | null = null;

/** Starts (once) fetching the deep-link chunk; every caller shares the same promise. */
export function loadHandoffKit(): Promise<HandoffKit> {
  loading ??= import('../handoff/kit');
  return loading;
}

/**
 * Starts (once) loading what the first call needs at once (src/widget/first-call-kit.ts):
 * a few kB, against ~37 kB gzip for the deep-link kit.
 */
export function loadFirstCallKit(): Promise<FirstCallKit> {
  loadingFirstCall ??= import('./first-call-kit');
  return loadingFirstCall;
}

export type { FirstCallKit, HandoffKit };
