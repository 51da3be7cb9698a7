import { message } from '../i18n/message';
import { HandoffError } from './handoff-error';
import { numberFormatting } from './number-text';

/**
 * How a CsCall link reaches the app.
 *
 * - `'direct'`: the `https://mapi.caresoft.vn/…` URL alone, the default.
 * - `'dynamic-link'`: that URL wrapped in `https://caresoftcall.page.link/?link=…`, as
 *   CareSoft's document shows it, which opened the CsCall app or sent the agent to the store.
 *
 * page.link is a Firebase Dynamic Links domain, and Google shut that service down on
 * 25 August 2025: the wrapper no longer opens anything. It stays as an option, labelled as
 * CareSoft's documented link, for a phone where it still works.
 */
export type CareSoftLinkMode = 'dynamic-link' | 'direct';

/** The link type of agents who never chose one. */
export const defaultCareSoftLinkMode: CareSoftLinkMode = 'direct';

/**
 * The CsCall login link: it signs the agent in to the CsCall app with their token
 * (docs/contracts.md, CsCall, "Sign in").
 *
 * @param token the agent's CsCall token (a JWT minted by the admin; any non-blank printable
 *   ASCII string is passed through, as the document's own example uses `123456`)
 * @param domain the customer's CareSoft domain name, e.g. `test`
 * @throws {HandoffError} for a token or domain CsCall cannot take
 */
export function careSoftLoginUrl({
  token,
  domain,
  linkMode = defaultCareSoftLinkMode,
}: {
  token: string;
  domain: string;
  linkMode?: CareSoftLinkMode;
}): string {
  checkToken(token);
  checkDomain(domain);
  return wrap(
    `${mobileApi}/dangnhap?appToken=${encode(token)}&appDomain=${encode(domain)}`,
    linkMode,
  );
}

/**
 * The CsCall click-to-call link: CsCall dials `phone` from the agent's account once the token
 * matches the one they logged in with (docs/contracts.md, CsCall, "Call").
 *
 * @param phone the number to dial, digits with an optional leading `+`, in the form CareSoft
 *   dials (see `careSoftDialNumber`); spaces, dashes, dots and brackets are dropped, as the
 *   OpenPhone builder drops them (`098 888-8888` → `0988888888`)
 * @param tempId our id for the call, unique; CareSoft keys the call's status and history on it
 * @throws {HandoffError} for a number, token or call id CsCall cannot take
 */
export function careSoftCallUrl({
  phone,
  token,
  tempId,
  linkMode = defaultCareSoftLinkMode,
}: {
  phone: string;
  token: string;
  tempId: string;
  linkMode?: CareSoftLinkMode;
}): string {
  const digits = phone.replace(numberFormatting, '');
  checkPhone(digits, phone);
  checkToken(token);
  checkTempId(tempId);
  return wrap(
    `${mobileApi}/call?phone=${encode(digits)}&appToken=${encode(token)}&tempId=${encode(tempId)}`,
    linkMode,
  );
}

const mobileApi = 'https://mapi.caresoft.vn';

// The store ids and `efr=1` (skip Firebase's preview page) are copied from the document's
// examples; CsCall is registered under these, so none of them is ours to choose.
const dynamicLinkParameters =
  'apn=com.caresoft.caresoftcall&isi=6447892382&ibi=com.caresoft.caresoftcall&efr=1';

function wrap(inner: string, linkMode: CareSoftLinkMode): string {
  switch (linkMode) {
    case 'dynamic-link':
      // The document: "đường dẫn khi tạo xong phải được encode" — the inner URL, values
      // already encoded, is encoded once more as a whole into `link`.
      return `https://caresoftcall.page.link/?link=${encode(inner)}&${dynamicLinkParameters}`;
    case 'direct':
      return inner;
    default:
      // The mode comes from settings an admin edits, so an old or mistyped value can reach us
      // at run time whatever the types say.
      return unknownLinkMode(linkMode);
  }
}

function unknownLinkMode(linkMode: never): never {
  throw new HandoffError(message('link.problem.linkMode', { mode: String(linkMode) }));
}

const encode = encodeURIComponent;

// Printable ASCII without space: enough for a JWT (base64url and dots) and for any id we make,
// and it rules out the line breaks and stray spaces of a bad copy-paste, and the lone UTF-16
// surrogates that encodeURIComponent cannot encode.
const printableAscii = /^[\x21-\x7e]+$/;

function checkToken(token: string): void {
  if (token === '') throw new HandoffError(message('link.problem.noToken'));
  if (!printableAscii.test(token)) throw new HandoffError(message('link.problem.tokenCharacters'));
}

function checkTempId(tempId: string): void {
  if (tempId === '') throw new HandoffError(message('link.problem.noCallId'));
  if (!printableAscii.test(tempId))
    throw new HandoffError(message('link.problem.callIdCharacters'));
}

function checkPhone(digits: string, given: string): void {
  if (digits.trim() === '') throw new HandoffError(message('link.problem.noNumber'));
  // Digits only, once the formatting is gone: letters or other signs mean something went
  // wrong upstream, and dialling a guess is worse.
  if (!/^\+?[0-9]+$/.test(digits)) {
    throw new HandoffError(message('link.problem.careSoftDigits', { number: given }));
  }
}

// CareSoft's developer docs define the domain as the account's name in its login address
// (https://caresoft.vn/khachhang01 → `khachhang01`): one name, not a host or a URL. A dotted
// form such as `test.caresoft.vn` is refused rather than guessed at, because sending CsCall a
// domain it does not know fails only on the agent's phone, far from the settings that caused it.
const domainName = /^[A-Za-z0-9-]{1,63}$/;

function checkDomain(domain: string): void {
  if (domain.trim() === '') throw new HandoffError(message('link.problem.noDomain'));
  if (!domainName.test(domain)) {
    throw new HandoffError(
      message(/[./:]/.test(domain) ? 'link.problem.domainIsAddress' : 'link.problem.domainShape'),
    );
  }
}
