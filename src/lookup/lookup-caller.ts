import * as v from 'valibot';
import { assertNever } from '../assert-never';
import { type Message, message } from '../i18n/message';
import type { LookupConfig } from './lookup-config';
import { type CallerEntry, callerEntrySchema } from './lookup-schemas';
import { exchangeWithService, type LookupIo } from './service-exchange';

/** Who a number belongs to, or why we cannot tell: one state per thing the agent can see. */
export type LookupResult =
  | {
      kind: 'matches';
      /** Best first, at most five. */
      entries: CallerEntry[];
      /** Entries the service sent without a name, left out of `entries`. */
      nameless: number;
    }
  | { kind: 'noMatch' }
  | { kind: 'unreachable'; problem: Message }
  | { kind: 'timedOut'; problem: Message }
  | { kind: 'blocked'; problem: Message }
  | { kind: 'aborted' }
  | { kind: 'failed'; problem: Message };

/** The contract recommends at most five entries; we show no more. */
export const maxCallerEntries = 5;

/** fetch failed outright: browsers do not tell a network failure and CORS apart. */
export const blockedProblem: Message = message('lookup.problem.blocked');

const e164Pattern = /^\+[1-9]\d{1,14}$/;

/** The number as the contract's examples send it: the E.164 digits without `+`. */
export function lookupDigits(e164: string): string | null {
  return e164Pattern.test(e164) ? e164.slice(1) : null;
}

/** `<root>/Lookup?PhoneNumber=<digits>` (docs/contracts.md, lookup service). */
export function lookupUrl(config: Pick<LookupConfig, 'rootUrl'>, digits: string): string {
  return `${config.rootUrl}/Lookup?PhoneNumber=${encodeURIComponent(digits)}`;
}

/**
 * Asks the customer's phone lookup service who a number belongs to (docs/contracts.md, lookup service, Lookup).
 *
 * Sends the digits both as the `PhoneNumber` query parameter and, with POST, in the body
 * `{"inputs":{"phoneNumber":"…"}}`, with the configured token header. Gives up after
 * `config.timeoutMs`, or as soon as `signal` aborts (the call moved on). Never throws.
 */
export async function lookupCaller(
  config: LookupConfig,
  phone: { e164: string },
  io: LookupIo,
): Promise<LookupResult> {
  const digits = lookupDigits(phone.e164);
  if (digits === null) {
    return {
      kind: 'failed',
      problem: message('lookup.problem.notSearchable', { number: phone.e164 }),
    };
  }
  const reply = await exchangeWithService(
    config,
    config.method,
    { url: lookupUrl(config, digits), body: { inputs: { phoneNumber: digits } } },
    io,
    config.timeoutMs,
  );
  switch (reply.kind) {
    case 'answered':
      return readLookupAnswer(reply.status, reply.body);
    case 'timedOut':
      return {
        kind: 'timedOut',
        problem: message('lookup.problem.timedOut', { seconds: config.timeoutMs / 1000 }),
      };
    case 'blocked':
      return { kind: 'blocked', problem: blockedProblem };
    case 'aborted':
      return { kind: 'aborted' };
    case 'failed':
      return { kind: 'failed', problem: reply.problem };
    default:
      return assertNever(reply);
  }
}

const answerListSchema = v.array(v.unknown());

/**
 * Reads the service's answer (docs/contracts.md, lookup service, "Answer"). Pure, and total: any status and any
 * body give a `LookupResult`.
 *
 * Entries without a name cannot be shown or chosen, so they are left out and counted; an
 * answer where no entry has a name is an error, since the service did answer something we
 * cannot show. Of the rest, the first five are kept: the service sends them best first.
 */
export function readLookupAnswer(status: number, body: string): LookupResult {
  // 404 means the service itself is not there (the contract is explicit: not "no match").
  if (status === 404) {
    return { kind: 'unreachable', problem: message('lookup.problem.unreachable') };
  }
  if (status === 401 || status === 403) {
    return { kind: 'failed', problem: message('lookup.problem.tokenRefused', { status }) };
  }
  if (status < 200 || status > 299) {
    return { kind: 'failed', problem: message('lookup.problem.httpError', { status }) };
  }

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { kind: 'failed', problem: message('lookup.problem.notJson') };
  }
  const list = v.safeParse(answerListSchema, data);
  if (!list.success) {
    return { kind: 'failed', problem: message('lookup.problem.notAList') };
  }
  if (list.output.length === 0) return { kind: 'noMatch' };

  const entries: CallerEntry[] = [];
  let nameless = 0;
  for (const item of list.output) {
    if (entries.length === maxCallerEntries) break;
    const entry = v.safeParse(callerEntrySchema, item);
    if (entry.success) entries.push(entry.output);
    else nameless += 1;
  }
  if (entries.length === 0) {
    return { kind: 'failed', problem: message('lookup.problem.nameless') };
  }
  return { kind: 'matches', entries, nameless };
}
