// Follow-up text templates (issue 8): the agent's own words with the contact's first name
// and the agent's name filled in. Pure: the result goes to `openPhoneMessageUrl`, which
// encodes it, so nothing a name contains can break the link.

/** What a template can say about the people on the call. */
export interface TemplateValues {
  /** The contact's first name; empty when nobody knows it. */
  firstName: string;
  /** How the agent signs; empty when they set no name. */
  agentName: string;
}

export type Placeholder = keyof TemplateValues;

export const placeholders: readonly Placeholder[] = ['firstName', 'agentName'];

/** OpenPhone sends at most 1,600 characters in one message. */
export const maxTextLength = 1_600;

const placeholderPattern = /\{(firstName|agentName)\}/g;

// Anything shaped like a placeholder: a typo such as {firstname} would otherwise be sent as is.
const placeholderLike = /\{([A-Za-z_]\w*)\}/g;

// A lone half of a surrogate pair (a broken emoji) cannot be put in a link.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters as people count them (an emoji is one), not UTF-16 units. */
export const textLength = (text: string): number => [...text].length;

/** Placeholder-shaped words in `template` that are not ours, each once, in order. */
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(placeholderLike)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => !(placeholders as string[]).includes(name)))];
}

/** A value as one tidy line: a name with line breaks or tabs must not reshape the message. */
function inline(value: string): string {
  return value
    .replace(loneSurrogate, '\uFFFD')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

// Scripts whose names are written family name first, with no way to tell the given name
// apart by position: the whole name is the polite choice there.
const familyNameFirst = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

// Vietnamese names are written family name first, and people are greeted by the given
// name, the last word ("Nguyễn Thị Lan" is Lan). A name is read that way when it starts
// with one of the common family names, as written in Vietnamese or as CRMs often keep them
// without accents when they cannot be mistaken for a given name. Lowercased on first use:
// the first Vietnamese lowercasing loads the locale's data, which the widget's start
// would otherwise wait for.
let vietnameseFamilyNames: ReadonlySet<string> | null = null;

function isVietnameseFamilyName(word: string): boolean {
  vietnameseFamilyNames ??= new Set(
    [
      ...['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi'],
      ...['Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Trương', 'Trịnh', 'Lương', 'Lưu'],
      ...['Nguyen', 'Tran', 'Pham', 'Huynh', 'Hoang', 'Dang', 'Duong', 'Truong', 'Trinh'],
    ].map((name) => name.toLocaleLowerCase('vi')),
  );
  return vietnameseFamilyNames.has(word.toLocaleLowerCase('vi'));
}

/**
 * The first name to greet a contact by, from the full name the caller lookup gave
 * ("Emily Carter" → "Emily", "Nguyễn Thị Lan" → "Lan"); empty when there is none. Names in
 * Chinese, Japanese or Korean script are kept whole.
 */
export function firstNameOf(fullName: string | null): string {
  const name = inline(fullName ?? '');
  if (name === '' || familyNameFirst.test(name)) return name;
  const words = name.split(' ');
  const first = words[0] ?? '';
  if (words.length > 1 && isVietnameseFamilyName(first)) {
    return words.at(-1) ?? first;
  }
  return first;
}

// Japanese honorifics written onto a name ("{firstName}様"): without the name they mean
// nothing, so they go with it.
const honorificAfterEmptyName = /\{firstName\}(?:様|さま|さん|殿)/g;

// What may follow an empty placeholder and should close up on the word before it.
const closingPunctuation = /^[,.!?;:)\]…]/;

/**
 * Fills `{firstName}` and `{agentName}` in `template`.
 *
 * An empty value leaves no gap behind: "Hi {firstName}," becomes "Hi,", a line that
 * held nothing else (a signature line "{agentName}", or "{firstName}様") disappears. Values are inserted as
 * text once and never read again, so a name containing "{agentName}" stays as it is.
 */
export function renderTextTemplate(template: string, values: TemplateValues): string {
  const filled: TemplateValues = {
    firstName: inline(values.firstName),
    agentName: inline(values.agentName),
  };
  const source =
    filled.firstName === '' ? template.replace(honorificAfterEmptyName, '{firstName}') : template;
  return source
    .split('\n')
    .flatMap((line) => renderLine(line, filled))
    .join('\n');
}

function renderLine(line: string, values: TemplateValues): string[] {
  const matches = [...line.matchAll(placeholderPattern)];
  if (matches.length === 0) return [line];
  const allEmpty = matches.every((match) => values[match[1] as Placeholder] === '');
  if (allEmpty && /^[\s\p{P}]*$/u.test(line.replace(placeholderPattern, ''))) return [];

  let out = '';
  let from = 0;
  for (const match of matches) {
    out += line.slice(from, match.index);
    from = match.index + match[0].length;
    const value = values[match[1] as Placeholder];
    if (value !== '') {
      out += value;
      continue;
    }
    const after = line.slice(from);
    if (out === '') {
      // At the start of the line: "{firstName}, thanks" → "thanks".
      from += /^[,;:、]?[ \t]*/.exec(after)?.[0].length ?? 0;
    } else if (/[ \t]$/.test(out) && (after === '' || closingPunctuation.test(after))) {
      out = out.replace(/[ \t]+$/, '');
    } else if (/[ \t]$/.test(out)) {
      from += /^[ \t]*/.exec(after)?.[0].length ?? 0;
    }
  }
  return [out + line.slice(from)];
}
