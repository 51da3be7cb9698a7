import { type Message, message } from '../i18n/message';
import { attachmentProblem } from './file-attachment';
import { HandoffError } from './handoff-error';
import { numberFormatting } from './number-text';

/** A group holds at most 9 numbers: the agent is the 10th participant (docs/contracts.md, OpenPhone). */
export const maxRecipients = 9;

// What would end a value, start another parameter or recipient, or be silently dropped by
// a URL parser if it survived into the link.
const linkBreakingCharacter = /[&#?=,\s\p{Cc}]/u;

// A teammate's direct number starts with @ (docs/contracts.md, OpenPhone); a caller id is always a phone number.
const recipientShape = /^[+@]?\d+$/;
const callerIdShape = /^\+?\d+$/;

/** What to call: one number, or a group of up to 9 (docs/contracts.md, OpenPhone). */
export interface OpenPhoneDialOptions {
  to: string | string[];
  /** The agent's OpenPhone number shown as caller id; without it the app's selected one. */
  from?: string;
  /**
   * Dial at once (`action=call`). Absent or `false` only prefills the dialer: a call the
   * agent did not ask to start at once must not start because an option was left out.
   */
  autoCall?: boolean;
}

/** A message to prefill; every part is optional (docs/contracts.md, OpenPhone). */
export interface OpenPhoneMessageOptions {
  to?: string | string[];
  from?: string;
  /** Send from the app's selected number when `from` is absent. */
  selectedAsFallback?: boolean;
  text?: string;
  /** `https:` links to files with an extension. */
  attachments?: string[];
}

type Parameter = readonly [name: string, encodedValue: string];

/**
 * The OpenPhone link that calls `to` (docs/contracts.md, OpenPhone, "Dial").
 *
 * A group of 2 to 9 numbers always gets `action=call`, because OpenPhone only starts group
 * calls that way; `autoCall: false` therefore only affects a single number.
 *
 * @throws HandoffError rather than return a link that would dial the wrong number.
 */
export function openPhoneDialUrl({ to, from, autoCall = false }: OpenPhoneDialOptions): string {
  const recipients = typeof to === 'string' ? [to] : to;
  if (recipients.length === 0) {
    throw new HandoffError(message('link.problem.noNumber'));
  }
  const parameters: Parameter[] = [['number', encodeRecipients(recipients, 'calls')]];
  if (from !== undefined) parameters.push(['from', encodeCallerId(from)]);
  if (autoCall || recipients.length > 1) parameters.push(['action', 'call']);
  return link('dial', parameters);
}

/**
 * The OpenPhone link that opens a prefilled message (docs/contracts.md, OpenPhone, "Message").
 *
 * Every option is optional, as in the vendor document: with none the link opens an empty
 * composer, which is still a useful place to land. An empty `to` list and empty `text` are
 * left out; `selectedAsFallback` appears only when true (false is OpenPhone's default).
 *
 * @throws HandoffError for a number, text or attachment it cannot put in a link.
 */
export function openPhoneMessageUrl({
  to,
  from,
  selectedAsFallback = false,
  text,
  attachments = [],
}: OpenPhoneMessageOptions): string {
  const recipients = to === undefined ? [] : typeof to === 'string' ? [to] : to;
  const parameters: Parameter[] = [];
  if (recipients.length > 0) parameters.push(['number', encodeRecipients(recipients, 'texts')]);
  if (from !== undefined) parameters.push(['from', encodeCallerId(from)]);
  if (selectedAsFallback) parameters.push(['selectedAsFallback', 'true']);
  if (text !== undefined && text !== '') parameters.push(['text', encodeText(text)]);
  if (attachments.length > 0) {
    parameters.push(['attachments', attachments.map(encodeAttachment).join(',')]);
  }
  return link('message', parameters);
}

function link(action: 'dial' | 'message', parameters: readonly Parameter[]): string {
  const query = parameters.map(([name, value]) => `${name}=${value}`).join('&');
  return query === '' ? `openphone://${action}` : `openphone://${action}?${query}`;
}

// Numbers in a group are joined by literal commas, which is why a comma inside one number
// is refused: it would smuggle in an extra recipient past the limit.
function encodeRecipients(recipients: readonly string[], verb: 'calls' | 'texts'): string {
  if (recipients.length > maxRecipients) {
    const values = { max: maxRecipients, given: recipients.length };
    throw new HandoffError(
      message(
        verb === 'calls' ? 'link.problem.tooManyToCall' : 'link.problem.tooManyToText',
        values,
      ),
    );
  }
  return recipients
    .map((given) => encodeNumber(given, recipientShape, 'link.problem.notANumber'))
    .join(',');
}

function encodeCallerId(given: string): string {
  if (given.replace(numberFormatting, '') === '') {
    throw new HandoffError(message('link.problem.emptyCallerId'));
  }
  return encodeNumber(given, callerIdShape, 'link.problem.notACallerId');
}

function encodeNumber(
  given: string,
  shape: RegExp,
  notThat: 'link.problem.notANumber' | 'link.problem.notACallerId',
): string {
  const digits = given.replace(numberFormatting, '');
  if (digits === '') throw new HandoffError(message('link.problem.emptyNumber'));
  const breaking = linkBreakingCharacter.exec(digits)?.[0];
  if (breaking !== undefined) throw new HandoffError(unsafeCharacter(given, breaking));
  if (!shape.test(digits)) throw new HandoffError(message(notThat, { number: given }));
  // Only + and @ need encoding here; they become %2B and %40 as the document shows.
  return encodeURIComponent(digits);
}

// OpenPhone's own example keeps commas literal (`text=Hello,%20buddy`). That is safe: the
// text is a parameter of its own, ended only by `&`, which is encoded like everything else.
function encodeText(text: string): string {
  return text
    .split(',')
    .map((part) => encodeOrRefuse(part, 'link.problem.brokenText'))
    .join(',');
}

function encodeAttachment(given: string): string {
  const problem = attachmentProblem(given);
  if (problem !== null) throw new HandoffError(problem);
  // Each link is encoded whole, so its own commas become %2C and cannot split the list.
  return encodeOrRefuse(given, 'link.problem.brokenAttachment');
}

function encodeOrRefuse(
  value: string,
  broken: 'link.problem.brokenText' | 'link.problem.brokenAttachment',
): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // Only a lone half of a surrogate pair (a broken emoji) cannot be encoded.
    throw new HandoffError(message(broken));
  }
}

/** A character that would break the link, named so the agent can find it. */
function unsafeCharacter(given: string, character: string): Message {
  if (/^[\s\p{Cc}]$/u.test(character)) {
    const codePoint = character.codePointAt(0) ?? 0;
    return message('link.problem.invisibleCharacter', {
      number: given,
      codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
    });
  }
  return message('link.problem.unsafeCharacter', { number: given, character });
}
