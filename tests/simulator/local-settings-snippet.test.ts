import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localSettingsKey, widgetSource } from '../../src/simulator/local-settings';
import {
  localProviderName,
  localSettingsSnippet,
  localSettingsUndo,
} from '../../src/simulator/local-settings-snippet';

/** Runs a console snippet against an in-memory localStorage, as the HubSpot tab would. */
function runInConsole(snippet: string, storage = new Map<string, string>()) {
  const localStorage = {
    setItem: (key: string, value: string) => storage.set(key, value),
    removeItem: (key: string) => storage.delete(key),
  };
  new Function('localStorage', snippet)(localStorage);
  return storage;
}

describe('localSettingsSnippet', () => {
  it('is the line HubSpot reads to load a local widget (docs/contracts.md), for the widget URL', () => {
    expect(localSettingsSnippet('https://localhost:9025/')).toBe(
      'localStorage.setItem("LocalSettings:Calling:CallingExtensions", JSON.stringify({ isReady: true, name: "Handoff (local)", url: "https://localhost:9025/" }));',
    );
  });

  it('stores settings that load exactly that URL under the local name, whatever the URL', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
        (url) => {
          const stored = runInConsole(localSettingsSnippet(url)).get(localSettingsKey) ?? null;
          expect(JSON.parse(stored ?? 'null')).toEqual({
            isReady: true,
            name: localProviderName,
            url,
          });
          const source = widgetSource(stored, 'https://default.example/');
          expect(source.url).toBe(new URL(url).href);
          expect(source.providerName).toBe(localProviderName);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('cannot be broken out of by quotes or script in the URL', () => {
    const url = 'https://x.example/");alert(1);("';
    const stored = runInConsole(localSettingsSnippet(url)).get(localSettingsKey);
    expect(JSON.parse(stored ?? 'null')).toMatchObject({ url });
  });
});

describe('localSettingsUndo', () => {
  it('removes the override', () => {
    const storage = runInConsole(localSettingsSnippet('https://localhost:9025/'));
    runInConsole(localSettingsUndo, storage);
    expect(storage.has(localSettingsKey)).toBe(false);
    expect(localSettingsUndo).toBe(
      'localStorage.removeItem("LocalSettings:Calling:CallingExtensions");',
    );
  });
});
