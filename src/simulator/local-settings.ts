import { type FrameSize, registeredSize } from './host-frames';

/** The key HubSpot reads to load a widget under test instead of the app's (docs/contracts.md, HubSpot, QA override). */
export const localSettingsKey = 'LocalSettings:Calling:CallingExtensions';

/** What the simulator embeds, and what it tells the user about how it chose. */
export interface WidgetSource {
  url: string;
  providerName: string;
  /** The iframe's size before the widget asks for another: the settings' `width`, `height`. */
  size: FrameSize;
  /** Set when LocalSettings changed or was refused; shown on the page. */
  note: { tone: 'info' | 'warning'; text: string } | null;
}

export const defaultProviderName = 'Handoff';

/** A size HubSpot's settings would accept (a positive whole number of pixels), or null. */
function pixels(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

/**
 * The widget to embed, given the LocalSettings value (`localStorage.getItem(...)`) and the
 * URL used without one (this page's origin + `/`). Like HubSpot, a value that is not JSON,
 * has no `url`, or whose `url` is not http(s) is ignored — but visibly, with the reason.
 */
export function widgetSource(raw: string | null, defaultUrl: string): WidgetSource {
  const fallback = (text: string): WidgetSource => ({
    url: defaultUrl,
    providerName: defaultProviderName,
    size: registeredSize,
    note: { tone: 'warning', text: `${localSettingsKey} ignored: ${text}` },
  });
  if (raw === null) {
    return { url: defaultUrl, providerName: defaultProviderName, size: registeredSize, note: null };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fallback('it is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fallback('it is not a JSON object.');
  }
  const { url, name, isReady, width, height } = parsed as Record<string, unknown>;
  if (typeof url !== 'string' || url.trim() === '') {
    return fallback('it has no "url".');
  }
  let widgetUrl: URL;
  try {
    widgetUrl = new URL(url.trim());
  } catch {
    return fallback(`"${url}" is not an absolute URL.`);
  }
  if (widgetUrl.protocol !== 'https:' && widgetUrl.protocol !== 'http:') {
    return fallback(`"${url}" is not an http(s) URL.`);
  }
  const providerName =
    typeof name === 'string' && name.trim() !== '' ? name.trim() : defaultProviderName;
  const readiness =
    isReady === true ? ' (isReady: true)' : isReady === false ? ' (isReady: false)' : '';
  return {
    url: widgetUrl.href,
    providerName,
    size: {
      width: pixels(width) ?? registeredSize.width,
      height: pixels(height) ?? registeredSize.height,
    },
    note: {
      tone: 'info',
      text: `Loading "${providerName}" from ${widgetUrl.href}, as set in ${localSettingsKey}${readiness}.`,
    },
  };
}
