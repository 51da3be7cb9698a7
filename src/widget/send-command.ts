import { assertNever } from '../assert-never';
import type { HubSpotSend } from '../hubspot/messages';
import type { Message } from '../i18n/message';
import type { HostCommand } from './widget-effects';

/** A message in the agent's language (the catalogues load with the screens, hence a promise). */
export type Wording = (message: Message) => Promise<string>;

/** Carries one command to HubSpot as the SDK message it names. */
export function sendCommand(send: HubSpotSend, command: HostCommand, word: Wording): void {
  switch (command.type) {
    case 'initialized':
      send('initialized', command.payload);
      return;
    case 'sendError':
      // Lost rather than sent in another language if the words cannot load.
      word(command.problem).then(
        (message) => send('sendError', { message }),
        () => undefined,
      );
      return;
    case 'navigateToRecord':
      send('navigateToRecord', command.payload);
      return;
    case 'resizeWidget':
      send('resizeWidget', command.payload);
      return;
    case 'userLoggedIn':
    case 'userLoggedOut':
    case 'userAvailable':
    case 'userUnavailable':
      send(command.type);
      return;
    default:
      assertNever(command);
  }
}
