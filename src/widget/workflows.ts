import type { CallCompletion } from '../call/completion';
import type { CallId } from '../call/ids';
import type { CallerEntry } from '../lookup/lookup-schemas';
import type { CallFacts, WorkflowResult } from '../lookup/run-workflow';
import { liveCallOf } from './live-call';
import { workflowNotStarted } from './start-failures';
import type { WidgetState, WorkflowRun } from './widget-state';
import { stay, type WidgetStep } from './widget-step';

/** The contact the agent settled on for the current lookup, if any. */
export function chosenEntryOf(state: WidgetState): CallerEntry | null {
  const lookup = state.callerLookup;
  if (lookup?.status !== 'answered' || lookup.result.kind !== 'matches' || lookup.chosen === null) {
    return null;
  }
  return lookup.result.entries[lookup.chosen] ?? null;
}

function agentOf(state: WidgetState): CallFacts['agent'] {
  const { host } = state;
  const userId = host.status === 'ready' ? host.context.userId : null;
  // The service knows agents by its own ids; HubSpot's user id is the one we have.
  return { crmId: userId === null ? null : String(userId), name: null };
}

function entryFacts(entry: CallerEntry | null): CallFacts['entry'] {
  return entry === null ? null : { id: entry.id, name: entry.name };
}

/** Marks `name` running for `callId` and asks for it to run. */
function startWorkflow(
  state: WidgetState,
  callId: CallId,
  name: string,
  facts: CallFacts,
): WidgetStep {
  if (state.lookup.status !== 'ready') return stay(state);
  const run: WorkflowRun = { callId, name, status: 'running' };
  const workflows = [...state.workflows.filter((other) => other.name !== name), run];
  return stay(
    { ...state, workflows },
    { type: 'runWorkflow', callId, name, facts, config: state.lookup.config },
  );
}

/** A workflow button on the caller card, for the call in progress. */
export function workflowRequested(state: WidgetState, name: string): WidgetStep {
  const { phase } = state.call;
  const call = liveCallOf(phase);
  if (call === null) return stay(state);
  return startWorkflow(state, call.id, name, {
    direction: call.direction === 'INBOUND' ? 'incoming' : 'outgoing',
    ourNumber: call.from,
    theirNumber: call.to.e164,
    entry: entryFacts(chosenEntryOf(state)),
    agent: agentOf(state),
    startedAt: call.startedAt,
    answeredAt: phase.status === 'connected' || phase.status === 'wrapUp' ? phase.answeredAt : null,
    endedAt: phase.status === 'wrapUp' ? phase.endedAt : null,
  });
}

/** `CallFlow` for a call just saved, when the agent asked for it in Settings. */
export function callFlowFor(state: WidgetState, completion: CallCompletion): WidgetStep {
  if (state.lookup.status !== 'ready' || !state.lookup.autoCallFlow) return stay(state);
  const entry = state.callerLookup?.callId === completion.id ? chosenEntryOf(state) : null;
  return startWorkflow(state, completion.id, 'CallFlow', {
    direction: completion.direction === 'INBOUND' ? 'incoming' : 'outgoing',
    ourNumber: completion.from,
    theirNumber: completion.to.e164,
    entry: entryFacts(entry),
    agent: agentOf(state),
    startedAt: completion.startedAt,
    answeredAt: completion.answeredAt,
    endedAt: completion.endedAt,
  });
}

export function workflowFinished(
  state: WidgetState,
  callId: CallId,
  name: string,
  result: WorkflowResult,
): WidgetStep {
  const running = state.workflows.some(
    (run) => run.callId === callId && run.name === name && run.status === 'running',
  );
  if (!running) return stay(state);
  const done: WorkflowRun = { callId, name, status: 'done', result };
  const workflows = state.workflows.map((run) =>
    run.callId === callId && run.name === name ? done : run,
  );
  return stay({ ...state, workflows });
}

/** The workflow code could not load: the run ends as failed, so its button works again. */
export const workflowCouldNotStart = (state: WidgetState, callId: CallId, name: string) =>
  workflowFinished(state, callId, name, workflowNotStarted);
