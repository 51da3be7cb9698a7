// Everything that turns a call into a deep link, loaded as one lazy chunk right after
// `initialized`: phone metadata and the QR encoder never delay the handshake.

export { callLinkFor, careSoftLoginLinkFor } from './call-link';
export { followUpTextLinkFor } from './follow-up-text';
export { groupLinkFor, maxGroupNumbers } from './group-link';
export { readGroupNumber } from './group-number';
export { HandoffError } from './handoff-error';
export { openPhoneDialUrl, openPhoneMessageUrl } from './openphone';
export { normaliseCallerId, normaliseDialledNumber, phoneCountries } from './phone';
export { QrCode } from './QrCode';
