import { useState } from 'react';
import { type Message, message } from '../../i18n/message';
import type { LookupDefaults, LookupField, LookupMethod } from '../../lookup/lookup-config';
import {
  effectiveLookup,
  type LookupSettings,
  type PublicLookupService,
} from '../../settings/lookup-settings';
import { useSettingsSection } from '../unsaved-settings';
import { useTranslation } from '../use-translation';
import { ErrorText, Field, Heading, Muted } from './layout';

interface Props {
  lookup: LookupSettings;
  admin: LookupDefaults;
  demoLookup: PublicLookupService | null;
  /** Puts the checked settings in Settings' draft, which Done saves. */
  onChange: (lookup: LookupSettings) => void;
}

/** Why a field was refused, under it, tied to it for screen readers. */
function FieldProblem({ field, problems }: { field: LookupField; problems: Problems }) {
  const { say } = useTranslation();
  const problem = problems.get(field);
  return problem === undefined ? null : (
    <ErrorText id={`lookup-${field}-problem`} role="alert">
      {say(problem)}
    </ErrorText>
  );
}

type Problems = ReadonlyMap<LookupField, Message>;

/** The attributes that mark a field refused and point at its reason. */
const invalid = (field: LookupField, problems: Problems) =>
  problems.has(field)
    ? { 'aria-invalid': true, 'aria-describedby': `lookup-${field}-problem` }
    : {};

/**
 * The customer's phone lookup service (docs/contracts.md, lookup service). Empty fields use the admin's presets from
 * the widget URL, shown as placeholders; the token is always the agent's own.
 */
export function LookupSetup({ lookup, admin, demoLookup, onChange }: Props) {
  const { t } = useTranslation();
  const [rootUrl, setRootUrl] = useState(lookup.rootUrl);
  const [method, setMethod] = useState<LookupMethod | ''>(lookup.method ?? '');
  const [headerName, setHeaderName] = useState(lookup.headerName);
  const [headerValue, setHeaderValue] = useState(lookup.headerValue);
  const [timeout, setTimeoutText] = useState(
    lookup.timeoutMs === null ? '' : String(lookup.timeoutMs),
  );
  const [autoCallFlow, setAutoCallFlow] = useState(lookup.autoCallFlow);
  const [problems, setProblems] = useState<Problems>(new Map());

  const apply = (): boolean => {
    const timeoutMs = timeout.trim() === '' ? null : Number(timeout);
    if (timeoutMs !== null && !Number.isFinite(timeoutMs)) {
      setProblems(new Map([['timeoutMs', message('lookup.timeoutNotNumber')]]));
      return false;
    }
    const draft: LookupSettings = {
      rootUrl: rootUrl.trim(),
      method: method === '' ? null : method,
      headerName: headerName.trim(),
      headerValue: headerValue.trim(),
      timeoutMs,
      autoCallFlow,
    };
    const effective = effectiveLookup(draft, admin, demoLookup);
    if (effective.status === 'invalid') {
      setProblems(new Map(effective.problems.map(({ field, problem }) => [field, problem])));
      return false;
    }
    setProblems(new Map());
    onChange(draft);
    return true;
  };
  const dirty =
    rootUrl.trim() !== lookup.rootUrl ||
    (method === '' ? null : method) !== lookup.method ||
    headerName.trim() !== lookup.headerName ||
    headerValue.trim() !== lookup.headerValue ||
    timeout.trim() !== (lookup.timeoutMs === null ? '' : String(lookup.timeoutMs)) ||
    autoCallFlow !== lookup.autoCallFlow;
  useSettingsSection('lookup', { dirty, apply });
  const moreRefused = ['headerName', 'method', 'timeoutMs'].some((field) =>
    problems.has(field as LookupField),
  );

  return (
    <section aria-labelledby="lookup-heading">
      <Heading as="h2" id="lookup-heading">
        {t('lookup.heading')}
      </Heading>
      <Muted>{t('lookup.intro')}</Muted>
      <Field style={{ marginTop: 8 }}>
        <label htmlFor="lookup-url">{t('lookup.url')}</label>
        <input
          id="lookup-url"
          value={rootUrl}
          inputMode="url"
          placeholder={admin.rootUrl ?? 'https://crm.example.com/services'}
          onChange={(event) => setRootUrl(event.target.value)}
          {...invalid('rootUrl', problems)}
        />
        <FieldProblem field="rootUrl" problems={problems} />
      </Field>
      <Field style={{ marginTop: 8 }}>
        <label htmlFor="lookup-token">{t('lookup.token')}</label>
        <input
          id="lookup-token"
          type="password"
          value={headerValue}
          autoComplete="off"
          onChange={(event) => setHeaderValue(event.target.value)}
          {...invalid('headerValue', problems)}
        />
        <FieldProblem field="headerValue" problems={problems} />
      </Field>
      {/* Open when one of its fields was refused, so the reason is seen. */}
      <details style={{ marginTop: 8 }} open={moreRefused || undefined}>
        <summary>{t('lookup.more')}</summary>
        <Field style={{ marginTop: 8 }}>
          <label htmlFor="lookup-header">{t('lookup.header')}</label>
          <input
            id="lookup-header"
            value={headerName}
            placeholder={admin.headerName ?? 'X-Execution-Token'}
            onChange={(event) => setHeaderName(event.target.value)}
            {...invalid('headerName', problems)}
          />
          <FieldProblem field="headerName" problems={problems} />
        </Field>
        <Field style={{ marginTop: 8 }}>
          <label htmlFor="lookup-method">{t('lookup.method')}</label>
          <select
            id="lookup-method"
            value={method}
            onChange={(event) => setMethod(event.target.value as LookupMethod | '')}
            {...invalid('method', problems)}
          >
            <option value="">
              {t('lookup.methodDefault', { method: admin.method ?? 'POST' })}
            </option>
            <option value="POST">POST</option>
            <option value="GET">GET</option>
          </select>
          <FieldProblem field="method" problems={problems} />
        </Field>
        <Field style={{ marginTop: 8 }}>
          <label htmlFor="lookup-timeout">{t('lookup.timeout')}</label>
          <input
            id="lookup-timeout"
            value={timeout}
            inputMode="numeric"
            placeholder={String(admin.timeoutMs ?? 2000)}
            onChange={(event) => setTimeoutText(event.target.value)}
            {...invalid('timeoutMs', problems)}
          />
          <FieldProblem field="timeoutMs" problems={problems} />
        </Field>
      </details>
      <Field style={{ marginTop: 8 }}>
        <label>
          <input
            type="checkbox"
            checked={autoCallFlow}
            onChange={(event) => setAutoCallFlow(event.target.checked)}
          />{' '}
          {t('lookup.autoCallFlow')}
        </label>
      </Field>
    </section>
  );
}
