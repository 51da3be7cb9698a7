import { inspectCareSoftToken } from '../settings/caresoft-token';
import type { WidgetState } from './widget-state';

/** Whether calls can go to CsCall now, and if not, what the agent must do in Settings. */
export type CareSoftSignIn =
  | 'notNeeded'
  | 'signedIn'
  /** No domain or token saved, or a token that is not one. */
  | 'noToken'
  /** The saved token's `exp` has passed: CsCall would turn every call down. */
  | 'expired'
  /** The login link was never confirmed on the phone. */
  | 'notConfirmed';

export function careSoftSignIn(
  state: Pick<WidgetState, 'settings' | 'provider'>,
  now: number,
): CareSoftSignIn {
  if (state.provider !== 'careSoft') return 'notNeeded';
  const { token, domain, loggedIn } = state.settings.careSoft;
  if (token === '' || domain === '') return 'noToken';
  const inspection = inspectCareSoftToken(token, now);
  if (inspection.kind === 'invalid') return 'noToken';
  if (inspection.expired) return 'expired';
  return loggedIn ? 'signedIn' : 'notConfirmed';
}

/** Whether a dial may be handed to the phone app: CsCall needs a sign-in that still holds. */
export const canHandOff = (signIn: CareSoftSignIn): boolean =>
  signIn === 'notNeeded' || signIn === 'signedIn';
