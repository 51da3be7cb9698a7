import type { HandoffKit } from '../widget/handoff-kit';

/** A saved caller id (E.164) as people read numbers, like every other number on screen. */
export function callerIdText(kit: HandoffKit, e164: string): string {
  const number = kit.normaliseCallerId(e164);
  return number.kind === 'valid' ? number.display : e164;
}
