import { createInstance } from 'i18next';
import { browserLanguages } from './browser-languages';
import type { MessageKey } from './catalog';
import { en } from './catalogs/en';
import { fr } from './catalogs/fr';
import { ja } from './catalogs/ja';
import { vi } from './catalogs/vi';
import { type Language, languageFromBrowser } from './languages';

import type { Message, MessageValues } from './message';

export type { MessageValues } from './message';

export const catalogs = { en, fr, vi, ja } as const;

/**
 * The widget's i18next instance, ready at import: catalogues are bundled, so `init` runs
 * synchronously and the first render already has its words. React escapes what it renders,
 * so i18next must not escape a second time (`&` would show as `&amp;`).
 */
const i18n = createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries(catalogs).map(([language, catalog]) => [language, { translation: catalog }]),
  ),
  lng: languageFromBrowser(browserLanguages()),
  fallbackLng: 'en',
  initAsync: false,
  // Keys are flat (`handoff.heading`): dots and colons are part of the key.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

// `{{country, region}}`: a country's name (ISO 3166 code as the value) in the language of
// the sentence, so domain modules hand over the code and never a name in one language.
i18n.services.formatter?.add('region', (value: unknown, language: string | undefined) => {
  const code = String(value);
  try {
    return new Intl.DisplayNames([language ?? 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
});

type Plain = Record<string, string | number>;
type Translator = (key: string, values?: Plain) => string;

const isMessage = (value: MessageValues[string]): value is Message => typeof value === 'object';

/** `values` with every nested message worded by `t`, in the same language. */
function worded(t: Translator, values: MessageValues | undefined): Plain | undefined {
  if (values === undefined) return undefined;
  const plain: Plain = {};
  for (const [name, value] of Object.entries(values)) {
    plain[name] = isMessage(value) ? t(value.code, worded(t, value.values)) : value;
  }
  return plain;
}

const translateWith = i18n.t.bind(i18n) as Translator;

/** The message for `key` in the current language. */
export function translate(key: MessageKey, values?: MessageValues): string {
  return translateWith(key, worded(translateWith, values));
}

/** The message for `key` in `language`, whatever the widget's language is now. */
export function translateIn(language: Language, key: MessageKey, values?: MessageValues): string {
  const t = i18n.getFixedT(language) as Translator;
  return t(key, worded(t, values));
}

export function currentLanguage(): Language {
  return i18n.language as Language;
}

/**
 * Switches the widget's language: `null` follows the browser. `<html lang>` follows, so
 * screen readers pick the right voice and browsers the right hyphenation and fonts.
 */
export function setLanguage(choice: Language | null): void {
  const language = choice ?? languageFromBrowser(browserLanguages());
  if (language !== i18n.language) void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The browser's own choice, for Settings to name it. */
export function browserLanguage(): Language {
  return languageFromBrowser(browserLanguages());
}

/** Calls `listener` after each language change; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  i18n.on('languageChanged', listener);
  return () => i18n.off('languageChanged', listener);
}
