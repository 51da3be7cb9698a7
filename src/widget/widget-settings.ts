import { effectiveLookup } from '../settings/lookup-settings';
import { callerIdFor, isSignedIn, providerFor, type Settings } from '../settings/settings';
import { callStep } from './call-step';
import type { WidgetEffect } from './widget-effects';
import type { WidgetState } from './widget-state';
import { andThen, stay, type WidgetStep } from './widget-step';

/** What the widget derives from the agent's settings and the admin's presets, once per change. */
export function derivedFromSettings(
  settings: Settings,
  admin: WidgetState['admin'],
): Pick<WidgetState, 'provider' | 'lookup'> {
  return {
    provider: providerFor(settings, admin.provider),
    lookup: effectiveLookup(settings.lookup, admin.lookup, admin.demoLookup),
  };
}

export const withSettings = (state: WidgetState, settings: Settings): WidgetState => ({
  ...state,
  settings,
  ...derivedFromSettings(settings, state.admin),
});

/** A caller id is an OpenPhone number: CsCall calls from the agent's extension. */
export const callerIdNow = (settings: Settings, provider: WidgetState['provider']) =>
  provider === 'openPhone' ? callerIdFor(settings) : null;

/** What `initialized` and the sign-in messages report (`isSignedIn` in `settings/settings.ts`). */
export const signedIn = (state: WidgetState, at: number) =>
  isSignedIn(state.settings, state.provider, at);

const saveSettings = (settings: Settings): WidgetEffect => ({ type: 'saveSettings', settings });

/** A new CsCall token, domain or link type: the app must be logged in again with it. */
export const careSoftLoginChanged = (
  before: Settings['careSoft'],
  after: Settings['careSoft'],
): boolean =>
  after.token !== before.token ||
  after.domain !== before.domain ||
  after.linkMode !== before.linkMode;

/**
 * The agent saved settings: a new CsCall token, domain or link type needs a new login (unless
 * the agent confirmed one for them before saving them, in Settings); the
 * next call's caller id follows; HubSpot hears when the agent signed in or out.
 */
export function settingsSaved(
  state: WidgetState,
  requested: Settings,
  at: number,
  loginConfirmed = false,
): WidgetStep {
  const settings =
    careSoftLoginChanged(state.settings.careSoft, requested.careSoft) && !loginConfirmed
      ? { ...requested, careSoft: { ...requested.careSoft, loggedIn: false } }
      : requested;
  const next = withSettings(state, settings);
  const step = andThen(
    callStep(next, { type: 'callerIdChosen', callerId: callerIdNow(settings, next.provider) }),
    (saved) => stay(saved, saveSettings(settings)),
  );
  const worded =
    settings.language === state.settings.language
      ? step
      : andThen(step, (after) =>
          stay(after, { type: 'wordTimeline', language: settings.language }),
        );
  const wasIn = signedIn(state, at);
  const isIn = signedIn(next, at);
  if (wasIn === isIn || state.host.status !== 'ready') return worded;
  return andThen(worded, (after) =>
    stay(after, { type: 'send', command: { type: isIn ? 'userLoggedIn' : 'userLoggedOut' } }),
  );
}

export function careSoftLogin(state: WidgetState, loggedIn: boolean, at: number): WidgetStep {
  const { settings } = state;
  return settingsSaved(state, { ...settings, careSoft: { ...settings.careSoft, loggedIn } }, at);
}

/** The agent picked a caller id for this call: it is offered first next time too. */
export function callerIdChosen(state: WidgetState, callerId: string | null): WidgetStep {
  return andThen(callStep(state, { type: 'callerIdChosen', callerId }), (next) => {
    const settings = { ...next.settings, lastCallerId: callerId };
    return stay(withSettings(next, settings), saveSettings(settings));
  });
}
