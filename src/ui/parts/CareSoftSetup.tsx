import { useMemo, useState } from 'react';
import { careSoftLinkMode } from '../../handoff/call-link';
import type { CareSoftLinkMode } from '../../handoff/caresoft';
import type { CareSoftInternationalPrefix } from '../../handoff/caresoft-number';
import type { Message } from '../../i18n/message';
import { inspectCareSoftToken } from '../../settings/caresoft-token';
import type { CareSoftSettings } from '../../settings/settings';
import { useHandoffKit } from '../handoff-kit-context';
import { useSettingsSection } from '../unsaved-settings';
import { useTranslation } from '../use-translation';
import { Button, ButtonRow } from './Button';
import { DeepLinkPanel } from './DeepLinkPanel';
import { ErrorText, Field, Heading, Muted } from './layout';

interface Props {
  /** What Settings' draft holds; the fields below start from it. */
  careSoft: CareSoftSettings;
  now: () => number;
  /** Puts the checked details in Settings' draft, which Done saves. */
  onChange: (careSoft: CareSoftSettings) => void;
}

/** What a CsCall login is for: confirming it for other details means nothing. */
const loginKey = (details: Pick<CareSoftSettings, 'domain' | 'token' | 'linkMode'>) =>
  JSON.stringify([details.domain, details.token, details.linkMode]);

function TokenSummary({ token, now, refused }: { token: string; now: number; refused: boolean }) {
  const { t, say, language } = useTranslation();
  // Done's refusal says it under the field already.
  if (token.trim() === '' || refused) return null;
  const inspection = inspectCareSoftToken(token, now);
  if (inspection.kind === 'invalid') {
    return (
      <ErrorText id="token-problem" role="alert">
        {say(inspection.reason)}
      </ErrorText>
    );
  }
  const extension = inspection.ipphone;
  return inspection.expired ? (
    <ErrorText role="alert">{t('careSoft.expired', { extension })}</ErrorText>
  ) : (
    <Muted role="status">
      {inspection.expiresAt === null
        ? t('careSoft.noExpiry', { extension })
        : t('careSoft.validUntil', {
            extension,
            date: new Date(inspection.expiresAt).toLocaleDateString(language),
          })}
    </Muted>
  );
}

