import { type FormEvent, useState } from 'react';
import type { Settings } from '../../settings/settings';
import { maxTeammates, teammateNameProblem } from '../../settings/teammates';
import type { HandoffKit } from '../../widget/handoff-kit';
import { Button } from './Button';
import { ErrorText, Field, Heading, Muted } from './layout';
import { SettingsList } from './SettingsList';

interface Props {
  settings: Settings;
  kit: HandoffKit;
  onSave: (settings: Settings) => void;
}

/** People the agent can bring into OpenPhone group calls and texts (issue 8). */
export function TeammatesSetup({ settings, kit, onSave }: Props) {
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
      setProblem(`${read.display} is already in the list.`);
      return;
    }
    if (teammates.length >= maxTeammates) {
      setProblem(
        `Keep at most ${maxTeammates} teammates: a group holds the contact and ${maxTeammates} more.`,
      );
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
        Teammates
      </Heading>
      <Muted>
        People to bring into group calls and texts: their OpenPhone direct number (@…) or their
        phone number with its country code.
      </Muted>
      {teammates.length > 0 && (
        <SettingsList aria-label="Teammates" style={{ marginTop: 8 }}>
          {teammates.map((mate) => (
            <li key={mate.number}>
              <span>
                {mate.name} · {mate.number}
              </span>
              <Button
                aria-label={`Remove ${mate.name}`}
                onClick={() =>
                  onSave({
                    ...settings,
                    teammates: teammates.filter((other) => other.number !== mate.number),
                  })
                }
              >
                Remove
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
          <label htmlFor="teammate-name">Teammate's name</label>
          <input
            id="teammate-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field>
          <label htmlFor="teammate-number">Teammate's number</label>
          <input
            id="teammate-number"
            value={number}
            inputMode="tel"
            placeholder="@9997934326 or +1 410 555 0134"
            onChange={(event) => setNumber(event.target.value)}
          />
        </Field>
        {problem !== null && <ErrorText role="alert">{problem}</ErrorText>}
        <Button type="submit">Add teammate</Button>
      </form>
    </section>
  );
}
