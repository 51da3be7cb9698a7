import { useEffect, useRef } from 'react';

/** Typing a note or a number must never log an outcome. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement
  );
}

/**
 * Single-key shortcuts (`{ c: onConnected }`) while the screen that uses them is shown:
 * the widget frame is that screen, so any focus inside it counts. Keys with a modifier,
 * repeats and keys typed into a text field are left alone; on a select, a shortcut letter
 * is the shortcut, never a pick of the option it starts with.
 */
export function useShortcutKeys(actions: Record<string, () => void>): void {
  const current = useRef(actions);
  current.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || isTyping(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const action = current.current[event.key.toLowerCase()];
      if (action === undefined) return;
      // On a select (Call from), a letter would pick the option it starts with ("N" for
      // "Number selected in OpenPhone"), and a shortcut must never change a form value:
      // preventing the key keeps the select as it was, and the letter does what it says.
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
