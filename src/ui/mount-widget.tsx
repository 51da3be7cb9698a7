import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguage } from '../i18n/i18n';
import type { WidgetController } from '../widget/create-widget';
import { App } from './App';

export function mountWidget(root: HTMLElement, controller: WidgetController): void {
  // The first screen already in the agent's language; App follows later changes.
  setLanguage(controller.store.get().settings.language);
  createRoot(root).render(
    <StrictMode>
      <App controller={controller} />
    </StrictMode>,
  );
}
