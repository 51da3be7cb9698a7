import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/widget/store';

describe('createStore', () => {
  it('holds its initial state', () => {
    expect(createStore({ count: 0 }).get()).toEqual({ count: 0 });
  });

  it('applies an update to the current state', () => {
    const store = createStore({ count: 1 });
    store.set((state) => ({ count: state.count + 1 }));
    store.set((state) => ({ count: state.count * 10 }));
    expect(store.get()).toEqual({ count: 20 });
  });

  it('tells every subscriber after a change, when the new state is readable', () => {
    const store = createStore({ count: 0 });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().count));
    store.subscribe(() => seen.push(store.get().count * 100));
    store.set(() => ({ count: 3 }));
    expect(seen).toEqual([3, 300]);
  });

  it('tells no one when an update returns the same state', () => {
    const store = createStore({ count: 0 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set((state) => state);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const store = createStore({ count: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(() => ({ count: 1 }));
    unsubscribe();
    store.set(() => ({ count: 2 }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the same state object between changes, as useSyncExternalStore requires', () => {
    const store = createStore({ count: 0 });
    expect(store.get()).toBe(store.get());
  });
});
