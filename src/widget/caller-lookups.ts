import type { CallCompletion } from '../call/completion';
import type { CallEvent } from '../call/events';
import type { CallId } from '../call/ids';
import type { CallPhase } from '../call/state';
import type { LookupConfig } from '../lookup/lookup-config';
import type { FetchLike } from '../lookup/service-exchange';
import { effectiveLookup } from '../settings/lookup-settings';
import type { Store } from './store';
import type { WidgetState } from './widget-state';

type LookupKit = typeof import('../lookup/lookup-kit');

export interface CallerLookupPorts {
  store: Store<WidgetState>;
  dispatch: (event: CallEvent) => void;
  fetch: FetchLike;
  now: () => number;
  loadKit: () => Promise<LookupKit>;
}

export interface CallerLookups {
  /** The agent picked who answers a shared number (a switchboard). */
  chooseEntry(index: number): void;
  runWorkflow(name: string): void;
  /** Runs `CallFlow` for a call just saved, when the agent or admin asked for it. */
  callCompleted(completion: CallCompletion): void;
}

const liveCallOf = (phase: CallPhase) =>
  phase.status === 'idle' || phase.status === 'numberNeeded' ? null : phase.call;

/**
 * Asks the customer's phone lookup service who each handed-off number belongs to (SPEC §4),
 * beside the handoff and never in its way: the link is already on screen when the request
 * leaves. A request is dropped when its call moves on.
 */
export function createCallerLookups(ports: CallerLookupPorts): CallerLookups {
  const { store } = ports;
  let inFlight: { callId: CallId; controller: AbortController } | null = null;

  const configNow = () => {
    const { settings, admin } = store.get();
    const lookup = effectiveLookup(settings.lookup, admin.lookup, admin.demoLookupRoot);
    return lookup.status === 'ready' ? lookup : null;
  };

  const update = (change: (state: WidgetState) => WidgetState) => store.set(change);

  const start = (callId: CallId, e164: string, config: LookupConfig) => {
    inFlight?.controller.abort();
    const controller = new AbortController();
    inFlight = { callId, controller };
    update((state) => ({ ...state, callerLookup: { callId, status: 'looking' }, workflows: [] }));
    void ports
      .loadKit()
      .then((kit) =>
        kit.lookupCaller(config, { e164 }, { fetch: ports.fetch, signal: controller.signal }),
      )
      .catch((): { kind: 'failed'; message: string } => ({
        kind: 'failed',
        message: 'The caller lookup could not start. Reload the widget to try again.',
      }))
      .then((result) => {
        if (controller.signal.aborted || result.kind === 'aborted') return;
        const only = result.kind === 'matches' && result.entries.length === 1 ? 0 : null;
        update((state) =>
          state.callerLookup?.callId === callId
            ? { ...state, callerLookup: { callId, status: 'answered', result, chosen: only } }
            : state,
        );
        if (only !== null && result.kind === 'matches') {
          ports.dispatch({ type: 'calleeNamed', name: result.entries[0]?.name ?? null });
        }
      });
  };

  store.subscribe(() => {
    const state = store.get();
    const call = liveCallOf(state.call.phase);
    if (call === null) {
      // Back to idle: a lookup still running answers for a call that is over.
      if (inFlight !== null) {
        inFlight.controller.abort();
        inFlight = null;
      }
      return;
    }
    if (state.callerLookup?.callId === call.id) return;
    const config = configNow();
    if (config === null) return;
    start(call.id, call.to.e164, config.config);
  });

  const entryOf = (state: WidgetState) => {
    const lookup = state.callerLookup;
    if (
      lookup?.status !== 'answered' ||
      lookup.result.kind !== 'matches' ||
      lookup.chosen === null
    ) {
      return null;
    }
    return lookup.result.entries[lookup.chosen] ?? null;
  };

  const run = async (
    name: string,
    callId: CallId,
    facts: Parameters<LookupKit['workflowInputsFor']>[0],
    config: LookupConfig,
  ) => {
    update((state) => ({
      ...state,
      workflows: [
        ...state.workflows.filter((w) => w.name !== name),
        { callId, name, status: 'running' },
      ],
    }));
    const kit = await ports.loadKit();
    const result = await kit.runWorkflow(config, name, kit.workflowInputsFor(facts), {
      fetch: ports.fetch,
    });
    update((state) => ({
      ...state,
      workflows: state.workflows.map((w) =>
        w.callId === callId && w.name === name ? { callId, name, status: 'done', result } : w,
      ),
    }));
  };

  const agentOf = (state: WidgetState) => {
    const { host } = state;
    const userId = host.status === 'ready' ? host.context.userId : null;
    // The service knows agents by its own ids; HubSpot's user id is the one we have.
    return { crmId: userId === null ? null : String(userId), name: null };
  };

  return {
    chooseEntry(index) {
      const state = store.get();
      const lookup = state.callerLookup;
      if (lookup?.status !== 'answered' || lookup.result.kind !== 'matches') return;
      const entry = lookup.result.entries[index];
      if (entry === undefined) return;
      update((s) => ({ ...s, callerLookup: { ...lookup, chosen: index } }));
      ports.dispatch({ type: 'calleeNamed', name: entry.name });
    },

    runWorkflow(name) {
      const state = store.get();
      const call = liveCallOf(state.call.phase);
      const config = configNow();
      if (call === null || config === null) return;
      const { phase } = state.call;
      const entry = entryOf(state);
      void run(
        name,
        call.id,
        {
          direction: call.direction === 'INBOUND' ? 'incoming' : 'outgoing',
          ourNumber: call.from,
          theirNumber: call.to.e164,
          entry: entry === null ? null : { id: entry.id, name: entry.name },
          agent: agentOf(state),
          startedAt: call.startedAt,
          answeredAt:
            phase.status === 'connected' || phase.status === 'wrapUp' ? phase.answeredAt : null,
          endedAt: phase.status === 'wrapUp' ? phase.endedAt : null,
        },
        config.config,
      );
    },

    callCompleted(completion) {
      const state = store.get();
      const config = configNow();
      if (config === null || !config.autoCallFlow) return;
      const entry = state.callerLookup?.callId === completion.id ? entryOf(state) : null;
      void run(
        'CallFlow',
        completion.id,
        {
          direction: completion.direction === 'INBOUND' ? 'incoming' : 'outgoing',
          ourNumber: completion.from,
          theirNumber: completion.to.e164,
          entry: entry === null ? null : { id: entry.id, name: entry.name },
          agent: agentOf(state),
          startedAt: completion.startedAt,
          answeredAt: completion.answeredAt,
          endedAt: completion.endedAt,
        },
        config.config,
      );
    },
  };
}
