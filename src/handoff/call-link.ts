import { type Message, message } from '../i18n/message';
import type { CareSoftSettings, PhoneProvider } from '../settings/settings';
import { careSoftCallUrl, careSoftLoginUrl, defaultCareSoftLinkMode } from './caresoft';
import { careSoftDialNumber } from './caresoft-number';
import { problemOf } from './handoff-error';
import { openPhoneDialUrl } from './openphone';

/**
 * What a link does, for its button and its QR code's name; `ui/` words it
 * (`deepLink.action.<action>` in the catalogues).
 */
export type DeepLinkAction =
  | 'callOpenPhone'
  | 'callCsCall'
  | 'logInCsCall'
  | 'textOpenPhone'
  | 'groupCall'
  | 'groupText';

/** A deep link ready to show, or why there is none. */
export type DeepLink =
  | {
      kind: 'ready';
      href: string;
      /** The phone app, by its brand name (the same in every language). */
      appName: 'OpenPhone' | 'CsCall';
      action: DeepLinkAction;
      /** The number the phone app will dial, when it is not the E.164 shown elsewhere. */
      dials?: string;
    }
  | { kind: 'refused'; problem: Message };

export interface CallToHandOff {
  /** Our call id: CareSoft's `tempId`, so its call history can be matched later. */
  id: string;
  toE164: string;
  from: string | null;
}

/**
 * The link that places `call` on the agent's phone with their provider. OpenPhone takes
 * E.164; CsCall dials like a phone on the CareSoft account's line: national form for that
 * country's numbers (`0988888888`), the country code for the others
 * (`handoff/caresoft-number.ts`). The agent is shown which.
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
      return { kind: 'ready', href, appName: 'OpenPhone', action: 'callOpenPhone' };
    }
    const { token } = options.careSoft;
    if (token === '') {
      return { kind: 'refused', problem: message('link.problem.careSoftNeedsToken') };
    }
    const number = careSoftDialNumber(call.toE164, options.careSoft);
    const phone = number.kind === 'unreadable' ? call.toE164 : number.digits;
    const href = careSoftCallUrl({
      phone,
      token,
      tempId: call.id,
      linkMode: careSoftLinkMode(options.careSoft),
    });
    return { kind: 'ready', href, appName: 'CsCall', action: 'callCsCall', dials: phone };
  } catch (error) {
    return { kind: 'refused', problem: problemOf(error) };
  }
}

/** The CsCall login link for the agent's token and domain (docs/contracts.md, CsCall, "Sign in"). */
export function careSoftLoginLinkFor(careSoft: CareSoftSettings): DeepLink {
  try {
    const href = careSoftLoginUrl({
      token: careSoft.token,
      domain: careSoft.domain,
      linkMode: careSoftLinkMode(careSoft),
    });
    return { kind: 'ready', href, appName: 'CsCall', action: 'logInCsCall' };
  } catch (error) {
    return { kind: 'refused', problem: problemOf(error) };
  }
}

/** The agent's link type, or the default for agents who never chose one. */
export function careSoftLinkMode(careSoft: Pick<CareSoftSettings, 'linkMode'>) {
  return careSoft.linkMode ?? defaultCareSoftLinkMode;
}
