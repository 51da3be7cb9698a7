import type { WidgetState } from './widget-state';

/**
 * When the screens may load (`start-widget.ts` loads them). Loading and starting them
 * holds the main thread for a while; HubSpot dials the moment it hears `initialized` when
 * the agent clicked Call, and that first dial must not wait behind them:
 * - `beforeHandshake`: HubSpot has not heard `initialized` yet;
 * - `afterQuietSpell`: it has, and no call is in hand: a dial may be on its way, so wait a
 *   moment for it (`screensQuietMs`);
 * - `now`: a call is in hand (HubSpot's dial handed off, or a number to correct, or a call
 *   the journal kept across a reload): the screens are what the agent needs next.
 */
export type ScreensDue = 'beforeHandshake' | 'afterQuietSpell' | 'now';

export function screensDue(state: WidgetState): ScreensDue {
  if (state.host.status !== 'ready') return 'beforeHandshake';
  return state.call.phase.status === 'idle' ? 'afterQuietSpell' : 'now';
}

/**
 * How long the screens wait, once `initialized` is sent, for a dial that may be on its way:
 * it comes within a round trip to HubSpot or not at all. The idle screen appears this much
 * later at most when no dial comes (`npm run bench` measures both).
 */
export const screensQuietMs = 100;
