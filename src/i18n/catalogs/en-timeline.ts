/**
 * The English catalogue's words for the HubSpot timeline, part of `en.ts` (spread there) and
 * kept apart so the widget's first chunk can title a call before the catalogues load
 * (`widget/initial-state.ts`) without carrying the whole English catalogue.
 */
export const enTimeline = {
  'timeline.callTo': 'Call to {{who}}',
  'timeline.callFrom': 'Call from {{who}}',
  'timeline.namedNumber': '{{name}} ({{number}})',
} as const;
