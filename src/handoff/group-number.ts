import { type Message, message } from '../i18n/message';
import { directNumberPattern } from './direct-number';
import { compactNumberText } from './number-text';
import { normaliseDialledNumber } from './phone';

/** A number that can join an OpenPhone group: a teammate's `@…` direct number, or E.164. */
export type GroupNumber =
  | { kind: 'valid'; number: string; display: string }
  | { kind: 'invalid'; given: string; reason: Message };

/**
 * Reads a number the agent types to bring someone into a group call or text: a teammate's
 * direct number (`@999 793 4326` → `@9997934326`) or a phone number. `countryCode` reads
 * national numbers (the contact's country in a call); without it, `+` and the country code
 * are needed.
 */
export function readGroupNumber(raw: string, countryCode?: string): GroupNumber {
  const given = raw.trim();
  // A full-width ＠ and digits (Japanese keyboards) and Arabic-script digits read as ASCII.
  const compact = compactNumberText(given);
  if (compact.startsWith('@')) {
    return directNumberPattern.test(compact)
      ? { kind: 'valid', number: compact, display: compact }
      : { kind: 'invalid', given, reason: message('number.problem.directNumber') };
  }
  if (countryCode === undefined && /^\d+$/.test(compact) && !compact.startsWith('00')) {
    return { kind: 'invalid', given, reason: message('number.problem.groupNeedsPlus') };
  }
  const number = normaliseDialledNumber(given, countryCode);
  return number.kind === 'valid'
    ? { kind: 'valid', number: number.e164, display: number.display }
    : { kind: 'invalid', given, reason: number.reason };
}
