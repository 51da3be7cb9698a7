import type { DeepLink } from './call-link';
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

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The OpenPhone composer, prefilled to text the contact after a call (SPEC §2, "Message").
 * Without a caller id, `selectedAsFallback=true` makes OpenPhone send from the number
 * selected in the app, as the call did, rather than ask.
 */
export function followUpTextLinkFor({ toE164, from, text, attachments }: FollowUpText): DeepLink {
  const length = textLength(text);
  if (length > maxTextLength) {
    return {
      kind: 'refused',
      message: `A text can be at most ${maxTextLength.toLocaleString('en')} characters; this one has ${length.toLocaleString('en')}. Shorten it.`,
    };
  }
  if (text.trim() === '' && attachments.length === 0) {
    return { kind: 'refused', message: 'Write a message (or pick a template) first.' };
  }
  try {
    const href = openPhoneMessageUrl({
      to: toE164,
      ...(from === null ? { selectedAsFallback: true } : { from }),
      text,
      attachments: [...attachments],
    });
    return { kind: 'ready', href, appName: 'OpenPhone', action: 'Text with OpenPhone' };
  } catch (error) {
    return { kind: 'refused', message: reason(error) };
  }
}
