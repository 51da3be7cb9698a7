import { assertNever } from '../assert-never';
import type { HubSpotSend } from '../hubspot/messages';
import type { HostCommand } from './widget-effects';

/** Carries one command to HubSpot as the SDK message it names. */
export function sendCommand(send: HubSpotSend, command: HostCommand): void {
  switch (command.type) {
    case 'initialized':
      send('initialized', command.payload);
      return;
    case 'sendError':
      send('sendError', command.payload);
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
