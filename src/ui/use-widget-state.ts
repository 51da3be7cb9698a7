import { useSyncExternalStore } from 'react';
import type { WidgetController } from '../widget/create-widget';
import type { WidgetState } from '../widget/widget-state';

export function useWidgetState(controller: WidgetController): WidgetState {
  const { store } = controller;
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
