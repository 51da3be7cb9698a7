import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * One number in E.164, however it was written: HubSpot keeps numbers as people typed them
 * (`(202) 555-0143`, `+1 202-555-0143`), OpenPhone sends E.164, CareSoft national digits
 * (`0988888888`). `country` reads numbers written without a country code; without it such
 * numbers are not read at all, since guessing would match a stranger.
 */
export function toE164(written: string | null | undefined, country?: CountryCode): string | null {
  if (written === null || written === undefined) return null;
  // Matching compares the same few numbers many times per event: parse each once.
  const key = `${country ?? ''}|${written}`;
  const known = readNumbers.get(key);
  if (known !== undefined) return known;
  const read = parse(written, country);
  if (readNumbers.size >= 2000) readNumbers.clear();
  readNumbers.set(key, read);
  return read;
}

const readNumbers = new Map<string, string | null>();

function parse(written: string, country: CountryCode | undefined): string | null {
  const trimmed = written.trim();
  if (trimmed === '' || trimmed.length > 40) return null;
  const international = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  const parsed = parsePhoneNumberFromString(international, country);
  if (parsed === undefined || !parsed.isPossible()) return null;
  return parsed.number;
}

/** The country a number belongs to, to read numbers written around it without one. */
export function countryOf(e164: string | null): CountryCode | undefined {
  if (e164 === null) return undefined;
  let country = countries.get(e164);
  if (country === undefined) {
    country = parsePhoneNumberFromString(e164)?.country ?? null;
    if (countries.size >= 2000) countries.clear();
    countries.set(e164, country);
  }
  return country ?? undefined;
}

const countries = new Map<string, CountryCode | null>();

/** The national significant digits: how HubSpot's calculated, searchable phone properties hold a number. */
export function nationalDigits(e164: string): string {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? e164.replace(/\D/g, '');
}

/** Whether two written numbers are the same line once both are read. */
export function sameNumber(a: string | null, b: string | null, country?: CountryCode): boolean {
  const left = toE164(a, country);
  return left !== null && left === toE164(b, country);
}
