// The first call after a load should not wait for the deep-link kit and its phone metadata
// for the whole world (~120 kB). Most numbers HubSpot sends belong to a few countries, whose
// metadata is a few kB: this reads those at once, with the same library and the very same
// metadata entries as phone.ts, so both read them alike (tests/handoff/quick-number.test.ts
// checks it on generated numbers). Anything else is left to phone.ts.

import metadata from 'virtual:phone-metadata/1,33,41,81,84';
import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import type { ValidNumber } from '../call/dial';
import { compactNumberText } from './number-text';

// E.164 allows 15 digits at most, as phone.ts checks.
const maxE164Digits = 15;

/**
 * The number HubSpot asks us to dial, when it is a valid number of the North American
 * Numbering Plan (+1), France, Switzerland, Japan or Vietnam; null for anything else, and
 * for anything that is not plainly valid (phone.ts then reads it, and says why it is not).
 * Numbers written with 00 are left to phone.ts, whose rules for them go beyond one country.
 */
export function quickDialledNumber(
  raw: string,
  countryCode: string | undefined,
): ValidNumber | null {
  const digits = compactNumberText(raw.trim());
  if (!/^\+?\d+$/.test(digits) || digits.startsWith('00')) return null;
  const country = countryCode?.trim().toUpperCase();
  let number: ReturnType<typeof parsePhoneNumberFromString>;
  if (digits.startsWith('+')) {
    number = parsePhoneNumberFromString(digits, metadata);
  } else if (country !== undefined && isSupportedCountry(country as CountryCode, metadata)) {
    number = parsePhoneNumberFromString(digits, country as CountryCode, metadata);
  } else {
    return null;
  }
  if (!number?.isValid() || number.number.length - 1 > maxE164Digits) return null;
  return { kind: 'valid', e164: number.number, display: number.formatInternational() };
}
