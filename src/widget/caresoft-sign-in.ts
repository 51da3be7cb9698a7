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

/**
 * How long before its expiry a CsCall token is warned about: a week, so an agent who works
 * a few days a week still sees it in time to ask the admin for a new one.
 */
export const careSoftExpiryWarning = 7 * 24 * 60 * 60 * 1000;

/**
 * When the CsCall token calls go out with expires, if that is within `careSoftExpiryWarning`
 * of `now` (and not past: an expired token is `expired` above); null otherwise.
 */
export function careSoftExpiresSoon(
  state: Pick<WidgetState, 'settings' | 'provider'>,
  now: number,
): number | null {
  if (state.provider !== 'careSoft') return null;
  const inspection = inspectCareSoftToken(state.settings.careSoft.token, now);
  if (inspection.kind === 'invalid' || inspection.expired || inspection.expiresAt === null) {
    return null;
  }
  return inspection.expiresAt - now <= careSoftExpiryWarning ? inspection.expiresAt : null;
}

/** Whether a dial may be handed to the phone app: CsCall needs a sign-in that still holds. */
export const canHandOff = (signIn: CareSoftSignIn): boolean =>
  signIn === 'notNeeded' || signIn === 'signedIn';
