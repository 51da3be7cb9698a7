import { createContext, useContext, useEffect, useRef } from 'react';

/** A part of Settings with fields of its own: whether they hold typed values, and how to keep them. */
export interface SettingsSection {
  dirty: boolean;
  /**
   * Checks what is typed and puts it in Settings' draft, which Done saves; false when it was
   * refused (the section shows why, next to the field, with `aria-invalid`).
   */
  apply: () => boolean;
}

/** The sections on screen, so Done can keep what was typed but not yet added. */
export const SettingsSections = createContext<Map<string, SettingsSection> | null>(null);

/** Lets Done check and keep this section's typed values; nothing outside Settings. */
export function useSettingsSection(name: string, section: SettingsSection): void {
  const sections = useContext(SettingsSections);
  const latest = useRef(section);
  latest.current = section;
  useEffect(() => {
    if (sections === null) return;
    sections.set(name, {
      get dirty() {
        return latest.current.dirty;
      },
      apply: () => latest.current.apply(),
    });
    return () => {
      sections.delete(name);
    };
  }, [sections, name]);
}
