import { type FormEvent, useState } from 'react';
import type { CareSoftLinkMode } from '../../handoff/caresoft';
import { inspectCareSoftToken } from '../../settings/caresoft-token';
import type { CareSoftSettings } from '../../settings/settings';
import type { HandoffKit } from '../../widget/handoff-kit';
import { Button, ButtonRow } from './Button';
import { DeepLinkPanel } from './DeepLinkPanel';
import { ErrorText, Field, Heading, Muted } from './layout';

interface Props {
  careSoft: CareSoftSettings;
  kit: HandoffKit;
  now: () => number;
  onSave: (careSoft: CareSoftSettings) => void;
  onConfirmLogin: () => void;
  onLogOut: () => void;
}

function TokenSummary({ token, now }: { token: string; now: number }) {
  if (token.trim() === '') return null;
  const inspection = inspectCareSoftToken(token, now);
  if (inspection.kind === 'invalid') {
    return (
      <ErrorText id="token-problem" role="alert">
        {inspection.reason}.
      </ErrorText>
    );
  }
  const expiry =
    inspection.expiresAt === null
      ? 'no expiry date'
      : `valid until ${new Date(inspection.expiresAt).toLocaleDateString()}`;
  return inspection.expired ? (
    <ErrorText role="alert">
      This token for extension {inspection.ipphone} has expired: ask your admin for a new one.
    </ErrorText>
  ) : (
    <Muted role="status">
      Token for extension {inspection.ipphone}, {expiry}.
    </Muted>
  );
}

/** CsCall sign-in: domain and token, then the login link opened on the phone. */
export function CareSoftSetup({ careSoft, kit, now, onSave, onConfirmLogin, onLogOut }: Props) {
  const [domain, setDomain] = useState(careSoft.domain);
  const [token, setToken] = useState(careSoft.token);
  const [linkMode, setLinkMode] = useState<CareSoftLinkMode>(careSoft.linkMode);
  const [problem, setProblem] = useState<string | null>(null);
  const saved = careSoft.token !== '' && careSoft.domain !== '';
  const dirty =
    domain.trim() !== careSoft.domain ||
    token.trim() !== careSoft.token ||
    linkMode !== careSoft.linkMode;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const draft = { domain: domain.trim(), token: token.trim(), linkMode, loggedIn: false };
    const inspection = inspectCareSoftToken(draft.token, now());
    if (inspection.kind === 'invalid') {
      setProblem(`${inspection.reason}.`);
      return;
    }
    const login = kit.careSoftLoginLinkFor(draft);
    if (login.kind === 'refused') {
      setProblem(login.message);
      return;
    }
    setProblem(null);
    onSave(draft);
  };

  const login = saved && !dirty ? kit.careSoftLoginLinkFor(careSoft) : null;

  return (
    <>
      <form onSubmit={save}>
        <Field>
          <label htmlFor="caresoft-domain">CareSoft domain</label>
          <input
            id="caresoft-domain"
            value={domain}
            autoComplete="off"
            placeholder="yourcompany"
            onChange={(event) => setDomain(event.target.value)}
          />
        </Field>
        <Field style={{ marginTop: 10 }}>
          <label htmlFor="caresoft-token">CsCall token</label>
          <textarea
            id="caresoft-token"
            rows={3}
            value={token}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setToken(event.target.value)}
          />
          <TokenSummary token={token} now={now()} />
        </Field>
        <Field style={{ marginTop: 10 }}>
          <label htmlFor="caresoft-link-mode">Link type</label>
          <select
            id="caresoft-link-mode"
            value={linkMode}
            onChange={(event) =>
              setLinkMode(event.target.value === 'direct' ? 'direct' : 'dynamic-link')
            }
          >
            <option value="dynamic-link">CsCall app link (page.link)</option>
            <option value="direct">Direct link (mapi.caresoft.vn)</option>
          </select>
        </Field>
        {problem !== null && (
          <ErrorText role="alert" style={{ marginTop: 8 }}>
            {problem}
          </ErrorText>
        )}
        <Button type="submit" style={{ marginTop: 10 }} disabled={!dirty}>
          Save CsCall details
        </Button>
      </form>
      {login?.kind === 'ready' &&
        (careSoft.loggedIn ? (
          <>
            <Muted role="status">Logged in to CsCall.</Muted>
            <Button onClick={onLogOut}>Log out</Button>
          </>
        ) : (
          <>
            <Heading as="h2">Log in to CsCall</Heading>
            <DeepLinkPanel
              kit={kit}
              href={login.href}
              appName={login.appName}
              action={login.action}
            />
            <ButtonRow>
              <Button $tone="primary" onClick={onConfirmLogin}>
                I'm logged in
              </Button>
            </ButtonRow>
          </>
        ))}
    </>
  );
}
