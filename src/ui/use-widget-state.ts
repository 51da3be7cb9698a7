import { useRef, useSyncExternalStore } from 'react';
import type { WidgetController } from '../widget/create-widget';
import type { WidgetState } from '../widget/widget-state';

/** Two selections are the same when each of their own fields is the same value. */
export function sameFields<T extends object>(a: T, b: T): boolean {
  const fields = Object.entries(a);
  if (fields.length !== Object.keys(b).length) return false;
  return fields.every(([key, value]) => Object.is(value, Reflect.get(b, key)));
}

/**
 * What a component reads of the widget's state, and nothing else: it re-renders only when
 * its selection changes (by `isEqual`, `Object.is` unless told), so a keystroke in the
 * wrap-up notes re-renders what shows the notes, not the whole widget.
 */
export function useWidgetState<T>(
  controller: WidgetController,
  select: (state: WidgetState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const { store } = controller;
  const last = useRef<{ state: WidgetState; select: typeof select; selection: T } | null>(null);
  const snapshot = () => {
    const state = store.get();
    const previous = last.current;
    if (previous?.state === state && previous.select === select) return previous.selection;
    const selection = select(state);
    // An equal selection keeps its old identity, so React sees no change.
    const kept =
      previous !== null && isEqual(previous.selection, selection) ? previous.selection : selection;
    last.current = { state, select, selection: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
