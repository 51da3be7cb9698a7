import { createContext, useContext, useEffect, useRef } from 'react';

/** A part of Settings with its own form: whether it holds typed values, and how to save them. */
export interface SettingsSection {
  dirty: boolean;
  /** Saves what is typed; false when it was refused (the section shows why). */
  save: () => boolean;
}

/** The sections on screen, so Done can save what was typed but not yet saved. */
export const SettingsSections = createContext<Map<string, SettingsSection> | null>(null);

/** Lets Done save this section's typed values; nothing outside Settings. */
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
      save: () => latest.current.save(),
    });
    return () => {
      sections.delete(name);
    };
  }, [sections, name]);
}
