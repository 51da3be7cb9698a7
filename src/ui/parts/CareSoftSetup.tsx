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
  careSoft: CareSoftSettings;
  now: () => number;
  onSave: (careSoft: CareSoftSettings) => void;
  onConfirmLogin: () => void;
  onLogOut: () => void;
}

function TokenSummary({ token, now }: { token: string; now: number }) {
  const { t, say, language } = useTranslation();
  if (token.trim() === '') return null;
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
export function CareSoftSetup({ careSoft, now, onSave, onConfirmLogin, onLogOut }: Props) {
  const kit = useHandoffKit();
  const { t, say, language } = useTranslation();
  const [domain, setDomain] = useState(careSoft.domain);
  const [token, setToken] = useState(careSoft.token);
  const [linkMode, setLinkMode] = useState<CareSoftLinkMode>(careSoftLinkMode(careSoft));
  const [country, setCountry] = useState(careSoft.country);
  const [internationalPrefix, setInternationalPrefix] = useState<CareSoftInternationalPrefix>(
    careSoft.internationalPrefix,
  );
  const [problem, setProblem] = useState<Message | null>(null);
  const saved = careSoft.token !== '' && careSoft.domain !== '';
  const dirty =
    domain.trim() !== careSoft.domain ||
    token.trim() !== careSoft.token ||
    linkMode !== careSoftLinkMode(careSoft) ||
    country !== careSoft.country ||
    internationalPrefix !== careSoft.internationalPrefix;

  const save = (): boolean => {
    const draft = {
      domain: domain.trim(),
      token: token.trim(),
      // An agent who never chose keeps following the default, unless they pick another.
      linkMode:
        careSoft.linkMode === null && linkMode === careSoftLinkMode(careSoft) ? null : linkMode,
      country,
      internationalPrefix,
      loggedIn: false,
    };
    const inspection = inspectCareSoftToken(draft.token, now());
    if (inspection.kind === 'invalid') {
      setProblem(inspection.reason);
      return false;
    }
    const login = kit.careSoftLoginLinkFor(draft);
    if (login.kind === 'refused') {
      setProblem(login.problem);
      return false;
    }
    setProblem(null);
    onSave(draft);
    return true;
  };
  useSettingsSection('careSoft', { dirty, save });

  const login = saved && !dirty ? kit.careSoftLoginLinkFor(careSoft) : null;
  const countries = useMemo(
    () => countryOptions(kit.phoneCountries, careSoft.country, language),
    [kit.phoneCountries, careSoft.country, language],
  );

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Field>
          <label htmlFor="caresoft-domain">{t('careSoft.domain')}</label>
          <input
            id="caresoft-domain"
            value={domain}
            autoComplete="off"
            placeholder="yourcompany"
            onChange={(event) => setDomain(event.target.value)}
          />
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
          />
          <TokenSummary token={token} now={now()} />
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
        {problem !== null && (
          <ErrorText role="alert" style={{ marginTop: 8 }}>
            {say(problem)}
          </ErrorText>
        )}
        <Button type="submit" style={{ marginTop: 10 }} disabled={!dirty}>
          {t('careSoft.save')}
        </Button>
      </form>
      {login?.kind === 'ready' &&
        (careSoft.loggedIn ? (
          <>
            <Muted role="status">{t('careSoft.loggedIn')}</Muted>
            <Button onClick={onLogOut}>{t('careSoft.logOut')}</Button>
          </>
        ) : (
          <>
            <Heading as="h2">{t('careSoft.logInHeading')}</Heading>
            <DeepLinkPanel href={login.href} appName={login.appName} action={login.action} />
            <ButtonRow>
              <Button $tone="primary" onClick={onConfirmLogin}>
                {t('careSoft.confirm')}
              </Button>
            </ButtonRow>
          </>
        ))}
    </>
  );
}
