/** HubSpot keeps at most this many characters of a call's `hs_call_body`. */
export const callBodyLimit = 65_536;

// Left-to-right and right-to-left embeddings and overrides (U+202A–U+202E) and isolates
// (U+2066–U+2069): pasted into notes, they reverse the text around them on the timeline.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}

/**
 * How long one piece of the notes becomes in `hs_call_body`, which is HTML: the escapes and
 * the `<br>` of `hubspot/engagement.ts` (`notesToHtml`; a test holds the two together).
 */
function bodyLength(piece: string): number {
  switch (piece) {
    case '&':
      return 5;
    case '<':
    case '>':
    case '\n':
    case '\r\n':
      return 4;
    case '"':
      return 6;
    case "'":
      return 5;
    default:
      return piece.length;
  }
}

/** What of the notes is logged, what is over HubSpot's limit, and how much of it is used. */
export interface NotesForLog {
  logged: string;
  over: string;
  /** Characters of `hs_call_body` the logged part takes. */
  used: number;
}

/**
 * Splits the agent's notes into what HubSpot can keep and what is over its limit, with the
 * direction controls taken out. The cut never splits a character or a line break.
 */
export function notesForLog(notes: string): NotesForLog {
  const clean = withoutBidiControls(notes);
  let used = 0;
  let end = 0;
  for (const piece of clean.match(/\r\n|[\s\S]/gu) ?? []) {
    const length = bodyLength(piece);
    if (used + length > callBodyLimit) break;
    used += length;
    end += piece.length;
  }
  return { logged: clean.slice(0, end), over: clean.slice(end), used };
}
