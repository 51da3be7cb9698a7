import type { LookupDefaults } from '../../lookup/lookup-config';
import type { PhoneProvider, Settings } from '../../settings/settings';
import type { HandoffKit } from '../../widget/handoff-kit';
import { Button } from '../parts/Button';
import { CareSoftSetup } from '../parts/CareSoftSetup';
import { Choices } from '../parts/Choices';
import { LookupSetup } from '../parts/LookupSetup';
import { Heading, Screen } from '../parts/layout';
import { OpenPhoneSetup } from '../parts/OpenPhoneSetup';
import { TeammatesSetup } from '../parts/TeammatesSetup';
import { TextTemplatesSetup } from '../parts/TextTemplatesSetup';

interface Props {
  settings: Settings;
  provider: PhoneProvider;
  adminLookup: LookupDefaults;
  demoLookupRoot: string | null;
  kit: HandoffKit;
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
  demoLookupRoot,
  kit,
  onSave,
  onConfirmCareSoftLogin,
  onLogOutOfCareSoft,
  onClose,
  now = Date.now,
}: Props) {
  return (
    <Screen aria-labelledby="settings-heading">
      <Heading id="settings-heading">Settings</Heading>
      <Choices>
        <legend>Phone app</legend>
        {providers.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="provider"
              value={option.value}
              checked={provider === option.value}
              onChange={() => onSave({ ...settings, provider: option.value })}
            />
            {option.label}
          </label>
        ))}
      </Choices>
      {provider === 'careSoft' ? (
        <CareSoftSetup
          careSoft={settings.careSoft}
          kit={kit}
          now={now}
          onSave={(careSoft) => onSave({ ...settings, careSoft })}
          onConfirmLogin={onConfirmCareSoftLogin}
          onLogOut={onLogOutOfCareSoft}
        />
      ) : (
        <>
          <OpenPhoneSetup settings={settings} kit={kit} onSave={onSave} />
          <TextTemplatesSetup settings={settings} onSave={onSave} />
          <TeammatesSetup settings={settings} kit={kit} onSave={onSave} />
        </>
      )}
      <LookupSetup
        lookup={settings.lookup}
        admin={adminLookup}
        demoLookupRoot={demoLookupRoot}
        onSave={(lookup) => onSave({ ...settings, lookup })}
      />
      <Button $tone="primary" onClick={onClose}>
        Done
      </Button>
    </Screen>
  );
}
