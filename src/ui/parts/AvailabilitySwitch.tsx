import { useTranslation } from '../use-translation';
import { Field } from './layout';

/** Available: HubSpot may route inbound calls to this agent (`userAvailable`); away: not. */
export function AvailabilitySwitch({
  available,
  onChange,
}: {
  available: boolean;
  onChange: (available: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field>
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={available}
          aria-checked={available}
          onChange={(event) => onChange(event.target.checked)}
        />{' '}
        {t('availability.label')}
      </label>
    </Field>
  );
}
