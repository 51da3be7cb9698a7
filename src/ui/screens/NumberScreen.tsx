import { type FormEvent, useState } from 'react';
import type { DialRequest, InvalidNumber } from '../../call/dial';
import type { Message } from '../../i18n/message';
import { Button, ButtonRow } from '../parts/Button';
import { ErrorText, Field, Heading, Muted, Screen } from '../parts/layout';
import { type Translation, useTranslation } from '../use-translation';

function hint(given: string, dial: DialRequest, t: Translation['t']): string {
  if (dial.callee === undefined) return t('number.hintNoRecord', { given });
  const id = dial.callee.objectId;
  return dial.callee.objectType === 'COMPANY'
    ? t('number.hintCompany', { given, id })
    : t('number.hintContact', { given, id });
}

interface Props {
  dial: DialRequest;
  number: InvalidNumber;
  onCorrect: (text: string) => Promise<Message | null>;
  onCancel: () => void;
}

/** HubSpot's number could not be read: the agent fixes it, and no bad link is ever made. */
export function NumberScreen({ dial, number, onCorrect, onCancel }: Props) {
  const { t, say } = useTranslation();
  const [text, setText] = useState(number.given);
  const [problem, setProblem] = useState<Message | null>(number.reason);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(await onCorrect(text));
  };

  return (
    <Screen aria-labelledby="number-heading">
      <Heading id="number-heading">{t('number.heading')}</Heading>
      <Muted>{hint(number.given, dial, t)}</Muted>
      <form onSubmit={submit}>
        <Field>
          <label htmlFor="corrected-number">{t('number.label')}</label>
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
              {say(problem)}
            </ErrorText>
          )}
        </Field>
        <ButtonRow style={{ marginTop: 12 }}>
          <Button $tone="primary" type="submit">
            {t('number.submit')}
          </Button>
          <Button $tone="danger" onClick={onCancel}>
            {t('handoff.cancel')}
          </Button>
        </ButtonRow>
      </form>
    </Screen>
  );
}
