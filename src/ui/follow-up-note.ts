import type { Translation } from './use-translation';

/**
 * The line a confirmed follow-up text adds to the call's notes, so it reaches the HubSpot
 * timeline (`hs_call_body`) with the call: what was sent and which files went with it, in
 * the agent's language like the rest of their notes.
 */
export function followUpNote(
  t: Translation['t'],
  text: string,
  attachments: readonly string[],
): string {
  const sent = text.trim() === '' ? t('followUp.note.sent') : t('followUp.note.sentText', { text });
  return attachments.length === 0
    ? sent
    : `${sent}\n${t('followUp.note.attachments', { files: attachments.join(', ') })}`;
}
