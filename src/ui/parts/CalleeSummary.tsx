import type { DialRequest } from '../../call/dial';
import type { Translation } from '../use-translation';
import { useTranslation } from '../use-translation';
import { Big, Muted } from './layout';

export function calleeDescription(dial: DialRequest, t: Translation['t']): string {
  if (dial.callee === undefined) return t('callee.noRecord');
  const id = dial.callee.objectId;
  return dial.callee.objectType === 'COMPANY'
    ? t('callee.company', { id })
    : t('callee.contact', { id });
}

export function CalleeSummary({ number, dial }: { number: string; dial: DialRequest }) {
  const { t } = useTranslation();
  return (
    <div>
      <Big>{number}</Big>
      <Muted>{calleeDescription(dial, t)}</Muted>
    </div>
  );
}
