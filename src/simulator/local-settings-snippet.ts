import { localSettingsKey } from './local-settings';

/** The name HubSpot shows for a widget tried through the LocalSettings override. */
export const localProviderName = 'Handoff (local)';

/**
 * The line to run in a HubSpot tab's console so that HubSpot loads `widgetUrl` as the
 * calling widget (docs/contracts.md, HubSpot, QA override). Every value is written as a JSON string
 * literal, so no URL can break out of the snippet.
 */
export function localSettingsSnippet(widgetUrl: string, name: string = localProviderName): string {
  const key = JSON.stringify(localSettingsKey);
  return `localStorage.setItem(${key}, JSON.stringify({ isReady: true, name: ${JSON.stringify(name)}, url: ${JSON.stringify(widgetUrl)} }));`;
}

/** The line that undoes {@link localSettingsSnippet}; HubSpot needs a reload after it. */
export const localSettingsUndo = `localStorage.removeItem(${JSON.stringify(localSettingsKey)});`;
