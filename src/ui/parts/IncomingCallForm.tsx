import { type FormEvent, useState } from 'react';
import type { Message } from '../../i18n/message';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { ErrorText, Field } from './layout';

/**
 * Calls that ring on the agent's phone (OpenPhone, or CsCall with mobile answering on)
 * are logged from here: the number is checked like an outbound one.
 */
export function IncomingCallForm({ onLog }: { onLog: (text: string) => Promise<Message | null> }) {
  const { t, say } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Message | null>(null);
  const problem = refusal === null ? null : say(refusal);

  if (!open) {
    return <Button onClick={() => setOpen(true)}>{t('incomingForm.open')}</Button>;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(await onLog(text));
  };

  return (
    <form onSubmit={submit} aria-label={t('incomingForm.name')}>
      <Field>
        <label htmlFor="incoming-number">{t('incomingForm.number')}</label>
        <input
          id="incoming-number"
          value={text}
          inputMode="tel"
          autoComplete="off"
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : 'incoming-problem'}
          onChange={(event) => setText(event.target.value)}
        />
        {problem !== null && (
          <ErrorText id="incoming-problem" role="alert">
            {problem}
          </ErrorText>
        )}
      </Field>
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <Button $tone="primary" type="submit">
          {t('incomingForm.submit')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('incomingForm.close')}</Button>
      </div>
    </form>
  );
}
