import { type Message, message } from '../../i18n/message';
import { maxCallerIds, type Settings } from '../../settings/settings';
import { callerIdText } from '../caller-id-text';
import { useHandoffKit } from '../handoff-kit-context';
import { useTranslation } from '../use-translation';
import { Field, Muted } from './layout';
import { NumberListEditor } from './NumberListEditor';

interface Props {
  settings: Settings;
  /** Puts a change in Settings' draft, which Done saves. */
  onChange: (settings: Settings) => void;
}

/** The agent's OpenPhone caller ids and whether links dial at once. */
export function OpenPhoneSetup({ settings, onChange }: Props) {
  const kit = useHandoffKit();
  const { t } = useTranslation();

  const add = (typed: string): Message | null => {
    const checked = kit.normaliseCallerId(typed);
    if (checked.kind === 'invalid') return checked.reason;
    if (settings.callerIds.includes(checked.e164)) {
      return message('openPhone.duplicate', { number: checked.display });
    }
    if (settings.callerIds.length >= maxCallerIds) {
      return message('openPhone.tooMany', { max: maxCallerIds });
    }
    onChange({ ...settings, callerIds: [...settings.callerIds, checked.e164] });
    return null;
  };

  const remove = (id: string) =>
    onChange({
      ...settings,
      callerIds: settings.callerIds.filter((other) => other !== id),
      lastCallerId: settings.lastCallerId === id ? null : settings.lastCallerId,
    });

  return (
    <>
      <Muted>{t('openPhone.intro')}</Muted>
      <NumberListEditor
        items={settings.callerIds}
        keyOf={(id) => id}
        show={(id) => callerIdText(kit, id)}
        listLabel={t('openPhone.list')}
        removeLabel={(id) => t('openPhone.removeName', { number: callerIdText(kit, id) })}
        removeText={t('openPhone.remove')}
        onRemove={remove}
        field={{
          id: 'new-caller-id',
          label: t('openPhone.number'),
          placeholder: '+1 323 999 1234',
          addText: t('openPhone.add'),
        }}
        onAdd={add}
      />
      <Field>
        <label>
          <input
            type="checkbox"
            checked={settings.autoDial}
            onChange={(event) => onChange({ ...settings, autoDial: event.target.checked })}
          />{' '}
          {t('openPhone.autoDial')}
        </label>
      </Field>
    </>
  );
}
