import type { ReactNode } from 'react';
import type { LiveCall } from '../../call/state';
import { Button } from '../parts/Button';
import { CalleeSummary } from '../parts/CalleeSummary';
import { CallTimer } from '../parts/CallTimer';
import { EngagementStatus } from '../parts/EngagementStatus';
import { ActionBar, Big, Heading, Screen } from '../parts/layout';
import { useTranslation } from '../use-translation';

export function ConnectedScreen({
  call,
  answeredAt,
  onHangUp,
  caller,
  group,
}: {
  call: LiveCall;
  answeredAt: number;
  onHangUp: () => void;
  caller?: ReactNode;
  /** "Add people" for a group call or text, when the phone app can (OpenPhone). */
  group?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Screen aria-labelledby="connected-heading">
      <Heading id="connected-heading">{t('connected.heading')}</Heading>
      <CalleeSummary call={call} />
      {caller}
      <Big>
        <CallTimer since={answeredAt} />
      </Big>
      {group}
      <ActionBar>
        <Button $tone="danger" $wide onClick={onHangUp}>
          {t('connected.endCall')}
        </Button>
        <EngagementStatus engagement={call.engagement} />
      </ActionBar>
    </Screen>
  );
}