/** Every country the phone metadata knows, named in the widget's language, A to Z. */
function countryOptions(
  codes: readonly string[],
  chosen: string,
  language: string,
): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const all = codes.includes(chosen) ? codes : [...codes, chosen];
  return all
    .map((code) => ({ code, name: `${names.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** CsCall sign-in: domain and token, then the login link opened on the phone. */
export function CareSoftSetup({ careSoft, now, onChange }: Props) {
  const kit = useHandoffKit();
  const { t, say, language } = useTranslation();
  const [domain, setDomain] = useState(careSoft.domain);
  const [token, setToken] = useState(careSoft.token);
  const [linkMode, setLinkMode] = useState<CareSoftLinkMode>(careSoftLinkMode(careSoft));
  const [country, setCountry] = useState(careSoft.country);
  const [internationalPrefix, setInternationalPrefix] = useState<CareSoftInternationalPrefix>(
    careSoft.internationalPrefix,
  );
  const [problem, setProblem] = useState<{ field: 'domain' | 'token'; reason: Message } | null>(
    null,
  );
  const details = {
    domain: domain.trim(),
    token: token.trim(),
    // An agent who never chose keeps following the default, unless they pick another.
    linkMode:
      careSoft.linkMode === null && linkMode === careSoftLinkMode(careSoft) ? null : linkMode,
    country,
    internationalPrefix,
  };
  // The agent confirms the login for the details on screen; other details need another.
  const [loggedInWith, setLoggedInWith] = useState(careSoft.loggedIn ? loginKey(careSoft) : null);
  const loggedIn = loggedInWith === loginKey(details);
  const dirty =
    details.domain !== careSoft.domain ||
    details.token !== careSoft.token ||
    details.linkMode !== careSoft.linkMode ||
    country !== careSoft.country ||
    internationalPrefix !== careSoft.internationalPrefix ||
    loggedIn !== careSoft.loggedIn;

  const apply = (): boolean => {
    const inspection = inspectCareSoftToken(details.token, now());
    if (inspection.kind === 'invalid') {
      setProblem({ field: 'token', reason: inspection.reason });
      return false;
    }
    // With a readable token, what the login link refuses is the domain.
    const login = kit.careSoftLoginLinkFor({ ...details, loggedIn });
    if (login.kind === 'refused') {
      setProblem({ field: 'domain', reason: login.problem });
      return false;
    }
    setProblem(null);
    onChange({ ...details, loggedIn });
    return true;
  };
  useSettingsSection('careSoft', { dirty, apply });
  const refusedField = (field: 'domain' | 'token') =>
    problem?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': `caresoft-${field}-problem` }
      : {};
  const refusal = (field: 'domain' | 'token') =>
    problem?.field === field && (
      <ErrorText id={`caresoft-${field}-problem`} role="alert">
        {say(problem.reason)}
      </ErrorText>
    );

  // The login link for what is typed, as soon as it is a token and a domain.
  const tokenReadable = inspectCareSoftToken(details.token, now()).kind === 'valid';
  const login =
    tokenReadable && details.domain !== ''
      ? kit.careSoftLoginLinkFor({ ...details, loggedIn })
      : null;
  const countries = useMemo(
    () => countryOptions(kit.phoneCountries, careSoft.country, language),
    [kit.phoneCountries, careSoft.country, language],
  );

  return (
    <>
      <div>
        <Field>
          <label htmlFor="caresoft-domain">{t('careSoft.domain')}</label>
          <input
            id="caresoft-domain"
            value={domain}
            autoComplete="off"
            placeholder="yourcompany"
            onChange={(event) => setDomain(event.target.value)}
            {...refusedField('domain')}
          />
          {refusal('domain')}
        </Field>
        <Field style={{ marginTop: 10 }}>
          <label htmlFor="caresoft-token">{t('careSoft.token')}</label>
          {/* Masked like the lookup token: it is in every call link, so a photo of the
              screen would carry it. */}
          <input
            id="caresoft-token"
            type="password"
            value={token}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setToken(event.target.value)}
            {...refusedField('token')}
          />
          {refusal('token')}
          <TokenSummary token={token} now={now()} refused={problem?.field === 'token'} />
        </Field>
        <Field style={{ marginTop: 10 }}>
          <label htmlFor="caresoft-link-mode">{t('careSoft.linkType')}</label>
          <select
            id="caresoft-link-mode"
            value={linkMode}
            onChange={(event) =>
              setLinkMode(event.target.value === 'direct' ? 'direct' : 'dynamic-link')
            }
          >
            <option value="direct">{t('careSoft.directLink')}</option>
            <option value="dynamic-link">{t('careSoft.appLink')}</option>
          </select>
        </Field>
        <Field style={{ marginTop: 10 }}>
          <label htmlFor="caresoft-country">{t('careSoft.country')}</label>
          <select
            id="caresoft-country"
            value={country}
            aria-describedby="caresoft-country-hint"
            onChange={(event) => setCountry(event.target.value)}
          >
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <Muted id="caresoft-country-hint">{t('careSoft.countryHint')}</Muted>
        </Field>
        <Field style={{ marginTop: 10 }}>
          <label htmlFor="caresoft-international-prefix">{t('careSoft.internationalPrefix')}</label>
          <select
            id="caresoft-international-prefix"
            value={internationalPrefix}
            onChange={(event) => setInternationalPrefix(event.target.value === '+' ? '+' : '00')}
          >
            <option value="00">{t('careSoft.prefix00')}</option>
            <option value="+">{t('careSoft.prefixPlus')}</option>
          </select>
        </Field>
      </div>
      {login?.kind === 'ready' &&
        (loggedIn ? (
          <>
            <Muted role="status">{t('careSoft.loggedIn')}</Muted>
            <Button onClick={() => setLoggedInWith(null)}>{t('careSoft.logOut')}</Button>
          </>
        ) : (
          <>
            <Heading as="h2">{t('careSoft.logInHeading')}</Heading>
            <DeepLinkPanel href={login.href} appName={login.appName} action={login.action} />
            <ButtonRow>
              <Button onClick={() => setLoggedInWith(loginKey(details))}>
                {t('careSoft.confirm')}
              </Button>
            </ButtonRow>
          </>
        ))}
    </>
  );
}
