import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { maxCallerIds, type Settings } from '../../settings/settings';
import { useHandoffKit } from '../handoff-kit-context';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { ErrorText, Field, Muted } from './layout';

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: 6px;
  li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    padding: 4px 4px 4px 8px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
  }
`;

const Row = styled.div`
  display: flex;
  gap: 6px;
  input {
    flex: 1;
    min-width: 0;
  }
`;

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => void;
}

/** The agent's OpenPhone caller ids and whether links dial at once. */
export function OpenPhoneSetup({ settings, onSave }: Props) {
  const kit = useHandoffKit();
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const checked = kit.normaliseCallerId(draft);
    if (checked.kind === 'invalid') {
      setProblem(checked.reason);
      return;
    }
    if (settings.callerIds.includes(checked.e164)) {
      setProblem(t('openPhone.duplicate', { number: checked.display }));
      return;
    }
    if (settings.callerIds.length >= maxCallerIds) {
      setProblem(t('openPhone.tooMany', { max: maxCallerIds }));
      return;
    }
    setProblem(null);
    setDraft('');
    onSave({ ...settings, callerIds: [...settings.callerIds, checked.e164] });
  };

  const remove = (id: string) =>
    onSave({
      ...settings,
      callerIds: settings.callerIds.filter((other) => other !== id),
      lastCallerId: settings.lastCallerId === id ? null : settings.lastCallerId,
    });

  return (
    <>
      <Muted>{t('openPhone.intro')}</Muted>
      {settings.callerIds.length > 0 && (
        <List aria-label={t('openPhone.list')}>
          {settings.callerIds.map((id) => (
            <li key={id}>
              {id}
              <Button
                aria-label={t('openPhone.removeName', { number: id })}
                onClick={() => remove(id)}
              >
                {t('openPhone.remove')}
              </Button>
            </li>
          ))}
        </List>
      )}
      <form onSubmit={add}>
        <Field>
          <label htmlFor="new-caller-id">{t('openPhone.number')}</label>
          <Row>
            <input
              id="new-caller-id"
              value={draft}
              inputMode="tel"
              placeholder="+1 323 999 1234"
              aria-invalid={problem !== null}
              aria-describedby={problem === null ? undefined : 'caller-id-problem'}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button type="submit">{t('openPhone.add')}</Button>
          </Row>
          {problem !== null && (
            <ErrorText id="caller-id-problem" role="alert">
              {problem}
            </ErrorText>
          )}
        </Field>
      </form>
      <Field>
        <label>
          <input
            type="checkbox"
            checked={settings.autoDial}
            onChange={(event) => onSave({ ...settings, autoDial: event.target.checked })}
          />{' '}
          {t('openPhone.autoDial')}
        </label>
      </Field>
    </>
  );
}
