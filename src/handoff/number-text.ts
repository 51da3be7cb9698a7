// How people write phone numbers, reduced to what a dialler reads: digits, a leading + and
// (for OpenPhone direct numbers) @. Shared by every reader of typed or pasted numbers, so a
// number the group panel accepts is read the same way by the call and by Settings.

// Separators people type or paste inside numbers, after NFKC has turned full-width
// Japanese input into ASCII: spaces, dashes of every width, dots, brackets, slashes; and the
// invisible direction marks (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) and
// zero-width characters that numbers copied from right-to-left pages carry.
const separators =
  /[\s\-.()/\u2010-\u2015\u2212\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]/g;

// NFKC leaves these alone: Arabic-Indic digits (٠١٢…, U+0660–U+0669), as written in Arabic,
// and Extended Arabic-Indic digits (۰۱۲…, U+06F0–U+06F9), as written in Persian and Urdu.
const arabicIndicZero = 0x0660;
const persianZero = 0x06f0;
const easternDigit = /[\u0660-\u0669\u06f0-\u06f9]/g;

function westernDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const zero = code >= persianZero ? persianZero : arabicIndicZero;
  return String(code - zero);
}

/**
 * `raw` with full-width and Arabic-script digits as ASCII and every separator removed:
 * `０３－１２３４`, `٠٣-١٢٣٤` and `۰۳ ۱۲۳۴` all become `031234`. What is left that is
 * not a digit, `+` or `@` is for the caller to refuse.
 */
export function compactNumberText(raw: string): string {
  return raw.normalize('NFKC').replace(easternDigit, westernDigit).replace(separators, '');
}

/**
 * What the link builders drop from a number they are given (`+1 (410) 793-4326`): spaces,
 * including the non-breaking and narrow no-break spaces of French-formatted numbers copied
 * from a web page, dashes, dots and brackets. Anything else stays, for the builder to refuse.
 */
export const numberFormatting = /[ \u00a0\u202f\-.()]/g;
