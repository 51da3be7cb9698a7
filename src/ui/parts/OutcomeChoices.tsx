import type { CallOutcome } from '../../call/outcome';
import { callOutcomes } from '../../call/outcome';
import { outcomeLabelKeys } from '../outcome-labels';
import { useTranslation } from '../use-translation';
import { Choices } from './Choices';
import { Field } from './layout';

/** The outcome radio group of the wrap-up and of a recalled call: one list, one wording. */
export function OutcomeChoices({
  name,
  chosen,
  disabled = false,
  onChoose,
}: {
  name: string;
  chosen: CallOutcome | null;
  disabled?: boolean;
  onChoose: (outcome: CallOutcome) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field>
      <Choices>
        <legend>{t('wrapUp.outcome')}</legend>
        {callOutcomes.map((outcome) => (
          <label key={outcome}>
            <input
              type="radio"
              name={name}
              value={outcome}
              disabled={disabled}
              checked={chosen === outcome}
              onChange={() => onChoose(outcome)}
            />
            {t(outcomeLabelKeys[outcome])}
          </label>
        ))}
      </Choices>
    </Field>
  );
}
