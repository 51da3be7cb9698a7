const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&apos;': "'",
};

/**
 * The text HubSpot shows for `hs_call_body` (docs/contracts.md, HubSpot: "notes, HTML allowed").
 *
 * The widget escapes what the agent typed and joins lines with `<br>`. We render the
 * result as text, never as HTML: line breaks become newlines, any other tag is dropped
 * as formatting, and only then are entities decoded — in one pass, so `&amp;lt;` stays
 * the literal `&lt;` the agent typed and a decoded `<b>` stays visible text.
 */
export function callNotesText(body: string): string {
  return body
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39|#x27|apos);/gi,
      (entity) => entities[entity.toLowerCase()] ?? entity,
    )
    .replace(/\n+$/, '');
}
