import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { maxCallerIds, type Settings } from '../../settings/settings';
import type { HandoffKit } from '../../widget/handoff-kit';
import { colors } from '../theme';
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
  kit: HandoffKit;
  onSave: (settings: Settings) => void;
}

/** The agent's OpenPhone caller ids and whether links dial at once. */
export function OpenPhoneSetup({ settings, kit, onSave }: Props) {
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
      setProblem(`${checked.display} is already in the list.`);
      return;
    }
    if (settings.callerIds.length >= maxCallerIds) {
      setProblem(`Keep at most ${maxCallerIds} caller ids.`);
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
      <Muted>
        Your OpenPhone numbers to call from. With none, OpenPhone uses the number selected in the
        app.
      </Muted>
      {settings.callerIds.length > 0 && (
        <List aria-label="Caller ids">
          {settings.callerIds.map((id) => (
            <li key={id}>
              {id}
              <Button aria-label={`Remove ${id}`} onClick={() => remove(id)}>
                Remove
              </Button>
            </li>
          ))}
        </List>
      )}
      <form onSubmit={add}>
        <Field>
          <label htmlFor="new-caller-id">OpenPhone number</label>
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
            <Button type="submit">Add</Button>
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
          Dial at once when the link opens
        </label>
      </Field>
    </>
  );
}
