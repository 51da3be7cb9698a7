import type { MessageKey } from '../i18n/catalog';
import { type Message, message } from '../i18n/message';

// The last path segment must name a file with an extension (.pdf, .jpg, ...): OpenPhone
// decides how to attach a file from it (docs/contracts.md, OpenPhone, "attachments").
const fileWithExtension = /[^/.]\.[a-z\d]{1,10}$/i;

/**
 * Why OpenPhone could not attach `given` to a message, or null when it can (https links to
 * files with an extension). The message builder and the template settings share this rule,
 * so Settings never accepts a file a link refuses.
 */
export function attachmentProblem(given: string): Message | null {
  const refuse = (code: MessageKey) => message(code, { attachment: given });
  // URL parsing quietly drops tabs, line breaks and outer spaces; OpenPhone would not.
  if (/[\s\p{Cc}]/u.test(given)) return refuse('attachment.problem.spaces');
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return refuse('attachment.problem.notAnAddress');
  }
  if (url.protocol !== 'https:') return refuse('attachment.problem.notHttps');
  if (!fileWithExtension.test(url.pathname)) return refuse('attachment.problem.noExtension');
  return null;
}
