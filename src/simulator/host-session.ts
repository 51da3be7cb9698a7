import { type CrmRecord, findRecord, findRecordByCoordinates } from './contacts';
import { type DialTarget, dialNumberData } from './dial-payload';
import { booleanField, field, idField, numberField, stringField } from './payload-fields';
import type { ToWidgetMessage, WidgetMessage, WidgetVisibility } from './protocol';
import { type TimelineEntry, timelineEntry } from './timeline';

/** Where the SDK handshake stands: SYNC sent, SYNC_ACK received, or 30 s without answer. */
export type Connection = 'loading' | 'connected' | 'sync-failed';

/** How the simulated HubSpot answers `createEngagement: true` (SPEC §1, Engagements). */
export type EngagementMode = 'at-once' | 'after-3s' | 'failed';

export const engagementModes: readonly { mode: EngagementMode; label: string }[] = [
  { mode: 'at-once', label: 'Created at once' },
  { mode: 'after-3s', label: 'Created after 3 s' },
  { mode: 'failed', label: 'Creation fails' },
];

export const engagementDelayMs = 3000;

/** What HubSpot knows of the call in progress, from the widget's messages. */
export interface HubSpotCall {
  externalCallId: string | null;
  direction: 'OUTBOUND' | 'INBOUND';
  /** The other party: `toNumber` outbound, `fromNumber` inbound. */
  number: string | null;
  phase: 'started' | 'answered' | 'ended';
  endStatus: string | null;
  engagementId: string | null;
}

/** A HubSpot alert banner; `message` is shown as given. */
export interface HostAlert {
  id: number;
  source: 'widget' | 'hubspot';
  message: string;
}

export interface HostSession {
  connection: Connection;
  engagementMode: EngagementMode;
  agent: { isLoggedIn: boolean | null; isAvailable: boolean | null };
  call: HubSpotCall | null;
  visibility: WidgetVisibility;
  selectedRecordKey: string;
  createdEngagementIds: readonly string[];
  nextEngagementId: number;
  alerts: readonly HostAlert[];
  nextAlertId: number;
}

export type HostEvent =
  | { type: 'connectionChanged'; connection: Connection }
  | { type: 'widgetMessage'; message: WidgetMessage; at: number }
  | { type: 'engagementModeChosen'; mode: EngagementMode }
  | { type: 'recordSelected'; recordKey: string }
  | { type: 'dialClicked'; recordKey: string; phoneName: string; at: number }
  /** A number typed (or picked from the demo list) and dialled from the open record. */
  | { type: 'numberTyped'; recordKey: string; number: string; at: number }
  | { type: 'endCallClicked' }
  | { type: 'visibilityChosen'; visibility: WidgetVisibility }
  | { type: 'widgetReloadClicked' }
  | { type: 'alertDismissed'; id: number };

export type HostEffect =
  | { kind: 'send'; message: ToWidgetMessage; delayMs: number }
  | { kind: 'resize'; width: number | null; height: number | null }
  | { kind: 'logCall'; entry: TimelineEntry }
  | { kind: 'reloadWidget' };

export interface HostTransition {
  session: HostSession;
  effects: HostEffect[];
}

/**
 * A fresh session. `firstEngagementId` should differ from run to run (the widget keeps
 * calls across reloads, and an engagement id reused by a new session would confuse it).
 */
export function initialHostSession(
  firstEngagementId: number,
  selectedRecordKey: string,
): HostSession {
  return {
    connection: 'loading',
    engagementMode: 'at-once',
    agent: { isLoggedIn: null, isAvailable: null },
    call: null,
    visibility: { isMinimized: false, isHidden: false },
    selectedRecordKey,
    createdEngagementIds: [],
    nextEngagementId: firstEngagementId,
    alerts: [],
    nextAlertId: 1,
  };
}

const send = (message: ToWidgetMessage, delayMs = 0): HostEffect => ({
  kind: 'send',
  message,
  delayMs,
});

function withAlert(
  session: HostSession,
  source: HostAlert['source'],
  message: string,
): HostSession {
  return {
    ...session,
    alerts: [...session.alerts, { id: session.nextAlertId, source, message }],
    nextAlertId: session.nextAlertId + 1,
  };
}

