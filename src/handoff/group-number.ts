import { directNumberPattern } from './direct-number';
import { normaliseDialledNumber } from './phone';

/** A number that can join an OpenPhone group: a teammate's `@…` direct number, or E.164. */
export type GroupNumber =
  | { kind: 'valid'; number: string; display: string }
  | { kind: 'invalid'; given: string; reason: string };

const separators = /[\s\-.()/\u2010-\u2015\u2212]/g;

/**
 * Reads a number the agent types to bring someone into a group call or text: a teammate's
 * direct number (`@999 793 4326` → `@9997934326`) or a phone number. `countryCode` reads
 * national numbers (the contact's country in a call); without it, `+` and the country code
 * are needed.
 */
export function readGroupNumber(raw: string, countryCode?: string): GroupNumber {
  const given = raw.trim();
  // NFKC turns a full-width ＠ and digits, as typed on Japanese keyboards, into ASCII.
  const compact = given.normalize('NFKC').replace(separators, '');
  if (compact.startsWith('@')) {
    return directNumberPattern.test(compact)
      ? { kind: 'valid', number: compact, display: compact }
      : {
          kind: 'invalid',
          given,
          reason: 'A direct number is @ followed by digits only, for example @9997934326.',
        };
  }
  if (countryCode === undefined && /^\d+$/.test(compact) && !compact.startsWith('00')) {
    return {
      kind: 'invalid',
      given,
      reason:
        "Write the number with + and its country code (for example +1 410 555 0134), or a teammate's direct number such as @9997934326.",
    };
  }
  const number = normaliseDialledNumber(given, countryCode);
  return number.kind === 'valid'
    ? { kind: 'valid', number: number.e164, display: number.display }
    : { kind: 'invalid', given, reason: number.reason };
}
