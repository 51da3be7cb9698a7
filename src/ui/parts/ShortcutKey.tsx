import styled from 'styled-components';

const Key = styled.kbd`
  min-width: 1.4em;
  padding: 0 4px;
  border: 1px solid currentColor;
  border-radius: 3px;
  font: 600 11px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace;
  text-align: center;
`;

/**
 * The key that presses this button, drawn on it. Hidden from screen readers, which hear
 * the button's `aria-keyshortcuts` instead, so the accessible name stays the label.
 */
export function ShortcutKey({ letter }: { letter: string }) {
  return <Key aria-hidden="true">{letter}</Key>;
}
