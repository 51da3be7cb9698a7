import { useEffect, useMemo, useRef, useState } from 'react';
import { browserLanguage, setLanguage } from '../../i18n/i18n';
import { isLanguage, languageNames, languages } from '../../i18n/languages';
import type { LookupDefaults } from '../../lookup/lookup-config';
import type { PublicLookupService } from '../../settings/lookup-settings';
import type { PhoneProvider, Settings } from '../../settings/settings';
import { Button } from '../parts/Button';
import { CareSoftSetup } from '../parts/CareSoftSetup';
import { Choices } from '../parts/Choices';
import { LookupSetup } from '../parts/LookupSetup';
import { ActionBar, Field, Heading, Muted, Screen } from '../parts/layout';
import { OpenPhoneSetup } from '../parts/OpenPhoneSetup';
import { TeammatesSetup } from '../parts/TeammatesSetup';
import { TextTemplatesSetup } from '../parts/TextTemplatesSetup';
import { type SettingsSection, SettingsSections } from '../unsaved-settings';
import { useTranslation } from '../use-translation';

interface Props {
  settings: Settings;
  provider: PhoneProvider;
  adminLookup: LookupDefaults;
  demoLookup: PublicLookupService | null;
  /**
   * Done: the settings with everything the agent changed here, and whether the CsCall
   * login in them was confirmed here for the details they hold.
   */
  onSave: (settings: Settings, loginConfirmed: boolean) => void;
  onClose: () => void;
  now?: () => number;
}

const providers: { value: PhoneProvider; label: string }[] = [
  { value: 'openPhone', label: 'OpenPhone' },
  { value: 'careSoft', label: 'CareSoft CsCall' },
];

/** The fields of `after` that differ from `before`: what the agent changed. */
function changedFields(before: Settings, after: Settings): Partial<Settings> {
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => before[key as keyof Settings] !== value),
  );
}

/**
 * One way to save: every field edits a draft of the settings, and Done (or Escape) saves all
 * of it. Lists take rows with Add, but a row typed and not added, a template being written
 * or a field not yet checked is checked and saved by Done too; one that is refused keeps
 * Settings open with its reason next to it, and nothing is saved until all of it can be.
 */
export function SettingsScreen({
  settings,
  provider,
  adminLookup,
  demoLookup,
  onSave,
  onClose,
  now = Date.now,
}: Props) {
  const { t } = useTranslation();
  const sections = useMemo(() => new Map<string, SettingsSection>(), []);
  // The phone app's own fields, shown for one app at a time: switching apps takes them
  // off screen, so what was typed in them is kept first, as Done would keep it.
  const appSections = useMemo(() => new Map<string, SettingsSection>(), []);
  const screen = useRef<HTMLElement>(null);
  // What Settings opened with: Done saves what the agent changed from it onto the settings
  // as they are then (a caller id picked in a call that came meanwhile is kept).
  const [opened] = useState(settings);
  const [draft, setDraft] = useState(settings);
  // Several sections may apply their typed values in one Done: each onto what the others
  // just applied, never onto the draft this render started with.
  const latest = useRef(draft);
  latest.current = draft;
  const change = (next: Settings) => {
    latest.current = { ...latest.current, ...changedFields(draft, next) };
    setDraft(latest.current);
  };
  // Settings speak the language picked here at once, and Done keeps it; should they close
  // some other way, the saved one comes back.
  const savedLanguage = useRef(settings.language);
  savedLanguage.current = settings.language;
  const previewing = useRef(false);
  useEffect(() => {
    if (draft.language === opened.language && !previewing.current) return;
    previewing.current = true;
    setLanguage(draft.language);
  }, [draft.language, opened.language]);
  useEffect(
    () => () => {
      if (previewing.current) setLanguage(savedLanguage.current);
    },
    [],
  );
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    // After a refused Done, the first field that says why takes the focus (and scrolls in).
    if (refusals > 0) screen.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  /** Keeps what is typed in these sections; false, with the reason on screen, when refused. */
  const keepTyped = (from: SettingsSection[]): boolean => {
    const applied = from.filter((s) => s.dirty).map((s) => s.apply());
    if (applied.every(Boolean)) return true;
    setRefusals((count) => count + 1);
    return false;
  };
  const done = () => {
    if (!keepTyped([...sections.values(), ...appSections.values()])) return;
    const changed = changedFields(opened, latest.current);
    if (Object.keys(changed).length > 0) {
      // The CsCall section only keeps a login confirmed for the details it holds.
      onSave({ ...settings, ...changed }, changed.careSoft?.loggedIn === true);
    }
    onClose();
  };
  const shownProvider = draft.provider ?? provider;
  return (
    <SettingsSections value={sections}>
      <Screen
        ref={screen}
        aria-labelledby="settings-heading"
        onKeyDown={(event) => {
          // Escape leaves Settings the one way there is: what was typed is saved, or kept
          // on screen with its reason.
          if (event.key === 'Escape' && !event.defaultPrevented) {
            event.preventDefault();
            done();
          }
        }}
      >
        <Heading id="settings-heading">{t('settings.heading')}</Heading>
        <Muted>{t('settings.intro')}</Muted>
        <Field>
          <label htmlFor="language">{t('settings.language')}</label>
          <select
            id="language"
            value={draft.language ?? ''}
            onChange={(event) => {
              const chosen = event.target.value;
              change({ ...draft, language: isLanguage(chosen) ? chosen : null });
            }}
          >
            <option value="">
              {t('settings.languageAuto', { name: languageNames[browserLanguage()] })}
            </option>
            {languages.map((language) => (
              // Each name in its own language, so anyone can find theirs.
              <option key={language} value={language} lang={language}>
                {languageNames[language]}
              </option>
            ))}
          </select>
        </Field>
        <Choices>
          <legend>{t('settings.phoneApp')}</legend>
          {providers.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name="provider"
                value={option.value}
                checked={shownProvider === option.value}
                onChange={() => {
                  // A refused row stays on screen with its reason, and so does its app.
                  if (keepTyped([...appSections.values()])) {
                    change({ ...draft, provider: option.value });
                  }
                }}
              />
              {option.label}
            </label>
          ))}
        </Choices>
        <SettingsSections value={appSections}>
          {shownProvider === 'careSoft' ? (
            <CareSoftSetup
              careSoft={draft.careSoft}
              now={now}
              onChange={(careSoft) => change({ ...draft, careSoft })}
            />
          ) : (
            <>
              <OpenPhoneSetup settings={draft} onChange={change} />
              <TextTemplatesSetup settings={draft} onChange={change} />
              <TeammatesSetup settings={draft} onChange={change} />
            </>
          )}
        </SettingsSections>
        <LookupSetup
          lookup={draft.lookup}
          admin={adminLookup}
          demoLookup={demoLookup}
          onChange={(lookup) => change({ ...draft, lookup })}
        />
        <ActionBar>
          <Button $tone="primary" $wide onClick={done}>
            {t('settings.done')}
          </Button>
        </ActionBar>
      </Screen>
    </SettingsSections>
  );
}
