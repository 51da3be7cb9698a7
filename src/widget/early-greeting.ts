import type { HostContext, ToHubSpot } from '../hubspot/messages';
import type { AdminDefaults } from '../settings/admin-defaults';
import { isSignedIn, providerFor, type Settings } from '../settings/settings';

/** What the page reads before the widget is wired (`start-widget.ts`). */
export interface GreetingInputs {
  settings: Settings;
  adminProvider: AdminDefaults['provider'];
  /** False when no stored record holds a call (`noCallStored`, `journal/call-journal.ts`). */
  callStored: boolean;
}

/**
 * `initialized` as the wired widget would send it (`host-messages.ts`), when the settings
 * alone decide it: HubSpot names no engagement and no record holds a call, so nothing is
 * resumed or recalled, and only the agent's sign-in is said. Null otherwise: the widget
 * answers once it is wired. Answering here lets HubSpot hear `initialized` without waiting
 * for the journal's instances, the store and the interpreter (`docs/performance-log.md`).
 */
export function earlyGreeting(
  inputs: GreetingInputs,
  context: Pick<HostContext, 'engagementId'>,
  at: number,
): ToHubSpot['initialized'] | null {
  if (inputs.callStored || context.engagementId !== null) return null;
  const provider = providerFor(inputs.settings, inputs.adminProvider);
  return { isLoggedIn: isSignedIn(inputs.settings, provider, at) };
}
