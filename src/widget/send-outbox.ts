import type { WidgetEffect } from './widget-effects';
import type { WidgetState } from './widget-state';

/**
 * What the journal queued goes to HubSpot once its handshake is in: before it, the SDK
 * drops what is sent. A completed call waits for the timeline's words in the agent's
 * language (`timelineWordsReady`), so a call saved before a reload is not titled in English
 * for want of a catalogue that loads a moment later.
 */
export function sendOutbox(state: WidgetState): WidgetEffect[] {
  const { host } = state;
  if (host.status !== 'ready') return [];
  return [
    {
      type: 'sendOutbox',
      holdCompletions: !state.timelineWordsReady,
      ownerId: host.context.ownerId,
      phoneSync: state.admin.phoneSync,
      words: state.timelineWords,
    },
  ];
}
