import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguage } from '../i18n/i18n';
import type { WidgetController } from '../widget/create-widget';
import { App } from './App';

/**
 * The agent's language from Settings (else the browser's), applied before the first render
 * and whenever it changes. Here rather than in the entry chunk, which answers HubSpot's
 * handshake and should not carry the catalogues.
 */
function followLanguageSetting(controller: WidgetController): void {
  const { store } = controller;
  let applied = store.get().settings.language;
  setLanguage(applied);
  store.subscribe(() => {
    const chosen = store.get().settings.language;
    if (chosen === applied) return;
    applied = chosen;
    setLanguage(chosen);
  });
}

export function mountWidget(root: HTMLElement, controller: WidgetController): void {
  followLanguageSetting(controller);
  createRoot(root).render(
    <StrictMode>
      <App controller={controller} />
    </StrictMode>,
  );
}
