// The `min` metadata (about 80 kB, against 145 kB for `max`) parses and formats numbers of
// every country, VN, FR, US and JP included. What it leaves out are the exact digit patterns
// per number type, so validity is judged on length and leading digits. That suits a dialler:
// refusing a real, newly allocated number because precise patterns lag behind would be worse
// than letting the phone network reject a typo.
import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  type PhoneNumber,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
} from 'libphonenumber-js/min';
import { type Message, message } from '../i18n/message';
import { compactNumberText } from './number-text';

/** Every country (ISO 3166 alpha-2) whose numbers the phone metadata reads. */
export const phoneCountries: readonly string[] = getCountries();

/** A number ready to dial, or why it cannot be dialled (docs/contracts.md, HubSpot `onDialNumber`, and OpenPhone). */
export type CalleeNumber =
  | {
      kind: 'valid';
      /** `+14107934326` */
      e164: string;
      /** National digits with the trunk prefix, no separators: `0988888888`. */
      national: string;
      /** International format for people: `+84 988 888 888`. */
      display: string;
      /** ISO 3166 alpha-2, when the number belongs to one country. */
      country: string | undefined;
    }
  | { kind: 'invalid'; given: string; reason: Message };

/**
 * Reads a number HubSpot asks us to dial (docs/contracts.md, HubSpot `onDialNumber`: `phoneNumber` and
 * `countryCode`).
 *
 * `countryCode` (ISO 3166 alpha-2, any case) says how to read a national number such as
 * `0988888888`. When it is missing or unknown, only numbers written with `+` or `00` and
 * their country code can be read: guessing the country would dial a stranger.
 */
export function normaliseDialledNumber(raw: string, countryCode?: string): CalleeNumber {
  const given = raw.trim();
  const read = readDigits(given);
  if ('reason' in read) return invalid(given, read.reason);
  const { digits } = read;

  const country = supportedCountry(countryCode);
  if (digits.startsWith('+')) return parse(given, digits);
  if (digits.startsWith('00')) return readDoubleZero(given, digits, country);
  if (country !== undefined) return parse(given, digits, country);
  return invalid(given, message('number.problem.noCountry'));
}

/**
 * A number written `00` and a country code. 00 is the international prefix in most
 * countries but not all (Japan uses 010, the US 011), and no national number starts with
 * 00, so it is read as international wherever the contact lives: read as a Japanese
 * national number, `0081…` would dial `+81 0081…`, a stranger or 16 digits.
 *
 * Only when that reading is no number at all does the contact's country get a say, and
 * only if its metadata reads the 00 as one of its own international prefixes (Brazil's
 * `0021` carrier prefix): a reading that keeps the contact's country code took the 00 as
 * part of a national number, which is never what was meant.
 */
function readDoubleZero(given: string, digits: string, country: CountryCode | undefined) {
  const international = parse(given, `+${digits.slice(2)}`);
  if (international.kind === 'valid' || country === undefined) return international;
  const viaCountry = parse(given, digits, country);
  if (
    viaCountry.kind === 'valid' &&
    !viaCountry.e164.startsWith(`+${getCountryCallingCode(country)}`)
  ) {
    return viaCountry;
  }
  return international;
}

/**
 * Reads one of the agent's own OpenPhone numbers, used as caller id (docs/contracts.md, OpenPhone `from`).
 *
 * It must be written in international form, with `+` and the country code: the agent's
 * country is known nowhere else, and a wrong guess would show a wrong caller id.
 */
export function normaliseCallerId(raw: string): CalleeNumber {
  const given = raw.trim();
  const read = readDigits(given);
  if ('reason' in read) return invalid(given, read.reason);
  if (!read.digits.startsWith('+')) {
    return invalid(given, message('number.problem.callerIdNeedsPlus'));
  }
  return parse(given, read.digits);
}

function readDigits(given: string): { digits: string } | { reason: Message } {
  if (given === '') return { reason: message('number.problem.empty') };
  // Full-width (Japanese keyboards) and Arabic-script digits read as ASCII ones.
  const digits = compactNumberText(given);
  if (/\p{L}/u.test(digits)) return { reason: message('number.problem.letters') };
  if (!/^\+?\d+$/.test(digits)) return { reason: message('number.problem.notDigits') };
  return { digits };
}

// E.164 allows 15 digits at most; a longer "valid" number is a misreading.
const maxE164Digits = 15;

function parse(given: string, digits: string, country?: CountryCode): CalleeNumber {
  const number = parsePhoneNumberFromString(digits, country);
  if (number?.isValid() && number.number.length - 1 <= maxE164Digits) return valid(number);
  return invalid(given, explain(digits, country));
}

function valid(number: PhoneNumber): CalleeNumber {
  return {
    kind: 'valid',
    e164: number.number,
    national: number.formatNational().replace(/\D/g, ''),
    display: number.formatInternational(),
    country: number.country,
  };
}

function invalid(given: string, reason: Message): CalleeNumber {
  return { kind: 'invalid', given, reason };
}

/** Why `digits` is no number, naming the contact's country (by its code) when known. */
function explain(digits: string, country?: CountryCode): Message {
  const length = validatePhoneNumberLength(digits, country);
  if (length === 'INVALID_COUNTRY') return message('number.problem.noSuchCountryCode');
  const problem =
    length === 'TOO_SHORT' ? 'tooShort' : length === 'TOO_LONG' ? 'tooLong' : 'notANumber';
  return country === undefined
    ? message(`number.problem.${problem}`)
    : message(`number.problem.${problem}In`, { country });
}

function supportedCountry(code: string | undefined): CountryCode | undefined {
  const upper = code?.trim().toUpperCase();
  return upper !== undefined && isSupportedCountry(upper) ? upper : undefined;
}
