import type { OpenPhoneSummary, OpenPhoneTranscript } from './openphone-events.js';

/** HubSpot's text properties hold 65,536 characters; leave room. */
export const maxSummaryCharacters = 60_000;

function clock(seconds: number | null | undefined): string {
  const total = Math.max(0, Math.floor(seconds ?? 0));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

function clean(line: string): string {
  return line.replace(/[\p{Cc}]+/gu, ' ').trim();
}

/**
 * OpenPhone's summary, next steps and transcript as one plain text for `hs_call_summary`,
 * never the agent's notes. It is rebuilt whole from what OpenPhone holds each time, so the
 * summary and the transcript may arrive in either order, or twice, and end the same.
 * Markers rather than words (•, →, [m:ss]): the service speaks no language of its own.
 */
export function summaryText(
  summary: OpenPhoneSummary | null,
  transcript: OpenPhoneTranscript | null,
): string | null {
  const sections: string[] = [];
  const points = (summary?.summary ?? []).map(clean).filter((line) => line !== '');
  if (points.length > 0) sections.push(points.map((line) => `• ${line}`).join('\n'));
  const steps = (summary?.nextSteps ?? []).map(clean).filter((line) => line !== '');
  if (steps.length > 0) sections.push(steps.map((line) => `→ ${line}`).join('\n'));
  const dialogue = (transcript?.dialogue ?? []).filter((turn) => clean(turn.content) !== '');
  if (dialogue.length > 0) {
    sections.push(
      dialogue
        .map((turn) => {
          const who = clean(turn.identifier ?? turn.userId ?? '');
          return `[${clock(turn.start)}] ${who === '' ? '' : `${who}: `}${clean(turn.content)}`;
        })
        .join('\n'),
    );
  }
  if (sections.length === 0) return null;
  const text = sections.join('\n\n');
  if (text.length <= maxSummaryCharacters) return text;
  return `${Array.from(text)
    .slice(0, maxSummaryCharacters - 1)
    .join('')}…`;
}
