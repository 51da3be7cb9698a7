import styled from 'styled-components';
import type { CallId } from '../../call/ids';
import type { CallerEntry } from '../../lookup/lookup-schemas';
import type { EffectiveLookup } from '../../settings/lookup-settings';
import type { CallerLookupState, WorkflowRun } from '../../widget/widget-state';
import { colors } from '../theme';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { Choices } from './Choices';
import { ErrorText, Muted, ownScroll } from './layout';

const Card = styled.section`
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding: 10px;
  border: 1px solid ${colors.border};
  border-radius: 4px;
  background: ${colors.surface};
  font-size: 13px;
  flex-shrink: 0;
  ${ownScroll(180)}
  h2 {
    margin: 0;
    font-size: 15px;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  img {
    width: 18px;
    height: 18px;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 8px;
    margin: 0;
  }
  dt {
    color: ${colors.muted};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

const Links = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 10px;
  a {
    color: ${colors.focus};
  }
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
`;

interface Props {
  callId: CallId;
  lookup: EffectiveLookup;
  state: CallerLookupState | null;
  workflows: WorkflowRun[];
  onChoose: (index: number) => void;
  onRunWorkflow: (name: string) => void;
}

function WorkflowStatus({ run }: { run: WorkflowRun }) {
  const { t } = useTranslation();
  if (run.status === 'running') {
    return <Muted role="status">{t('caller.running', { name: run.name })}</Muted>;
  }
  const { result } = run;
  switch (result.kind) {
    case 'done':
      return (
        <Muted role="status">
          {t('caller.done', { name: run.name })}{' '}
          {result.url !== null && (
            <a href={result.url} target="_blank" rel="noopener noreferrer">
              {t('caller.openResult')}
            </a>
          )}
        </Muted>
      );
    case 'aborted':
      return null;
    default:
      return (
        <ErrorText role="alert">
          {t('caller.workflowFailed', { name: run.name, message: result.problem })}
        </ErrorText>
      );
  }
}

function EntryCard({
  entry,
  workflows,
  onRunWorkflow,
}: {
  entry: CallerEntry;
  workflows: WorkflowRun[];
  onRunWorkflow: (name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2>
        {entry.crmLogo !== null && (
          <img
            src={entry.crmLogo}
            alt={entry.crmName ?? 'CRM'}
            title={entry.crmName ?? undefined}
          />
        )}
        {entry.name}
      </h2>
      {entry.company !== null && <span>{entry.company}</span>}
      {(entry.contactUri !== null || entry.companyUri !== null) && (
        <Links>
          {entry.contactUri !== null && (
            <a href={entry.contactUri} target="_blank" rel="noopener noreferrer">
              {t('caller.contactPage')}
            </a>
          )}
          {entry.companyUri !== null && (
            <a href={entry.companyUri} target="_blank" rel="noopener noreferrer">
              {t('caller.companyPage')}
            </a>
          )}
        </Links>
      )}
      {entry.customData.length > 0 && (
        <dl>
          {entry.customData.map((datum, index) => (
            // Keys may repeat in a service's answer; their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <div key={index} style={{ display: 'contents' }}>
              <dt>{datum.key}</dt>
              <dd>{datum.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {entry.crmActions.length > 0 && (
        <Actions>
          {entry.crmActions.map((name) => (
            <Button
              key={name}
              disabled={workflows.some((run) => run.name === name && run.status === 'running')}
              onClick={() => onRunWorkflow(name)}
            >
              {name}
            </Button>
          ))}
        </Actions>
      )}
    </>
  );
}

/** Who the number belongs to, from the customer's phone lookup service (docs/contracts.md, lookup service). */
export function CallerPanel({ callId, lookup, state, workflows, onChoose, onRunWorkflow }: Props) {
  const { t, count } = useTranslation();
  const name = t('caller.name');
  if (lookup.status === 'off') return null;
  if (lookup.status === 'invalid') {
    return (
      <Card aria-label={name}>
        <Muted>{t('caller.notSetUp', { problem: lookup.problems[0]?.problem ?? '' })}</Muted>
      </Card>
    );
  }
  if (state === null || state.callId !== callId || state.status === 'looking') {
    return (
      <Card aria-label={name}>
        <Muted role="status">{t('caller.looking')}</Muted>
      </Card>
    );
  }
  const { result } = state;
  const runs = workflows.filter((run) => run.callId === callId);
  switch (result.kind) {
    case 'matches': {
      const chosen = state.chosen === null ? null : (result.entries[state.chosen] ?? null);
      return (
        <Card aria-label={name}>
          {result.entries.length > 1 && (
            <Choices>
              <legend>{t('caller.several')}</legend>
              {result.entries.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: entries keep the service's order
                <label key={index}>
                  <input
                    type="radio"
                    name="caller-entry"
                    checked={state.chosen === index}
                    onChange={() => onChoose(index)}
                  />
                  {entry.company === null ? entry.name : `${entry.name} · ${entry.company}`}
                </label>
              ))}
            </Choices>
          )}
          {chosen !== null && (
            <EntryCard entry={chosen} workflows={runs} onRunWorkflow={onRunWorkflow} />
          )}
          {result.nameless > 0 && (
            <Muted>
              {t('caller.nameless', {
                count: result.nameless,
                formatted: count(result.nameless),
              })}
            </Muted>
          )}
          {runs.map((run) => (
            <WorkflowStatus key={run.name} run={run} />
          ))}
        </Card>
      );
    }
    case 'noMatch':
      return (
        <Card aria-label={name}>
          <h2>{t('caller.notFound')}</h2>
        </Card>
      );
    case 'timedOut':
      return (
        <Card aria-label={name}>
          <Muted role="status">{t('caller.failed', { message: result.problem })}</Muted>
        </Card>
      );
    case 'aborted':
      return null;
    default:
      return (
        <Card aria-label={name}>
          <ErrorText role="alert">{t('caller.failed', { message: result.problem })}</ErrorText>
        </Card>
      );
  }
}
