import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { type CallId, callIdSchema } from './ids';

/**
 * HubSpot answers each `outgoingCall`/`incomingCall` sent with `createEngagement` exactly
 * once (`onCreateEngagementSucceeded` or `onCreateEngagementFailed`), in the order they
 * were sent, and its documented answer names no call. So the machine keeps the calls still
 * waiting for an answer, oldest first, and gives each answer to the oldest: an answer that
 * comes after its call was saved without it is used up by that call, never by the next.
 */
export const awaitedAnswerSchema = builtOnFirstUse(() =>
  v.object({
    id: callIdSchema,
    /** When the request went to HubSpot. */
    at: v.number(),
  }),
);
export type AwaitedAnswer = v.InferOutput<typeof awaitedAnswerSchema>;

/**
 * How long a finished call keeps its place in the queue. HubSpot answers within seconds; an
 * answer lost on the way (the iframe was reloading when it came) would otherwise leave its
 * call at the head for good, and every later answer would go to the call before its own.
 * Past this age a finished call's answer is given up on, when the next call asks.
 */
export const answerGivenUpAfterMs = 10 * 60_000;

/** How many engagement ids are remembered to recognise HubSpot repeating an answer. */
export const rememberedAnswers = 20;

/**
 * Which call an answer is for: the call it names (`externalCallId`, when a payload carries
 * one) if that call is waiting, else the oldest waiting call. Null when no call is waiting
 * for it (an answer to a request from before a reload that lost the queue, or a repeat).
 */
export function matchAnswer(
  awaiting: readonly AwaitedAnswer[],
  named: CallId | null,
): { id: CallId | null; awaiting: AwaitedAnswer[] } {
  const index = named === null ? 0 : awaiting.findIndex((entry) => entry.id === named);
  const match = awaiting[index];
  if (index < 0 || match === undefined) return { id: null, awaiting: [...awaiting] };
  return { id: match.id, awaiting: awaiting.filter((_, i) => i !== index) };
}

/**
 * Queues a new request. Finished calls that have waited longer than `answerGivenUpAfterMs`
 * leave the queue first; `live` is the call still in progress, whose place is always kept.
 */
export function awaitAnswer(
  awaiting: readonly AwaitedAnswer[],
  request: AwaitedAnswer,
  live: CallId | null,
): AwaitedAnswer[] {
  const kept = awaiting.filter(
    (entry) => entry.id === live || request.at - entry.at <= answerGivenUpAfterMs,
  );
  return [...kept, request];
}
