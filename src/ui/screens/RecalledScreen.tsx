import { useMemo } from 'react';
import { notesForLog } from '../../call/notes';
import type { CallOutcome } from '../../call/outcome';
import type { CallPhase } from '../../call/state';
import { Button } from '../parts/Button';
import { ActionBar, Field, Heading, Muted, Screen } from '../parts/layout';
import { NotesOverLimit } from '../parts/NotesOverLimit';
import { OutcomeChoices } from '../parts/OutcomeChoices';
import { useTranslation } from '../use-translation';

interface Props {
  phase: Extract<CallPhase, { status: 'recalled' }>;
  onChooseOutcome: (outcome: CallOutcome) => void;
  onEditNotes: (notes: string) => void;
  onSave: () => void;
  onDismiss: () => void;
}

/**
 * The call HubSpot's handshake named after a reload that kept nothing of it: the wrap-up of
 * a call whose number and length are gone, logged on HubSpot's engagement or left as is.
 */
export function RecalledScreen({ phase, onChooseOutcome, onEditNotes, onSave, onDismiss }: Props) {
  const { t } = useTranslation();
  const forLog = useMemo(() => notesForLog(phase.notes), [phase.notes]);
  return (
    <Screen aria-labelledby="recalled-heading">
      <Heading id="recalled-heading">{t('recalled.heading')}</Heading>
      <Muted>{t('recalled.why')}</Muted>
      <OutcomeChoices name="recalled-outcome" chosen={phase.outcome} onChoose={onChooseOutcome} />
      <Field>
        <label htmlFor="recalled-notes">{t('wrapUp.notes')}</label>
        <textarea
          id="recalled-notes"
          rows={5}
          value={phase.notes}
          onChange={(event) => onEditNotes(event.target.value)}
        />
      </Field>
      <NotesOverLimit over={forLog.over} id="recalled-not-logged" />
      <ActionBar>
        <Button $tone="primary" $wide onClick={onSave}>
          {t('recalled.save')}
        </Button>
        <Button $wide onClick={onDismiss} aria-describedby="recalled-dismiss-means">
          {t('recalled.dismiss')}
        </Button>
        <Muted id="recalled-dismiss-means">{t('recalled.dismissMeans')}</Muted>
      </ActionBar>
    </Screen>
  );
}
