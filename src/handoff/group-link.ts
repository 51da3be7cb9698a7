import { type Message, message } from '../i18n/message';
import type { DeepLink } from './call-link';
import { problemOf } from './handoff-error';
import { maxRecipients, openPhoneDialUrl, openPhoneMessageUrl } from './openphone';

export type GroupKind = 'call' | 'text';

export interface Group {
  /** The contact first, then teammates (`@…` direct numbers or E.164) and other numbers. */
  numbers: readonly string[];
  /** The call's caller id; null lets OpenPhone use its selected number. */
  from: string | null;
  kind: GroupKind;
}

/** A group holds at most 9 numbers (docs/contracts.md, OpenPhone): the agent is the 10th participant. */
export const maxGroupNumbers = maxRecipients;

/** Why a group is too big (and how many to remove), or null when OpenPhone can take it. */
export function groupSizeProblem(count: number, kind: GroupKind): Message | null {
  if (count <= maxGroupNumbers) return null;
  const values = { max: maxGroupNumbers, extra: count - maxGroupNumbers };
  return message(
    kind === 'call' ? 'group.problem.tooManyToCall' : 'group.problem.tooManyToText',
    values,
  );
}

/**
 * A group call (`action=call` is always added: OpenPhone starts group calls no other way)
 * or a group text (docs/contracts.md, OpenPhone, "Dial"). More than 9 numbers is refused here,
 * before any link is made.
 */
export function groupLinkFor({ numbers, from, kind }: Group): DeepLink {
  const tooMany = groupSizeProblem(numbers.length, kind);
  if (tooMany !== null) return { kind: 'refused', problem: tooMany };
  try {
    if (kind === 'call') {
      const href = openPhoneDialUrl({
        to: [...numbers],
        ...(from === null ? {} : { from }),
        autoCall: true,
      });
      return { kind: 'ready', href, appName: 'OpenPhone', action: 'groupCall' };
    }
    const href = openPhoneMessageUrl({
      to: [...numbers],
      ...(from === null ? { selectedAsFallback: true } : { from }),
    });
    return { kind: 'ready', href, appName: 'OpenPhone', action: 'groupText' };
  } catch (error) {
    return { kind: 'refused', problem: problemOf(error) };
  }
}
