import { useState } from 'react';
import { type Message, message } from '../../i18n/message';
import type { LookupDefaults, LookupMethod } from '../../lookup/lookup-config';
import {
  effectiveLookup,
  type LookupSettings,
  type PublicLookupService,
} from '../../settings/lookup-settings';
import { useSettingsSection } from '../unsaved-settings';
import { useTranslation } from '../use-translation';
import { Button } from './Button';
import { ErrorText, Field, Heading, Muted } from './layout';

interface Props {
  lookup: LookupSettings;
  admin: LookupDefaults;
  demoLookup: PublicLookupService | null;
  onSave: (lookup: LookupSettings) => void;
}

/**
 * The customer's phone lookup service (docs/contracts.md, lookup service). Empty fields use the admin's presets from
 * the widget URL, shown as placeholders; the token is always the agent's own.
 */
export function LookupSetup({ lookup, admin, demoLookup, onSave }: Props) {
  const { t, say } = useTranslation();
  const [rootUrl, setRootUrl] = useState(lookup.rootUrl);
  const [method, setMethod] = useState<LookupMethod | ''>(lookup.method ?? '');
  const [headerName, setHeaderName] = useState(lookup.headerName);
  const [headerValue, setHeaderValue] = useState(lookup.headerValue);
  const [timeout, setTimeoutText] = useState(
    lookup.timeoutMs === null ? '' : String(lookup.timeoutMs),
  );
  const [autoCallFlow, setAutoCallFlow] = useState(lookup.autoCallFlow);
  const [problems, setProblems] = useState<Message[]>([]);
  const [saved, setSaved] = useState(false);

  const save = (): boolean => {
    const timeoutMs = timeout.trim() === '' ? null : Number(timeout);
    if (timeoutMs !== null && !Number.isFinite(timeoutMs)) {
      setProblems([message('lookup.timeoutNotNumber')]);
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
      setProblems(effective.problems.map(({ problem }) => problem));
      setSaved(false);
      return false;
    }
    setProblems([]);
    setSaved(true);
    onSave(draft);
    return true;
  };
  const dirty =
    rootUrl.trim() !== lookup.rootUrl ||
    (method === '' ? null : method) !== lookup.method ||
    headerName.trim() !== lookup.headerName ||
    headerValue.trim() !== lookup.headerValue ||
    timeout.trim() !== (lookup.timeoutMs === null ? '' : String(lookup.timeoutMs)) ||
    autoCallFlow !== lookup.autoCallFlow;
  useSettingsSection('lookup', { dirty, save });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      aria-labelledby="lookup-heading"
    >
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
        />
      </Field>
      <Field style={{ marginTop: 8 }}>
        <label htmlFor="lookup-token">{t('lookup.token')}</label>
        <input
          id="lookup-token"
          type="password"
          value={headerValue}
          autoComplete="off"
          onChange={(event) => setHeaderValue(event.target.value)}
        />
      </Field>
      <details style={{ marginTop: 8 }}>
        <summary>{t('lookup.more')}</summary>
        <Field style={{ marginTop: 8 }}>
          <label htmlFor="lookup-header">{t('lookup.header')}</label>
          <input
            id="lookup-header"
            value={headerName}
            placeholder={admin.headerName ?? 'X-Execution-Token'}
            onChange={(event) => setHeaderName(event.target.value)}
          />
        </Field>
        <Field style={{ marginTop: 8 }}>
          <label htmlFor="lookup-method">{t('lookup.method')}</label>
          <select
            id="lookup-method"
            value={method}
            onChange={(event) => setMethod(event.target.value as LookupMethod | '')}
          >
            <option value="">
              {t('lookup.methodDefault', { method: admin.method ?? 'POST' })}
            </option>
            <option value="POST">POST</option>
            <option value="GET">GET</option>
          </select>
        </Field>
        <Field style={{ marginTop: 8 }}>
          <label htmlFor="lookup-timeout">{t('lookup.timeout')}</label>
          <input
            id="lookup-timeout"
            value={timeout}
            inputMode="numeric"
            placeholder={String(admin.timeoutMs ?? 2000)}
            onChange={(event) => setTimeoutText(event.target.value)}
          />
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
      {problems.map((problem) => (
        <ErrorText key={problem.code} role="alert">
          {say(problem)}
        </ErrorText>
      ))}
      {saved && problems.length === 0 && <Muted role="status">{t('lookup.saved')}</Muted>}
      <Button type="submit" style={{ marginTop: 8 }}>
        {t('lookup.save')}
      </Button>
    </form>
  );
}
