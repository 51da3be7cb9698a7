import type { LiveCall } from '../../call/state';
import type { Translation } from '../use-translation';
import { useTranslation } from '../use-translation';
import { Big, Muted } from './layout';

/** The HubSpot record a call is logged on, or how an inbound call came, in a few words. */
export function calleeDescription(call: LiveCall, t: Translation['t']): string {
  const { dial } = call;
  if (call.direction === 'INBOUND') return t('callee.inbound');
  if (dial.callee === undefined) return t('callee.noRecord');
  const id = dial.callee.objectId;
  return dial.callee.objectType === 'COMPANY'
    ? t('callee.company', { id })
    : t('callee.contact', { id });
}

/**
 * Who is on the line: the person's name first when the lookup named them, then the
 * number, and HubSpot's record (an internal id) last, the least prominent.
 */
export function CalleeSummary({ call }: { call: LiveCall }) {
  const { t } = useTranslation();
  const name = call.calleeName;
  return (
    <div>
      <Big>{name ?? call.to.display}</Big>
      {name !== null && <p style={{ margin: 0 }}>{call.to.display}</p>}
      <Muted>{calleeDescription(call, t)}</Muted>
    </div>
  );
}
