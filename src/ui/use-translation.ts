import { useSyncExternalStore } from 'react';
import type { MessageKey } from '../i18n/catalog';
import { formatCount, formatDuration } from '../i18n/format';
import { currentLanguage, type MessageValues, onLanguageChange, translate } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import type { Message } from '../i18n/message';

export interface Translation {
  language: Language;
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A message a domain module handed over (`{ code, values }`), worded. */
  say: (message: Message) => string;
  duration: (ms: number) => string;
  count: (count: number) => string;
}

const translations = new Map<Language, Translation>();

/** One stable object per language, so the snapshot only changes when the language does. */
function translationFor(language: Language): Translation {
  let translation = translations.get(language);
  if (translation === undefined) {
    translation = {
      language,
      t: translate,
      say: (message) => translate(message.code, message.values),
      duration: (ms) => formatDuration(ms, language),
      count: (count) => formatCount(count, language),
    };
    translations.set(language, translation);
  }
  return translation;
}

const snapshot = () => translationFor(currentLanguage());

/** The widget's words in the current language; re-renders when the agent switches it. */
export function useTranslation(): Translation {
  return useSyncExternalStore(onLanguageChange, snapshot, snapshot);
}
