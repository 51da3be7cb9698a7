import * as v from 'valibot';
import { assertNever } from '../assert-never';
import { type Message, message } from '../i18n/message';
import { blockedProblem, lookupDigits } from './lookup-caller';
import type { LookupConfig } from './lookup-config';
import { type CallerEntry, workflowAnswerSchema } from './lookup-schemas';
import { exchangeWithService, type LookupIo } from './service-exchange';
import { isWorkflowName } from './workflow-name';

/**
 * The `inputs` of a business workflow (docs/contracts.md, lookup service, "Workflow"). Every field is always
 * sent; what is not known is `null`, which the contract calls "empty" (`answeredTime` of an
 * unanswered call): an empty string is not a date and trips typed parsers.
 */
export interface WorkflowInputs {
  contactCrmId: string | null;
  userCrmId: string | null;
  /** Digits without `+`, as in the lookup, so the service matches numbers one way. */
  originatorNumber: string | null;
  originatorName: string | null;
  destinationNumber: string | null;
  destinationName: string | null;
  direction: 'incoming' | 'outgoing';
  /** ISO 8601 in UTC: `2025-03-14T09:26:53.000Z`. */
  startedTime: string | null;
  answeredTime: string | null;
  endedTime: string | null;
  declinedTime: string | null;
}

/** What the widget knows about a call when a workflow runs. Times are epoch milliseconds. */
export interface CallFacts {
  direction: 'incoming' | 'outgoing';
  /** The agent's number (E.164), when known: OpenPhone may pick it itself. */
  ourNumber: string | null;
  /** The other party's number (E.164). */
  theirNumber: string;
  /** The lookup entry the agent chose for the other party, if any. */
  entry: Pick<CallerEntry, 'id' | 'name'> | null;
  /** The agent, as the customer's CRM knows them (`userCrmId`). */
  agent: { crmId: string | null; name: string | null };
  startedAt: number;
  answeredAt: number | null;
  /** `null` while the call runs (a workflow started from a button mid-call). */
  endedAt: number | null;
}

/**
 * Builds a workflow's `inputs` from a call. The originator is whoever dialled: the agent
 * for an outgoing call, the other party for an incoming one. `declinedTime` is the end of a
 * call that was never answered, and empty otherwise, as the contract describes.
 */
export function workflowInputsFor(call: CallFacts): WorkflowInputs {
  const us = { number: digitsOrNull(call.ourNumber), name: call.agent.name };
  const them = { number: digitsOrNull(call.theirNumber), name: call.entry?.name ?? null };
  const [originator, destination] = call.direction === 'outgoing' ? [us, them] : [them, us];
  const ended = call.endedAt;
  return {
    contactCrmId: call.entry?.id ?? null,
    userCrmId: call.agent.crmId,
    originatorNumber: originator.number,
    originatorName: originator.name,
    destinationNumber: destination.number,
    destinationName: destination.name,
    direction: call.direction,
    startedTime: isoTime(call.startedAt),
    answeredTime: isoTime(call.answeredAt),
    endedTime: isoTime(ended),
    declinedTime: call.answeredAt === null ? isoTime(ended) : null,
  };
}

function digitsOrNull(e164: string | null): string | null {
  return e164 === null ? null : lookupDigits(e164);
}

function isoTime(ms: number | null): string | null {
  // toISOString throws on dates outside its range; a bad clock must not break the workflow.
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString();
}

export type WorkflowResult =
  | {
      kind: 'done';
      /** The id of what the workflow created, when the service says. */
      id: string | null;
      /** A page to open about it (https only). */
      url: string | null;
    }
  | { kind: 'failed'; problem: Message }
  | { kind: 'timedOut'; problem: Message }
  | { kind: 'blocked'; problem: Message }
  | { kind: 'aborted' };

/**
 * A workflow creates things (a ticket, a call record): it gets longer than a lookup before
 * we stop waiting, because reporting a failure for a workflow that did run invites a
 * duplicate.
 */
export const workflowTimeoutMs = 15_000;

/** `<root>/<name>`; `null` when the name could leave its path segment. */
export function workflowUrl(config: Pick<LookupConfig, 'rootUrl'>, name: string): string | null {
  return isWorkflowName(name) ? `${config.rootUrl}/${encodeURIComponent(name)}` : null;
}

/**
 * Runs a business workflow named in an entry's `crmActions` (docs/contracts.md, lookup service): `POST <root>/<name>`
 * with the lookup's token header and `{"inputs": …}`. Always POST, whatever method the
 * lookup uses. Never throws.
 */
export async function runWorkflow(
  config: LookupConfig,
  name: string,
  inputs: WorkflowInputs,
  io: LookupIo & { timeoutMs?: number },
): Promise<WorkflowResult> {
  const url = workflowUrl(config, name);
  if (url === null) {
    return { kind: 'failed', problem: message('workflow.problem.name', { name }) };
  }
  const timeoutMs = io.timeoutMs ?? workflowTimeoutMs;
  const reply = await exchangeWithService(config, 'POST', { url, body: { inputs } }, io, timeoutMs);
  switch (reply.kind) {
    case 'answered':
      return readWorkflowAnswer(name, reply.status, reply.body);
    case 'timedOut':
      return {
        kind: 'timedOut',
        problem: message('workflow.problem.timedOut', { name, seconds: timeoutMs / 1000 }),
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

/**
 * Reads a workflow's answer. Pure and total. The contract makes the whole answer optional,
 * so any success status means the workflow ran, whatever the body; `id` and `url` are kept
 * when they are usable.
 */
export function readWorkflowAnswer(name: string, status: number, body: string): WorkflowResult {
  if (status === 404) {
    return { kind: 'failed', problem: message('workflow.problem.notFound', { name }) };
  }
  if (status === 401 || status === 403) {
    return { kind: 'failed', problem: message('lookup.problem.tokenRefused', { status }) };
  }
  if (status < 200 || status > 299) {
    return { kind: 'failed', problem: message('workflow.problem.httpError', { name, status }) };
  }
  let data: unknown = null;
  try {
    data = body.trim() === '' ? null : JSON.parse(body);
  } catch {
    // A body that is not JSON still comes with a success status: the workflow ran.
  }
  const answer = v.safeParse(workflowAnswerSchema, data);
  if (!answer.success) return { kind: 'done', id: null, url: null };
  return { kind: 'done', id: answer.output.id, url: answer.output.url };
}
