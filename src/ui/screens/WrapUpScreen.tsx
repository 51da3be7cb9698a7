import { type ReactNode, useMemo } from 'react';
import { callBodyLimit, notesForLog } from '../../call/notes';
import type { CallOutcome } from '../../call/outcome';
import type { CallPhase } from '../../call/state';
import type { MessageKey } from '../../i18n/catalog';
import { Button } from '../parts/Button';
import { EngagementStatus } from '../parts/EngagementStatus';
import { ActionBar, Field, Heading, Muted, Screen } from '../parts/layout';
import { NotesOverLimit } from '../parts/NotesOverLimit';
import { OutcomeChoices } from '../parts/OutcomeChoices';
import { useTranslation } from '../use-translation';

const endedHow = {
  COMPLETED: 'wrapUp.ended.COMPLETED',
  NO_ANSWER: 'wrapUp.ended.NO_ANSWER',
  BUSY: 'wrapUp.ended.BUSY',
  CANCELED: 'wrapUp.ended.CANCELED',
  FAILED: 'wrapUp.ended.FAILED',
  MISSED: 'wrapUp.ended.MISSED',
  REJECTED: 'wrapUp.ended.REJECTED',
} as const satisfies Record<string, MessageKey>;

// The counter shows once the notes take this share of what HubSpot keeps.
const notesCounterFrom = 0.9;

interface Props {
  phase: Extract<CallPhase, { status: 'wrapUp' }>;
  onChooseOutcome: (outcome: CallOutcome) => void;
  onEditNotes: (notes: string) => void;
  onSave: () => void;
  caller?: ReactNode;
  /** "Send a text" after the call, when the agent's phone app can (OpenPhone). */
  followUp?: ReactNode;
  /** The admin's `?sync=on`: duration and recording come from the phone, not this widget. */
  phoneSync?: boolean;
}

export function WrapUpScreen({
  phase,
  onChooseOutcome,
  onEditNotes,
  onSave,
  caller,
  followUp,
  phoneSync = false,
}: Props) {
  const { t, duration, count } = useTranslation();
  const forLog = useMemo(() => notesForLog(phase.notes), [phase.notes]);
  const nearLimit = forLog.used >= callBodyLimit * notesCounterFrom;
  // Saved, and waiting for HubSpot's engagement id: what was saved can no longer change.
  const saving = phase.savingSince !== null;
  const talked = phase.answeredAt === null ? null : phase.endedAt - phase.answeredAt;
  return (
    <Screen aria-labelledby="wrapup-heading">
      <Heading id="wrapup-heading">{t('wrapUp.heading')}</Heading>
      <Muted>
        {t(endedHow[phase.endStatus])} · {phase.call.to.display}
        {talked === null ? '' : ` · ${duration(talked)}`}
      </Muted>
      {phoneSync && <Muted>{t('wrapUp.phoneSync')}</Muted>}
      {caller}
      <OutcomeChoices
        name="outcome"
        chosen={phase.outcome}
        disabled={saving}
        onChoose={onChooseOutcome}
      />
      <Field>
        <label htmlFor="call-notes">{t('wrapUp.notes')}</label>
        <textarea
          id="call-notes"
          rows={5}
          readOnly={saving}
          value={phase.notes}
          aria-describedby={nearLimit ? 'notes-count' : undefined}
          onChange={(event) => onEditNotes(event.target.value)}
        />
        {nearLimit && (
          <Muted id="notes-count">
            {t('wrapUp.notesCount', { used: count(forLog.used), limit: count(callBodyLimit) })}
          </Muted>
        )}
      </Field>
      <NotesOverLimit over={forLog.over} id="notes-not-logged" />
      {followUp}
      <ActionBar>
        <Button $tone="primary" $wide onClick={onSave} disabled={saving}>
          {t('wrapUp.save')}
        </Button>
        {saving && <Muted role="status">{t('wrapUp.saving')}</Muted>}
        <EngagementStatus engagement={phase.call.engagement} />
      </ActionBar>
    </Screen>
  );
}
