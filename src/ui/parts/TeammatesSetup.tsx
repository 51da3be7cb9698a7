import { useState } from 'react';
import { type Message, message } from '../../i18n/message';
import type { Settings } from '../../settings/settings';
import { maxTeammates, type Teammate, teammateNameProblem } from '../../settings/teammates';
import { useHandoffKit } from '../handoff-kit-context';
import { useTranslation } from '../use-translation';
import { Field, Heading, Muted } from './layout';
import { NumberListEditor } from './NumberListEditor';

interface Props {
  settings: Settings;
  /** Puts a change in Settings' draft, which Done saves. */
  onChange: (settings: Settings) => void;
}

/** People the agent can bring into OpenPhone group calls and texts. */
export function TeammatesSetup({ settings, onChange }: Props) {
  const kit = useHandoffKit();
  const { t, count } = useTranslation();
  const [name, setName] = useState('');
  const { teammates } = settings;

  const add = (typed: string): Message | null => {
    const nameIssue = teammateNameProblem(name);
    if (nameIssue !== null) return nameIssue;
    const read = kit.readGroupNumber(typed);
    if (read.kind === 'invalid') return read.reason;
    if (teammates.some((mate) => mate.number === read.number)) {
      return message('teammates.duplicate', { number: read.display });
    }
    if (teammates.length >= maxTeammates) {
      return message('teammates.tooMany', { max: count(maxTeammates) });
    }
    setName('');
    onChange({
      ...settings,
      teammates: [...teammates, { name: name.trim(), number: read.number }],
    });
    return null;
  };

  const remove = (mate: Teammate) =>
    onChange({ ...settings, teammates: teammates.filter((other) => other.number !== mate.number) });

  return (
    <section aria-labelledby="teammates-heading">
      <Heading as="h2" id="teammates-heading">
        {t('teammates.heading')}
      </Heading>
      <Muted>{t('teammates.intro')}</Muted>
      <NumberListEditor
        items={teammates}
        keyOf={(mate) => mate.number}
        show={(mate) => `${mate.name} · ${mate.number}`}
        listLabel={t('teammates.list')}
        removeLabel={(mate) => t('teammates.removeName', { name: mate.name })}
        removeText={t('teammates.remove')}
        onRemove={remove}
        field={{
          id: 'teammate-number',
          label: t('teammates.number'),
          placeholder: t('teammates.numberExample'),
          addText: t('teammates.add'),
        }}
        onAdd={add}
        beforeTyped={name.trim() !== ''}
        before={
          <Field>
            <label htmlFor="teammate-name">{t('teammates.name')}</label>
            <input
              id="teammate-name"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </Field>
        }
      />
    </section>
  );
}
