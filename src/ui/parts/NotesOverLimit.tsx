import { callBodyLimit } from '../../call/notes';
import { useTranslation } from '../use-translation';
import { ErrorText, Field } from './layout';

interface Props {
  /** What HubSpot would not store of the notes (`notesForLog`); nothing shows when empty. */
  over: string;
  /** The read-only copy's id, unique on its screen. */
  id: string;
}

/**
 * The part of the notes past what HubSpot keeps, shown so the agent can copy it: the
 * wrap-up and the recalled call log notes alike.
 */
export function NotesOverLimit({ over, id }: Props) {
  const { t, count } = useTranslation();
  if (over === '') return null;
  return (
    <Field>
      <ErrorText role="alert">
        {t('wrapUp.notesOver', { over: count(over.length), limit: count(callBodyLimit) })}
      </ErrorText>
      <label htmlFor={id}>{t('wrapUp.notesNotLogged')}</label>
      <textarea id={id} readOnly rows={3} value={over} />
    </Field>
  );
}
