import { type FormEvent, useState } from 'react';
import type { Settings } from '../../settings/settings';
import { maxTeammates, teammateNameProblem } from '../../settings/teammates';
import { useHandoffKit } from '../handoff-kit-context';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { ErrorText, Field, Heading, Muted } from './layout';
import { SettingsList } from './SettingsList';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => void;
}

/** People the agent can bring into OpenPhone group calls and texts (issue 8). */
export function TeammatesSetup({ settings, onSave }: Props) {
  const kit = useHandoffKit();
  const { t, count } = useTranslation();
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { teammates } = settings;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const nameIssue = teammateNameProblem(name);
    if (nameIssue !== null) {
      setProblem(nameIssue);
      return;
    }
    const read = kit.readGroupNumber(number);
    if (read.kind === 'invalid') {
      setProblem(read.reason);
      return;
    }
    if (teammates.some((mate) => mate.number === read.number)) {
      setProblem(t('teammates.duplicate', { number: read.display }));
      return;
    }
    if (teammates.length >= maxTeammates) {
      setProblem(t('teammates.tooMany', { max: count(maxTeammates) }));
      return;
    }
    setProblem(null);
    setName('');
    setNumber('');
    onSave({ ...settings, teammates: [...teammates, { name: name.trim(), number: read.number }] });
  };

  return (
    <section aria-labelledby="teammates-heading">
      <Heading as="h2" id="teammates-heading">
        {t('teammates.heading')}
      </Heading>
      <Muted>{t('teammates.intro')}</Muted>
      {teammates.length > 0 && (
        <SettingsList aria-label={t('teammates.list')} style={{ marginTop: 8 }}>
          {teammates.map((mate) => (
            <li key={mate.number}>
              <span>
                {mate.name} · {mate.number}
              </span>
              <Button
                aria-label={t('teammates.removeName', { name: mate.name })}
                onClick={() =>
                  onSave({
                    ...settings,
                    teammates: teammates.filter((other) => other.number !== mate.number),
                  })
                }
              >
                {t('teammates.remove')}
              </Button>
            </li>
          ))}
        </SettingsList>
      )}
      <form
        onSubmit={add}
        style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 8 }}
      >
        <Field>
          <label htmlFor="teammate-name">{t('teammates.name')}</label>
          <input
            id="teammate-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field>
          <label htmlFor="teammate-number">{t('teammates.number')}</label>
          <input
            id="teammate-number"
            value={number}
            inputMode="tel"
            placeholder={t('teammates.numberExample')}
            onChange={(event) => setNumber(event.target.value)}
          />
        </Field>
        {problem !== null && <ErrorText role="alert">{problem}</ErrorText>}
        <Button type="submit">{t('teammates.add')}</Button>
      </form>
    </section>
  );
}
