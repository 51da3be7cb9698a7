import type { CallPhase, LiveCall } from '../call/state';

/** The call HubSpot knows about (handed off, connected or in wrap-up), if any. */
export const liveCallOf = (phase: CallPhase): LiveCall | null =>
  phase.status === 'idle' || phase.status === 'numberNeeded' || phase.status === 'recalled'
    ? null
    : phase.call;

/** The call being saved while Save waits for HubSpot's engagement id, if any. */
export function savingCallOf(phase: CallPhase): { callId: LiveCall['id']; since: number } | null {
  return phase.status === 'wrapUp' && phase.savingSince !== null
    ? { callId: phase.call.id, since: phase.savingSince }
    : null;
}
