import { translateIn } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import type { Notice } from '../../src/widget/widget-state';

/** Notices as the agent reads them in `language` (English unless told), to assert on words. */
export function wordedNotices(notices: readonly Notice[], language: Language = 'en') {
  return notices.map((notice) => ({
    ...notice,
    message: translateIn(language, notice.message.code, notice.message.values),
  }));
}
