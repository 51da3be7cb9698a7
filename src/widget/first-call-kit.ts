// What the first call after a load needs before the screens arrive, as one small chunk:
// the widget fetches it once `initialized` has gone out, so a dial that comes the moment
// HubSpot hears it is read, sent and linked after one round trip, without waiting for the
// deep-link kit or the screens.
export { quickDialledNumber } from '../handoff/quick-number';
export { showFirstCallLink } from '../ui/first-call-link';