/** The simulated HubSpot's reaction to one event: its next state and what it does. */
export function hostTransition(session: HostSession, event: HostEvent): HostTransition {
  switch (event.type) {
    case 'connectionChanged': {
      const next = { ...session, connection: event.connection };
      if (event.connection === 'sync-failed' && session.connection !== 'sync-failed') {
        return {
          session: withAlert(
            next,
            'hubspot',
            'The widget did not answer HubSpot’s SYNC within 30 seconds. Check that it creates the calling SDK on load, then reload it.',
          ),
          effects: [],
        };
      }
      return { session: next, effects: [] };
    }
    case 'widgetMessage':
      return fromWidget(session, event.message, event.at);
    case 'engagementModeChosen':
      return { session: { ...session, engagementMode: event.mode }, effects: [] };
    case 'recordSelected':
      return { session: { ...session, selectedRecordKey: event.recordKey }, effects: [] };
    case 'dialClicked': {
      const record = findRecord(event.recordKey);
      const phone = record?.phones.find((candidate) => candidate.name === event.phoneName);
      return record && phone ? dial(session, record, phone, event.at) : { session, effects: [] };
    }
    case 'numberTyped': {
      const record = findRecord(event.recordKey);
      return record
        ? dial(session, record, { typed: event.number }, event.at)
        : { session, effects: [] };
    }
    case 'endCallClicked':
      return {
        session,
        effects: session.connection === 'connected' ? [send({ type: 'END_CALL' })] : [],
      };
    case 'visibilityChosen': {
      const { isHidden, isMinimized } = event.visibility;
      if (
        isHidden === session.visibility.isHidden &&
        isMinimized === session.visibility.isMinimized
      ) {
        return { session, effects: [] };
      }
      return {
        session: { ...session, visibility: event.visibility },
        effects:
          session.connection === 'connected'
            ? [send({ type: 'VISIBILITY_CHANGED', data: event.visibility })]
            : [],
      };
    }
    case 'widgetReloadClicked':
      return {
        session: { ...session, connection: 'loading' },
        effects: [{ kind: 'reloadWidget' }],
      };
    case 'alertDismissed':
      return {
        session: { ...session, alerts: session.alerts.filter((alert) => alert.id !== event.id) },
        effects: [],
      };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

function dial(
  session: HostSession,
  record: CrmRecord,
  target: DialTarget,
  at: number,
): HostTransition {
  if (session.connection !== 'connected') {
    // The SDK would drop the message with a console warning; say it where people look.
    return {
      session: withAlert(
        session,
        'hubspot',
        'The widget has not finished its handshake: HubSpot cannot dial yet.',
      ),
      effects: [],
    };
  }
  const effects: HostEffect[] = [];
  let next = session;
  // Clicking "Call" brings HubSpot's call widget back into view before dialling.
  if (session.visibility.isHidden || session.visibility.isMinimized) {
    const visible = { isHidden: false, isMinimized: false };
    next = { ...next, visibility: visible };
    effects.push(send({ type: 'VISIBILITY_CHANGED', data: visible }));
  }
  effects.push(send({ type: 'DIAL_NUMBER', data: dialNumberData(record, target, at) }));
  return { session: next, effects };
}

function callStarted(
  session: HostSession,
  data: unknown,
  direction: HubSpotCall['direction'],
): HostTransition {
  const externalCallId = stringField(data, 'externalCallId');
  const call: HubSpotCall = {
    externalCallId,
    direction,
    number: stringField(data, direction === 'OUTBOUND' ? 'toNumber' : 'fromNumber'),
    phase: 'started',
    endStatus: null,
    engagementId: null,
  };
  const next = { ...session, call };
  if (booleanField(data, 'createEngagement') !== true) return { session: next, effects: [] };

  switch (session.engagementMode) {
    case 'failed':
      return {
        session: next,
        effects: [
          send({
            type: 'CREATE_ENGAGEMENT_FAILED',
            data: {
              error: {
                message: 'HubSpot could not create the call engagement (simulated failure).',
              },
            },
          }),
        ],
      };
    case 'at-once':
    case 'after-3s': {
      const engagementId = session.nextEngagementId;
      return {
        session: {
          ...next,
          call: { ...call, engagementId: String(engagementId) },
          createdEngagementIds: [...session.createdEngagementIds, String(engagementId)],
          nextEngagementId: engagementId + 1,
        },
        effects: [
          send(
            { type: 'CREATE_ENGAGEMENT_SUCCEEDED', data: { engagementId } },
            session.engagementMode === 'after-3s' ? engagementDelayMs : 0,
          ),
        ],
      };
    }
    default: {
      const unreachable: never = session.engagementMode;
      return unreachable;
    }
  }
}

function fromWidget(session: HostSession, message: WidgetMessage, at: number): HostTransition {
  const { data } = message;
  const agent = session.agent;
  switch (message.type) {
    case 'INITIALIZED':
      return {
        session: { ...session, agent: { ...agent, isLoggedIn: booleanField(data, 'isLoggedIn') } },
        effects: [],
      };
    case 'LOGGED_IN':
    case 'LOGGED_OUT':
      return {
        session: { ...session, agent: { ...agent, isLoggedIn: message.type === 'LOGGED_IN' } },
        effects: [],
      };
    case 'USER_AVAILABLE':
    case 'USER_UNAVAILABLE':
      return {
        session: {
          ...session,
          agent: { ...agent, isAvailable: message.type === 'USER_AVAILABLE' },
        },
        effects: [],
      };
    case 'OUTGOING_CALL_STARTED':
      return callStarted(session, data, 'OUTBOUND');
    case 'INCOMING_CALL':
      return callStarted(session, data, 'INBOUND');
    case 'CALL_ANSWERED':
      return session.call
        ? { session: { ...session, call: { ...session.call, phase: 'answered' } }, effects: [] }
        : { session, effects: [] };
    case 'CALL_ENDED':
      return session.call
        ? {
            session: {
              ...session,
              call: {
                ...session.call,
                phase: 'ended',
                endStatus: stringField(data, 'callEndStatus'),
                engagementId: idField(data, 'engagementId') ?? session.call.engagementId,
              },
            },
            effects: [],
          }
        : { session, effects: [] };
    case 'CALL_COMPLETED': {
      const entry = timelineEntry(data, {
        loggedAt: at,
        createdEngagementIds: session.createdEngagementIds,
      });
      const effects: HostEffect[] = [{ kind: 'logCall', entry }];
      let next: HostSession = { ...session, call: null };
      if (entry.hideWidget && !session.visibility.isHidden) {
        const hidden = { isHidden: true, isMinimized: false };
        next = { ...next, visibility: hidden };
        effects.push(send({ type: 'VISIBILITY_CHANGED', data: hidden }));
      }
      return { session: next, effects };
    }
    case 'ERROR': {
      const text = stringField(data, 'message');
      const kind = stringField(data, 'type');
      return {
        session: withAlert(
          session,
          'widget',
          text?.trim() ? text : `The widget reported an error${kind ? ` (${kind})` : ''}.`,
        ),
        effects: [],
      };
    }
    case 'RESIZE_WIDGET': {
      const width = numberField(data, 'width');
      const height = numberField(data, 'height');
      const usable = (size: number | null) => (size !== null && size > 0 ? size : null);
      return {
        session,
        effects: [{ kind: 'resize', width: usable(width), height: usable(height) }],
      };
    }
    case 'NAVIGATE_TO_RECORD': {
      const coordinates = field(data, 'objectCoordinates');
      const objectId = idField(coordinates, 'objectId');
      const objectTypeId = stringField(coordinates, 'objectTypeId');
      const record =
        objectId !== null && objectTypeId !== null
          ? findRecordByCoordinates(objectId, objectTypeId)
          : undefined;
      if (record) return { session: { ...session, selectedRecordKey: record.key }, effects: [] };
      return {
        session,
        effects: [
          send({
            type: 'NAVIGATE_TO_RECORD_FAILED',
            data: {
              error: {
                message: `No record ${objectTypeId ?? '?'}/${objectId ?? '?'} in this portal.`,
              },
            },
          }),
        ],
      };
    }
    default:
      // CALL_DATA, FINALIZE_ENGAGEMENT...: logged, nothing for HubSpot to show.
      return { session, effects: [] };
  }
}
