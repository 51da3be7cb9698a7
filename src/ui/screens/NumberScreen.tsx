import { type FormEvent, useState } from 'react';
import type { DialRequest, InvalidNumber } from '../../call/dial';
import { Button, ButtonRow } from '../parts/Button';
import { calleeDescription } from '../parts/CalleeSummary';
import { ErrorText, Field, Heading, Muted, Screen } from '../parts/layout';

interface Props {
  dial: DialRequest;
  number: InvalidNumber;
  onCorrect: (text: string) => Promise<string | null>;
  onCancel: () => void;
}

/** HubSpot's number could not be read: the agent fixes it, and no bad link is ever made. */
export function NumberScreen({ dial, number, onCorrect, onCancel }: Props) {
  const [text, setText] = useState(number.given);
  const [problem, setProblem] = useState<string | null>(number.reason);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(await onCorrect(text));
  };

  return (
    <Screen aria-labelledby="number-heading">
      <Heading id="number-heading">Check the number</Heading>
      <Muted>
        HubSpot sent “{number.given}” for {calleeDescription(dial).toLowerCase()}. Correct it to
        hand the call to your phone.
      </Muted>
      <form onSubmit={submit}>
        <Field>
          <label htmlFor="corrected-number">Phone number</label>
          <input
            id="corrected-number"
            value={text}
            inputMode="tel"
            autoComplete="off"
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : 'number-problem'}
            onChange={(event) => setText(event.target.value)}
          />
          {problem !== null && (
            <ErrorText id="number-problem" role="alert">
              {problem}
            </ErrorText>
          )}
        </Field>
        <ButtonRow style={{ marginTop: 12 }}>
          <Button $tone="primary" type="submit">
            Call this number
          </Button>
          <Button $tone="danger" onClick={onCancel}>
            Cancel call
          </Button>
        </ButtonRow>
      </form>
    </Screen>
  );
}
