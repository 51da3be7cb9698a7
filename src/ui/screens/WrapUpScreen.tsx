import styled from 'styled-components';
import type { CallOutcome } from '../../call/outcome';
import { callOutcomes } from '../../call/outcome';
import type { CallPhase } from '../../call/state';
import { outcomeLabels } from '../outcome-labels';
import { Button } from '../parts/Button';
import { formatDuration } from '../parts/CallTimer';
import { EngagementStatus } from '../parts/EngagementStatus';
import { Field, Heading, Muted, Screen } from '../parts/layout';
import { colors } from '../theme';

const Choices = styled.fieldset`
  border: 0;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: 1fr 1fr;
  gap: 6px;
  legend {
    grid-column: 1 / -1;
    padding: 0 0 4px;
  }
  label {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
    font-weight: 400;
    cursor: pointer;
  }
  label:has(input:checked) {
    border-color: ${colors.teal};
    background: ${colors.infoSurface};
  }
  input:focus-visible {
    outline: 2px solid ${colors.focus};
  }
`;

const endedHow: Record<string, string> = {
  COMPLETED: 'Call ended',
  NO_ANSWER: 'No answer',
  BUSY: 'Line busy',
  CANCELED: 'Call ended from HubSpot',
  FAILED: 'Call failed',
};

interface Props {
  phase: Extract<CallPhase, { status: 'wrapUp' }>;
  onChooseOutcome: (outcome: CallOutcome) => void;
  onEditNotes: (notes: string) => void;
  onSave: () => void;
}

export function WrapUpScreen({ phase, onChooseOutcome, onEditNotes, onSave }: Props) {
  const talked = phase.answeredAt === null ? null : phase.endedAt - phase.answeredAt;
  return (
    <Screen aria-labelledby="wrapup-heading">
      <Heading id="wrapup-heading">Log the call</Heading>
      <Muted>
        {endedHow[phase.endStatus]} · {phase.call.to.display}
        {talked === null ? '' : ` · ${formatDuration(talked)}`}
      </Muted>
      <Field>
        <Choices>
          <legend>Outcome</legend>
          {callOutcomes.map((outcome) => (
            <label key={outcome}>
              <input
                type="radio"
                name="outcome"
                value={outcome}
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
          value={phase.notes}
          onChange={(event) => onEditNotes(event.target.value)}
        />
      </Field>
      <Button $tone="primary" $wide onClick={onSave}>
        Save call
      </Button>
      <EngagementStatus engagement={phase.call.engagement} />
    </Screen>
  );
}
