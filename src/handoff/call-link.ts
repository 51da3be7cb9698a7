import type { CareSoftSettings, PhoneProvider } from '../settings/settings';
import { careSoftCallUrl, careSoftLoginUrl } from './caresoft';
import { openPhoneDialUrl } from './openphone';
import { normaliseDialledNumber } from './phone';

/** A deep link ready to show, or the plain reason there is none. */
export type DeepLink =
  | { kind: 'ready'; href: string; appName: string; action: string }
  | { kind: 'refused'; message: string };

export interface CallToHandOff {
  /** Our call id: CareSoft's `tempId`, so its call history can be matched later. */
  id: string;
  toE164: string;
  from: string | null;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The link that places `call` on the agent's phone with their provider. OpenPhone takes
 * E.164; CsCall is a Vietnamese app whose examples dial the national format (`0988888888`).
 */
export function callLinkFor(
  call: CallToHandOff,
  provider: PhoneProvider,
  options: { autoDial: boolean; careSoft: CareSoftSettings },
): DeepLink {
  try {
    if (provider === 'openPhone') {
      const href = openPhoneDialUrl({
        to: call.toE164,
        ...(call.from === null ? {} : { from: call.from }),
        autoCall: options.autoDial,
      });
      return { kind: 'ready', href, appName: 'OpenPhone', action: 'Call with OpenPhone' };
    }
    const { token, linkMode } = options.careSoft;
    if (token === '') {
      return {
        kind: 'refused',
        message: 'Add your CsCall token in Settings to call with CareSoft.',
      };
    }
    const number = normaliseDialledNumber(call.toE164);
    const phone = number.kind === 'valid' ? number.national : call.toE164;
    const href = careSoftCallUrl({ phone, token, tempId: call.id, linkMode });
    return { kind: 'ready', href, appName: 'CsCall', action: 'Call with CsCall' };
  } catch (error) {
    return { kind: 'refused', message: reason(error) };
  }
}

/** The CsCall login link for the agent's token and domain (SPEC §3, "Login"). */
export function careSoftLoginLinkFor(careSoft: CareSoftSettings): DeepLink {
  try {
    const href = careSoftLoginUrl({
      token: careSoft.token,
      domain: careSoft.domain,
      linkMode: careSoft.linkMode,
    });
    return { kind: 'ready', href, appName: 'CsCall', action: 'Log in to CsCall' };
  } catch (error) {
    return { kind: 'refused', message: reason(error) };
  }
}
