import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoPhoneAppFrom, demoPhoneSyncFrom, demoWidgetUrl } from './demo-widget-url';
import { frameLayoutFrom } from './host-frames';
import { localSettingsKey, widgetSource } from './local-settings';
import { loadPortalMemory, type MemoryStorage, savePortalMemory } from './portal-memory';
import { SimulatorPage } from './SimulatorPage';
import { createSimulatorRecorder } from './simulator-record';

/** This tab's sessionStorage, or null when the browser refuses it (privacy settings). */
function tabStorage(): MemoryStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function readLocalSettings(): string | null {
  try {
    return window.localStorage.getItem(localSettingsKey);
  } catch {
    // Storage can be blocked (privacy settings); HubSpot then loads the app's own URL.
    return null;
  }
}

/**
 * Mounts the HubSpot simulator into `root`. Called by src/main.ts, through a dynamic
 * import, only when the page runs top-level: inside an iframe the same page is the widget,
 * whose default URL is therefore this page's origin + `/`.
 */
export function startSimulator(root: HTMLElement): void {
  const phoneApp = demoPhoneAppFrom(window.location.search);
  const phoneSync = demoPhoneSyncFrom(window.location.search);
  const source = widgetSource(
    readLocalSettings(),
    demoWidgetUrl(window.location.origin, phoneApp, phoneSync),
  );
  const storage = tabStorage();
  const memory = loadPortalMemory(storage);
  const recorder = createSimulatorRecorder(memory.timeline);
  window.handoffSimulator = recorder.record;
  document.title = 'HubSpot simulator · Handoff';
  // Engagement ids grow from the clock so that a reloaded simulator never reuses one.
  const firstEngagementId = Math.floor(Date.now() / 10);
  createRoot(root).render(
    <StrictMode>
      <SimulatorPage
        source={source}
        recorder={recorder}
        firstEngagementId={firstEngagementId}
        createdEngagementIds={memory.createdEngagementIds}
        onMemoryChanged={(changed) => savePortalMemory(storage, changed)}
        phoneApp={phoneApp}
        phoneSync={phoneSync}
        layout={frameLayoutFrom(window.location.search)}
      />
    </StrictMode>,
  );
}
