type HandoffKit = typeof import('../handoff/kit');

let loading: Promise<HandoffKit> | null = null;
let loaded: HandoffKit | null = null;

/** Starts (once) fetching the deep-link chunk; every caller shares the same promise. */
export function loadHandoffKit(): Promise<HandoffKit> {
  loading ??= import('../handoff/kit').then((kit) => {
    loaded = kit;
    return kit;
  });
  return loading;
}

/** The kit if it has arrived, so screens can render without suspending. */
export const handoffKitIfLoaded = (): HandoffKit | null => loaded;

export type { HandoffKit };
