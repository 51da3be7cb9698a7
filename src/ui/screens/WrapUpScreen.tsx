import type { ReactNode } from 'react';
import type { CallOutcome } from '../../call/outcome';
import { callOutcomes } from '../../call/outcome';
import type { CallPhase } from '../../call/state';
import { outcomeLabels } from '../outcome-labels';
import { Button } from '../parts/Button';
import { formatDuration } from '../parts/CallTimer';
import { Choices } from '../parts/Choices';
import { EngagementStatus } from '../parts/EngagementStatus';
import { Field, Heading, Muted, Screen } from '../parts/layout';

const endedHow: Record<string, string> = {
  COMPLETED: 'Call ended',
  NO_ANSWER: 'No answer',
  BUSY: 'Line busy',
  CANCELED: 'Call ended from HubSpot',
  FAILED: 'Call failed',
  MISSED: 'Missed call',
  REJECTED: 'Call declined',
};

interface Props {
  phase: Extract<CallPhase, { status: 'wrapUp' }>;
  onChooseOutcome: (outcome: CallOutcome) => void;
  onEditNotes: (notes: string) => void;
  onSave: () => void;
  caller?: ReactNode;
  /** "Send a text" after the call, when the agent's phone app can (OpenPhone). */
  followUp?: ReactNode;
}

export function WrapUpScreen({
  phase,
  onChooseOutcome,
  onEditNotes,
  onSave,
  caller,
  followUp,
}: Props) {
  // Saved, and waiting for HubSpot's engagement id: what was saved can no longer change.
  const saving = phase.savingSince !== null;
  const talked = phase.answeredAt === null ? null : phase.endedAt - phase.answeredAt;
  return (
    <Screen aria-labelledby="wrapup-heading">
      <Heading id="wrapup-heading">Log the call</Heading>
      <Muted>
        {endedHow[phase.endStatus]} · {phase.call.to.display}
        {talked === null ? '' : ` · ${formatDuration(talked)}`}
      </Muted>
      {caller}
      <Field>
        <Choices>
          <legend>Outcome</legend>
          {callOutcomes.map((outcome) => (
            <label key={outcome}>
              <input
                type="radio"
                name="outcome"
                value={outcome}
                disabled={saving}
                checked={phase.outcome === outcome}
                onChange={() => onChooseOutcome(outcome)}
              />
              {outcomeLabels[outcome]}
            </label>
          ))}
        </Choices>
      </Field>
      <Field>
        <label htmlFor="call-notes">Notes</label>
        <textarea
          id="call-notes"
          rows={5}
          readOnly={saving}
          value={phase.notes}
          onChange={(event) => onEditNotes(event.target.value)}
        />
      </Field>
      {followUp}
      <Button $tone="primary" $wide onClick={onSave} disabled={saving}>
        Save call
      </Button>
      {saving && <Muted role="status">Saving the call to HubSpot…</Muted>}
      <EngagementStatus engagement={phase.call.engagement} />
    </Screen>
  );
}
