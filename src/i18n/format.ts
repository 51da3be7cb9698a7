import type { Language } from './languages';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}) {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A count as the language writes numbers (`1,234`, `1 234`, `1.234`). */
export function formatCount(count: number, language: Language): string {
  return numberFormat(language).format(count);
}

/**
 * A call's length as a clock shows it (`1:05`, `1:01:05`), digits from `Intl` for the
 * language. A clock that stepped back shows `0:00`.
 */
export function formatDuration(ms: number, language: Language = 'en'): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const plain = numberFormat(language, { useGrouping: false });
  const twoDigits = numberFormat(language, { minimumIntegerDigits: 2, useGrouping: false });
  return hours > 0
    ? `${plain.format(hours)}:${twoDigits.format(minutes)}:${twoDigits.format(seconds)}`
    : `${plain.format(minutes)}:${twoDigits.format(seconds)}`;
}
