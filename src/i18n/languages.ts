/** The languages the widget speaks, in the order Settings offers them. */
export const languages = ['en', 'fr', 'vi', 'ja'] as const;

export type Language = (typeof languages)[number];

/** Each language by its own name, as people look for it in a list. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  vi: 'Tiếng Việt',
  ja: '日本語',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages we speak (`fr-CA` → `fr`), else English.
 * `navigator.languages` is in the user's order of preference.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
