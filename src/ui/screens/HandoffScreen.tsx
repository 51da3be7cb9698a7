import { type ReactNode, useEffect, useRef } from 'react';
import type { LiveCall } from '../../call/state';
import type { PhoneProvider, Settings } from '../../settings/settings';
import { callerIdText } from '../caller-id-text';
import { useHandoffKit } from '../handoff-kit-context';
import { longDate } from '../long-date';
import { Button, ButtonRow } from '../parts/Button';
import { CalleeSummary } from '../parts/CalleeSummary';
import { DeepLinkPanel } from '../parts/DeepLinkPanel';
import { EngagementStatus } from '../parts/EngagementStatus';
import { ActionBar, ErrorText, Field, Heading, Muted, Screen } from '../parts/layout';
import { ShortcutKey } from '../parts/ShortcutKey';
import { useShortcutKeys } from '../use-shortcut-keys';
import { useTranslation } from '../use-translation';

interface Props {
  call: LiveCall;
  settings: Settings;
  provider: PhoneProvider;
  onChooseCallerId: (callerId: string | null) => void;
  onAnswered: () => void;
  onNoAnswer: () => void;
  onBusy: () => void;
  onCancel: () => void;
  /** Cancel call was pressed: it is logged as canceled unless undone in a few seconds. */
  canceling?: boolean;
  onUndoCancel?: () => void;
  /** Who the number belongs to, from the caller lookup, when one is set up. */
  caller?: ReactNode;
  /** "Add people" for a group call or text, when the phone app can (OpenPhone). */
  group?: ReactNode;
  /** False while another QR code (Add people) is on screen: one at a time. */
  qr?: boolean;
  /** When the CsCall token expires, if that is soon (`careSoftExpiresSoon`). */
  careSoftExpiresAt?: number | null;
}

const appSelected = '';

export function HandoffScreen({
  call,
  settings,
  provider,
  qr = true,
  canceling = false,
  careSoftExpiresAt = null,
  ...on
}: Props) {
  const openLink = useRef<HTMLAnchorElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const kit = useHandoffKit();
  const { t, say, language } = useTranslation();
  // Fixed letters in every language, so a team shares one cheat sheet (README).
  // While a cancel can be undone, no letter may log the call another way.
  useShortcutKeys(
    canceling ? {} : { c: on.onAnswered, n: on.onNoAnswer, b: on.onBusy, x: on.onCancel },
  );
  // Undo takes the focus the pressed button (or the page) had: Enter or Space undoes.
  useEffect(() => {
    if (canceling) undo.current?.focus();
  }, [canceling]);
  const link = kit.callLinkFor(
    { id: call.id, toE164: call.to.e164, from: call.from },
    provider,
    settings,
  );
  return (
    <Screen aria-labelledby="handoff-heading">
      <Heading id="handoff-heading">{t('handoff.heading')}</Heading>
      <CalleeSummary call={call} />
      {on.caller}
      {provider === 'openPhone' && settings.callerIds.length > 0 && (
        <Field>
          <label htmlFor="caller-id">{t('handoff.callFrom')}</label>
          <select
            id="caller-id"
            value={call.from ?? appSelected}
            onChange={(event) => {
              on.onChooseCallerId(event.target.value === appSelected ? null : event.target.value);
              // Off the select, so the outcome letters log the call instead of picking a
              // caller id (which would be remembered): to the link the call goes through next.
              openLink.current?.focus();
            }}
          >
            {settings.callerIds.map((id) => (
              <option key={id} value={id}>
                {callerIdText(kit, id)}
              </option>
            ))}
            <option value={appSelected}>{t('handoff.appSelected')}</option>
          </select>
        </Field>
      )}
      {link.kind === 'refused' ? (
        <ErrorText role="alert">{say(link.problem)}</ErrorText>
      ) : (
        <>
          <DeepLinkPanel
            href={link.href}
            appName={link.appName}
            action={link.action}
            qr={qr}
            openRef={openLink}
          />
          {link.dials !== undefined && (
            <Muted>{t('handoff.dials', { app: link.appName, number: link.dials })}</Muted>
          )}
        </>
      )}
      {provider === 'careSoft' && careSoftExpiresAt !== null && (
        <ErrorText role="status">
          {t('handoff.careSoftExpiresSoon', { date: longDate(careSoftExpiresAt, language) })}
        </ErrorText>
      )}
      {on.group}
      {canceling ? (
        <ActionBar role="status">
          <Muted>{t('handoff.canceling')}</Muted>
          <Button ref={undo} $tone="primary" $wide onClick={on.onUndoCancel}>
            {t('handoff.undoCancel')}
          </Button>
        </ActionBar>
      ) : (
        <ActionBar>
          <Muted>{t('handoff.thenTell')}</Muted>
          <Button $tone="primary" $wide onClick={on.onAnswered} aria-keyshortcuts="C">
            {t('handoff.connected')} <ShortcutKey letter="C" />
          </Button>
          <ButtonRow>
            <Button onClick={on.onNoAnswer} aria-keyshortcuts="N">
              {t('handoff.noAnswer')} <ShortcutKey letter="N" />
            </Button>
            <Button onClick={on.onBusy} aria-keyshortcuts="B">
              {t('handoff.busy')} <ShortcutKey letter="B" />
            </Button>
          </ButtonRow>
          <Button $tone="danger" $wide onClick={on.onCancel} aria-keyshortcuts="X">
            {t('handoff.cancel')} <ShortcutKey letter="X" />
          </Button>
          <EngagementStatus engagement={call.engagement} />
        </ActionBar>
      )}
    </Screen>
  );
}
