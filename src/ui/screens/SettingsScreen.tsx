import { useMemo, useRef } from 'react';
import { browserLanguage } from '../../i18n/i18n';
import { isLanguage, languageNames, languages } from '../../i18n/languages';
import type { LookupDefaults } from '../../lookup/lookup-config';
import type { PublicLookupService } from '../../settings/lookup-settings';
import type { PhoneProvider, Settings } from '../../settings/settings';
import { Button } from '../parts/Button';
import { CareSoftSetup } from '../parts/CareSoftSetup';
import { Choices } from '../parts/Choices';
import { LookupSetup } from '../parts/LookupSetup';
import { Field, Heading, Screen } from '../parts/layout';
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
  onSave: (settings: Settings) => void;
  onConfirmCareSoftLogin: () => void;
  onLogOutOfCareSoft: () => void;
  onClose: () => void;
  now?: () => number;
}

const providers: { value: PhoneProvider; label: string }[] = [
  { value: 'openPhone', label: 'OpenPhone' },
  { value: 'careSoft', label: 'CareSoft CsCall' },
];

export function SettingsScreen({
  settings,
  provider,
  adminLookup,
  demoLookup,
  onSave,
  onConfirmCareSoftLogin,
  onLogOutOfCareSoft,
  onClose,
  now = Date.now,
}: Props) {
  const { t } = useTranslation();
  const sections = useMemo(() => new Map<string, SettingsSection>(), []);
  // Several sections may save in one Done: each saves onto what the others just saved,
  // never onto the settings this render started with.
  const latest = useRef(settings);
  latest.current = settings;
  const save = (next: Settings) => {
    const changed = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => settings[key as keyof Settings] !== value),
    );
    latest.current = { ...latest.current, ...changed };
    onSave(latest.current);
  };
  // Done saves what was typed and not saved; a refused value keeps Settings open, its
  // section saying why.
  const done = () => {
    const saved = [...sections.values()].filter((s) => s.dirty).map((s) => s.save());
    if (saved.every(Boolean)) onClose();
  };
  return (
    <SettingsSections value={sections}>
      <Screen aria-labelledby="settings-heading">
        <Heading id="settings-heading">{t('settings.heading')}</Heading>
        <Field>
          <label htmlFor="language">{t('settings.language')}</label>
          <select
            id="language"
            value={settings.language ?? ''}
            onChange={(event) => {
              const chosen = event.target.value;
              save({ ...settings, language: isLanguage(chosen) ? chosen : null });
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
                checked={provider === option.value}
                onChange={() => save({ ...settings, provider: option.value })}
              />
              {option.label}
            </label>
          ))}
        </Choices>
        {provider === 'careSoft' ? (
          <CareSoftSetup
            careSoft={settings.careSoft}
            now={now}
            onSave={(careSoft) => save({ ...settings, careSoft })}
            onConfirmLogin={onConfirmCareSoftLogin}
            onLogOut={onLogOutOfCareSoft}
          />
        ) : (
          <>
            <OpenPhoneSetup settings={settings} onSave={save} />
            <TextTemplatesSetup settings={settings} onSave={save} />
            <TeammatesSetup settings={settings} onSave={save} />
          </>
        )}
        <LookupSetup
          lookup={settings.lookup}
          admin={adminLookup}
          demoLookup={demoLookup}
          onSave={(lookup) => save({ ...settings, lookup })}
        />
        <Button $tone="primary" onClick={done}>
          {t('settings.done')}
        </Button>
      </Screen>
    </SettingsSections>
  );
}
