import {
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';

/**
 * How CsCall is given a number abroad: `00` + country code + number (`0014107934326`), the
 * international prefix dialled from a Vietnamese line, or `+` + country code + number
 * (`+14107934326`), which CareSoft's document does not mention.
 */
export type CareSoftInternationalPrefix = '00' | '+';

export const careSoftInternationalPrefixes: readonly CareSoftInternationalPrefix[] = ['00', '+'];

/** The CareSoft account's line: its country, and how it dials every other one. */
export interface CareSoftLine {
  /** ISO 3166 alpha-2 of the account's own country, `VN` by default. */
  country: string;
  internationalPrefix: CareSoftInternationalPrefix;
}

/** The number CsCall dials, and whether it crosses a border. */
export type CareSoftDialNumber =
  | { kind: 'national'; digits: string }
  | { kind: 'international'; digits: string }
  | { kind: 'unreadable' };

/**
 * What CsCall dials for `e164` from the account's line. CsCall dials like a phone on that
 * line: a number of the account's own country (same country calling code) in national
 * form with its trunk prefix (`+84 988 888 888` → `0988888888`, as CareSoft's document
 * shows), any other with its country code and the chosen international prefix
 * (`+1 410 793 4326` → `0014107934326`): without the country code, a US number would be
 * dialled as a Vietnamese one, reaching a stranger or nobody.
 */
export function careSoftDialNumber(e164: string, line: CareSoftLine): CareSoftDialNumber {
  const number = parsePhoneNumberFromString(e164);
  if (number === undefined || !e164.startsWith('+')) return { kind: 'unreadable' };
  const home = isSupportedCountry(line.country)
    ? getCountryCallingCode(line.country as CountryCode)
    : null;
  if (number.countryCallingCode === home) {
    return { kind: 'national', digits: number.formatNational().replace(/\D/g, '') };
  }
  return {
    kind: 'international',
    digits: `${line.internationalPrefix}${number.countryCallingCode}${number.nationalNumber}`,
  };
}
