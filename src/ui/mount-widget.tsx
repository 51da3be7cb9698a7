import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WidgetController } from '../widget/create-widget';
import { App } from './App';

export function mountWidget(root: HTMLElement, controller: WidgetController): void {
  createRoot(root).render(
    <StrictMode>
      <App controller={controller} />
    </StrictMode>,
  );
}
