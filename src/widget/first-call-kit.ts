// What the first call after a load needs before the screens arrive, as one small chunk:
// the widget fetches it as HubSpot's SYNC arrives, so a dial that comes the moment HubSpot
// hears `initialized` is read, sent and linked without waiting for the deep-link kit or
// the screens.
export { quickDialledNumber } from '../handoff/quick-number';
export { showFirstCallLink } from '../ui/first-call-link';
