import { assertNever } from '../../assert-never';
import type { Engagement } from '../../call/state';
import { useTranslation } from '../use-translation';
import { ErrorText, Muted } from './layout';

export function EngagementStatus({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  switch (engagement.status) {
    case 'pending':
      return <Muted>{t('engagement.pending')}</Muted>;
    case 'created':
      return <Muted>{t('engagement.created')}</Muted>;
    case 'failed':
      return (
        <ErrorText role="alert">{t('engagement.failed', { reason: engagement.reason })}</ErrorText>
      );
    default:
      return assertNever(engagement);
  }
}
