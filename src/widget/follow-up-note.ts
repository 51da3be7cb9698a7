/**
 * The line a confirmed follow-up text adds to the call's notes, so it reaches the HubSpot
 * timeline (`hs_call_body`) with the call: what was sent, and which files went with it.
 */
export function followUpTextNote(text: string, attachments: readonly string[]): string {
  const sent = text.trim() === '' ? 'Follow-up text sent.' : `Follow-up text sent: ${text}`;
  return attachments.length === 0 ? sent : `${sent}\nAttachments: ${attachments.join(', ')}`;
}
