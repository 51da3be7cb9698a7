import { message } from '../i18n/message';
import type { DeepLink } from './call-link';
import { problemOf } from './handoff-error';
import { openPhoneMessageUrl } from './openphone';
import { maxTextLength, textLength } from './text-template';

export interface FollowUpText {
  /** The contact, in E.164. */
  toE164: string;
  /** The caller id the call used; null lets OpenPhone send from its selected number. */
  from: string | null;
  text: string;
  attachments: readonly string[];
}

/**
 * The OpenPhone composer, prefilled to text the contact after a call (docs/contracts.md, OpenPhone, "Message").
 * Without a caller id, `selectedAsFallback=true` makes OpenPhone send from the number
 * selected in the app, as the call did, rather than ask.
 */
export function followUpTextLinkFor({ toE164, from, text, attachments }: FollowUpText): DeepLink {
  const length = textLength(text);
  if (length > maxTextLength) {
    return {
      kind: 'refused',
      problem: message('followUp.problem.tooLong', { max: maxTextLength, length }),
    };
  }
  if (text.trim() === '' && attachments.length === 0) {
    return { kind: 'refused', problem: message('followUp.problem.empty') };
  }
  try {
    const href = openPhoneMessageUrl({
      to: toE164,
      ...(from === null ? { selectedAsFallback: true } : { from }),
      text,
      attachments: [...attachments],
    });
    return { kind: 'ready', href, appName: 'OpenPhone', action: 'textOpenPhone' };
  } catch (error) {
    return { kind: 'refused', problem: problemOf(error) };
  }
}
