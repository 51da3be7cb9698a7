import { type FormEvent, type ReactNode, useState } from 'react';
import styled from 'styled-components';
import type { Message } from '../../i18n/message';
import { useSettingsSection } from '../unsaved-settings';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { ErrorText, Field } from './layout';
import { SettingsList } from './SettingsList';

const Row = styled.div`
  display: flex;
  gap: 6px;
  input {
    flex: 1;
    min-width: 0;
  }
`;

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: 8px;
`;

interface Props<T> {
  /** What is in the list now, each with a Remove button. */
  items: readonly T[];
  keyOf: (item: T) => string;
  show: (item: T) => ReactNode;
  listLabel: string;
  removeLabel: (item: T) => string;
  removeText: string;
  onRemove: (item: T) => void;
  /** The number field: its id, label, example and the Add button's word. */
  field: { id: string; label: string; placeholder: string; addText: string };
  /** Checks and adds what was typed: null once added (the field empties), else why not. */
  onAdd: (typed: string) => Message | null;
  /** Fields filled in before the number (a teammate's name). */
  before?: ReactNode;
  /** Those fields hold something typed: Done adds the row, or says what is missing. */
  beforeTyped?: boolean;
}

/**
 * A list of phone numbers the agent adds to and removes from: caller ids and teammates in
 * Settings, other people in a group call. Each form checks what is typed its own way.
 */
export function NumberListEditor<T>({
  items,
  keyOf,
  show,
  listLabel,
  removeLabel,
  removeText,
  onRemove,
  field,
  onAdd,
  before,
  beforeTyped = false,
}: Props<T>) {
  const [draft, setDraft] = useState('');
  const { say } = useTranslation();
  const [problem, setProblem] = useState<Message | null>(null);
  const problemId = `${field.id}-problem`;

  const addDraft = (): boolean => {
    const refused = onAdd(draft);
    setProblem(refused);
    if (refused === null) setDraft('');
    return refused === null;
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    addDraft();
  };
  // In Settings, a row typed but not added is added by Done, or refused with its reason.
  useSettingsSection(field.id, { dirty: draft.trim() !== '' || beforeTyped, apply: addDraft });

  return (
    <Stack>
      {items.length > 0 && (
        <SettingsList aria-label={listLabel}>
          {items.map((item) => (
            <li key={keyOf(item)}>
              <span>{show(item)}</span>
              <Button aria-label={removeLabel(item)} onClick={() => onRemove(item)}>
                {removeText}
              </Button>
            </li>
          ))}
        </SettingsList>
      )}
      <Stack as="form" onSubmit={add}>
        {before}
        <Field>
          <label htmlFor={field.id}>{field.label}</label>
          <Row>
            <input
              id={field.id}
              value={draft}
              inputMode="tel"
              placeholder={field.placeholder}
              aria-invalid={problem !== null}
              aria-describedby={problem === null ? undefined : problemId}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button type="submit">{field.addText}</Button>
          </Row>
          {problem !== null && (
            <ErrorText id={problemId} role="alert">
              {say(problem)}
            </ErrorText>
          )}
        </Field>
      </Stack>
    </Stack>
  );
}
