import type { TimelineWords } from '../hubspot/engagement';
import type { Catalog } from '../i18n/catalog';

/** The timeline's words (`hubspot/engagement.ts`) as one language's catalogue has them. */
export function timelineWordsOf(
  catalog: Pick<Catalog, 'timeline.callTo' | 'timeline.callFrom' | 'timeline.namedNumber'>,
): TimelineWords {
  return {
    callTo: catalog['timeline.callTo'],
    callFrom: catalog['timeline.callFrom'],
    namedNumber: catalog['timeline.namedNumber'],
  };
}
