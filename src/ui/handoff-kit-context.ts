import { createContext, use } from 'react';
import type { HandoffKit } from '../widget/handoff-kit';

/** The deep-link code, once loaded; `App` provides it above the call screens. */
export const HandoffKitContext = createContext<HandoffKit | null>(null);

/** The deep-link code, read where a link or a QR code is made. */
export function useHandoffKit(): HandoffKit {
  const kit = use(HandoffKitContext);
  if (kit === null)
    throw new Error('useHandoffKit needs a HandoffKitContext above it (App provides one)');
  return kit;
}
