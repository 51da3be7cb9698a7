import type { ReactNode } from 'react';
import type { LiveCall } from '../../call/state';
import type { CallerIdMatch } from '../../hubspot/messages';
import type { HubSpotCallerMatch } from '../../widget/widget-state';
import { Button, ButtonRow } from '../parts/Button';
import { CalleeSummary } from '../parts/CalleeSummary';
import { EngagementStatus } from '../parts/EngagementStatus';
import { ActionBar, Heading, Muted, Screen } from '../parts/layout';
import { ShortcutKey } from '../parts/ShortcutKey';
import { useShortcutKeys } from '../use-shortcut-keys';
import { useTranslation } from '../use-translation';

interface Props {
  call: LiveCall;
  hubSpotMatch: HubSpotCallerMatch | null;
  onAnswered: () => void;
  onMissed: () => void;
  onDeclined: () => void;
  onOpenRecord: (match: CallerIdMatch) => void;
  caller?: ReactNode;
}

function HubSpotMatch({
  match,
  onOpenRecord,
}: {
  match: HubSpotCallerMatch | null;
  onOpenRecord: Props['onOpenRecord'];
}) {
  const { t } = useTranslation();
  if (match === null) return null;
  if (match.status === 'noMatch') return <Muted>{t('incoming.noMatch')}</Muted>;
  return (
    <>
      {match.matches.map((found) => (
        <ButtonRow
          key={`${found.objectCoordinates.objectTypeId}-${found.objectCoordinates.objectId}`}
        >
          <Muted>
            {t(found.kind === 'COMPANY' ? 'incoming.matchCompany' : 'incoming.matchContact', {
              name: found.name,
            })}
          </Muted>
          <Button
            onClick={() => onOpenRecord(found)}
            aria-label={t('incoming.openRecordName', { name: found.name })}
          >
            {t('incoming.openRecord')}
          </Button>
        </ButtonRow>
      ))}
    </>
  );
}

/** An inbound call ringing (or that rang) on the agent's phone, being logged. */
export function IncomingScreen({ call, hubSpotMatch, caller, ...on }: Props) {
  const { t } = useTranslation();
  const match = hubSpotMatch?.callId === call.id ? hubSpotMatch : null;
  // Fixed letters in every language, so a team shares one cheat sheet (README).
  useShortcutKeys({ a: on.onAnswered, m: on.onMissed, d: on.onDeclined });
  return (
    <Screen aria-labelledby="incoming-heading">
      <Heading id="incoming-heading">{t('incoming.heading')}</Heading>
      <CalleeSummary call={call} />
      <HubSpotMatch match={match} onOpenRecord={on.onOpenRecord} />
      {caller}
      <ActionBar>
        <Muted>{t('incoming.howDidItGo')}</Muted>
        <Button $tone="primary" $wide onClick={on.onAnswered} aria-keyshortcuts="A">
          {t('incoming.answered')} <ShortcutKey letter="A" />
        </Button>
        <ButtonRow>
          <Button onClick={on.onMissed} aria-keyshortcuts="M">
            {t('incoming.missed')} <ShortcutKey letter="M" />
          </Button>
          <Button onClick={on.onDeclined} aria-keyshortcuts="D">
            {t('incoming.declined')} <ShortcutKey letter="D" />
          </Button>
        </ButtonRow>
        <EngagementStatus engagement={call.engagement} />
      </ActionBar>
    </Screen>
  );
}
