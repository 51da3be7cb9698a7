import type { DialRequest } from '../../call/dial';
import { Big, Muted } from './layout';

export function calleeDescription(dial: DialRequest): string {
  if (dial.callee === undefined) return 'No HubSpot record (dialled from a ticket or a number)';
  const kind = dial.callee.objectType === 'COMPANY' ? 'Company' : 'Contact';
  return `${kind} record #${dial.callee.objectId}`;
}

export function CalleeSummary({ number, dial }: { number: string; dial: DialRequest }) {
  return (
    <div>
      <Big>{number}</Big>
      <Muted>{calleeDescription(dial)}</Muted>
    </div>
  );
}
