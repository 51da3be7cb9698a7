import { assertNever } from '../assert-never';
import { type CrmRecord, findRecord, findRecordByCoordinates } from './contacts';
import { type DialTarget, dialNumberData } from './dial-payload';
import {
  dialFrameOf,
  type FrameLayout,
  type FrameName,
  type FrameSize,
  framesOf,
  registeredSize,
} from './host-frames';
import { booleanField, field, idField, numberField, stringField } from './payload-fields';
import type { ToWidgetMessage, WidgetMessage, WidgetVisibility } from './protocol';
import { type TimelineEntry, timelineEntry } from './timeline';

/** Where the SDK handshake stands: SYNC sent, SYNC_ACK received, or 30 s without answer. */
export type Connection = 'loading' | 'connected' | 'sync-failed';

/** How the simulated HubSpot answers `createEngagement: true` (docs/contracts.md, HubSpot, Engagements). */
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

/** What HubSpot knows of one of its frames and the widget in it. */
export interface FrameSession {
  name: FrameName;
  connection: Connection;
  agent: { isLoggedIn: boolean | null; isAvailable: boolean | null };
  call: HubSpotCall | null;
  visibility: WidgetVisibility;
  /** The iframe's size: the registered one until the widget asks for another. */
  size: FrameSize;
  /** What set `size`, shown next to it. */
  sizedBy: 'settings' | 'INITIALIZED' | 'RESIZE_WIDGET';
}

export interface HostSession {
  layout: FrameLayout;
  /** One per frame of the layout, in `framesOf(layout)` order. */
  frames: readonly FrameSession[];
  engagementMode: EngagementMode;
  selectedRecordKey: string;
  /** Every engagement HubSpot created, whichever frame asked; ids are unique across frames. */
  createdEngagementIds: readonly string[];
  nextEngagementId: number;
  alerts: readonly HostAlert[];
  nextAlertId: number;
}

/**
 * `frame` says which frame an event comes from or is aimed at; left out, it is the frame
 * HubSpot dials (the only one in the sidebar layout).
 */
export type HostEvent =
  | { type: 'connectionChanged'; connection: Connection; frame?: FrameName }
  | { type: 'widgetMessage'; message: WidgetMessage; at: number; frame?: FrameName }
  | { type: 'engagementModeChosen'; mode: EngagementMode }
  | { type: 'recordSelected'; recordKey: string }
  | { type: 'dialClicked'; recordKey: string; phoneName: string; at: number }
  /** A number typed (or picked from the demo list) and dialled from the open record. */
  | { type: 'numberTyped'; recordKey: string; number: string; at: number }
  | { type: 'endCallClicked'; frame?: FrameName }
  | { type: 'visibilityChosen'; visibility: WidgetVisibility; frame?: FrameName }
  | { type: 'widgetReloadClicked'; frame?: FrameName }
  | { type: 'alertDismissed'; id: number };

export type HostEffect =
  | { kind: 'send'; message: ToWidgetMessage; delayMs: number; frame: FrameName }
  | { kind: 'resize'; width: number; height: number; frame: FrameName }
  | { kind: 'logCall'; entry: TimelineEntry }
  | { kind: 'reloadWidget'; frame: FrameName };

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
  options: { layout?: FrameLayout; size?: FrameSize } = {},
): HostSession {
  const { layout = 'sidebar', size = registeredSize } = options;
  return {
    layout,
    frames: framesOf(layout).map((name) => ({
      name,
      connection: 'loading',
      agent: { isLoggedIn: null, isAvailable: null },
      call: null,
      visibility: { isMinimized: false, isHidden: false },
      size,
      sizedBy: 'settings',
    })),
    engagementMode: 'at-once',
    selectedRecordKey,
    createdEngagementIds: [],
    nextEngagementId: firstEngagementId,
    alerts: [],
    nextAlertId: 1,
  };
}

/** The session's record of `name`; a frame the layout does not have reads as undefined. */
export function frameOf(session: HostSession, name: FrameName): FrameSession | undefined {
  return session.frames.find((frame) => frame.name === name);
}

/**
 * The engagement of the call in progress in `name`'s frame (started, not completed), which
 * HubSpot names in its handshake when the widget loads again mid-call.
 */
export function engagementInProgress(session: HostSession, name: FrameName): number | null {
  const engagementId = frameOf(session, name)?.call?.engagementId ?? null;
  return engagementId === null ? null : Number(engagementId);
}

/** The frame HubSpot dials, whose handshake "Call" waits for. */
export function dialFrame(session: HostSession): FrameSession | undefined {
  return frameOf(session, dialFrameOf(session.layout));
}

function withFrame(
  session: HostSession,
  name: FrameName,
  change: (frame: FrameSession) => FrameSession,
): HostSession {
  return {
    ...session,
    frames: session.frames.map((frame) => (frame.name === name ? change(frame) : frame)),
  };
}

const sendTo =
  (frame: FrameName) =>
  (message: ToWidgetMessage, delayMs = 0): HostEffect => ({
    kind: 'send',
    message,
    delayMs,
    frame,
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

const unchanged = (session: HostSession): HostTransition => ({ session, effects: [] });

/** The simulated HubSpot's reaction to one event: its next state and what it does. */
export function hostTransition(session: HostSession, event: HostEvent): HostTransition {
  switch (event.type) {
    case 'engagementModeChosen':
      return { session: { ...session, engagementMode: event.mode }, effects: [] };
    case 'recordSelected':
      return { session: { ...session, selectedRecordKey: event.recordKey }, effects: [] };
    case 'dialClicked': {
      const record = findRecord(event.recordKey);
      const phone = record?.phones.find((candidate) => candidate.name === event.phoneName);
      return record && phone ? dial(session, record, phone, event.at) : unchanged(session);
    }
    case 'numberTyped': {
      const record = findRecord(event.recordKey);
      return record ? dial(session, record, { typed: event.number }, event.at) : unchanged(session);
    }
    case 'alertDismissed':
      return {
        session: { ...session, alerts: session.alerts.filter((alert) => alert.id !== event.id) },
        effects: [],
      };
    default: {
      const frame = frameOf(session, event.frame ?? dialFrameOf(session.layout));
      return frame ? frameTransition(session, frame, event) : unchanged(session);
    }
  }
}

type FrameEvent = Extract<HostEvent, { frame?: FrameName }>;

function frameTransition(
  session: HostSession,
  frame: FrameSession,
  event: FrameEvent,
): HostTransition {
  const send = sendTo(frame.name);
  switch (event.type) {
    case 'connectionChanged': {
      const next = withFrame(session, frame.name, (f) => ({ ...f, connection: event.connection }));
      if (event.connection === 'sync-failed' && frame.connection !== 'sync-failed') {
        return {
          session: withAlert(
            next,
            'hubspot',
            `The widget${frameLabel(session, frame)} did not answer HubSpot’s SYNC within 30 seconds. Check that it creates the calling SDK on load, then reload it.`,
          ),
          effects: [],
        };
      }
      return { session: next, effects: [] };
    }
    case 'widgetMessage':
      return fromWidget(session, frame, event.message, event.at);
    case 'endCallClicked':
      return {
        session,
        effects: frame.connection === 'connected' ? [send({ type: 'END_CALL' })] : [],
      };
    case 'visibilityChosen': {
      const { isHidden, isMinimized } = event.visibility;
      if (isHidden === frame.visibility.isHidden && isMinimized === frame.visibility.isMinimized) {
        return unchanged(session);
      }
      return {
        session: withFrame(session, frame.name, (f) => ({ ...f, visibility: event.visibility })),
        effects:
          frame.connection === 'connected'
            ? [send({ type: 'VISIBILITY_CHANGED', data: event.visibility })]
            : [],
      };
    }
    case 'widgetReloadClicked':
      return {
        session: withFrame(session, frame.name, (f) => ({ ...f, connection: 'loading' })),
        effects: [{ kind: 'reloadWidget', frame: frame.name }],
      };
    default:
      return assertNever(event);
  }
}

/** " in the calling window" and the like, for messages about one frame of two. */
function frameLabel(session: HostSession, frame: FrameSession): string {
  if (session.frames.length === 1) return '';
  return frame.name === 'remote' ? ' in the navigation bar' : ' in the calling window';
}

function dial(
  session: HostSession,
  record: CrmRecord,
  target: DialTarget,
  at: number,
): HostTransition {
  const frame = dialFrame(session);
  if (!frame) return unchanged(session);
  if (frame.connection !== 'connected') {
    // The SDK would drop the message with a console warning; say it where people look.
    return {
      session: withAlert(
        session,
        'hubspot',
        `The widget${frameLabel(session, frame)} has not finished its handshake: HubSpot cannot dial yet.`,
      ),
      effects: [],
    };
  }
  const send = sendTo(frame.name);
  const effects: HostEffect[] = [];
  let next = session;
  // Clicking "Call" brings HubSpot's call widget back into view before dialling.
  if (frame.visibility.isHidden || frame.visibility.isMinimized) {
    const visible = { isHidden: false, isMinimized: false };
    next = withFrame(next, frame.name, (f) => ({ ...f, visibility: visible }));
    effects.push(send({ type: 'VISIBILITY_CHANGED', data: visible }));
  }
  effects.push(send({ type: 'DIAL_NUMBER', data: dialNumberData(record, target, at) }));
  return { session: next, effects };
}

function callStarted(
  session: HostSession,
  frame: FrameSession,
  data: unknown,
  direction: HubSpotCall['direction'],
): HostTransition {
  const send = sendTo(frame.name);
  const call: HubSpotCall = {
    externalCallId: stringField(data, 'externalCallId'),
    direction,
    number: stringField(data, direction === 'OUTBOUND' ? 'toNumber' : 'fromNumber'),
    phase: 'started',
    endStatus: null,
    engagementId: null,
  };
  const withCall = (c: HubSpotCall) => withFrame(session, frame.name, (f) => ({ ...f, call: c }));
  if (booleanField(data, 'createEngagement') !== true) {
    return { session: withCall(call), effects: [] };
  }

  switch (session.engagementMode) {
    case 'failed':
      return {
        session: withCall(call),
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
          ...withCall({ ...call, engagementId: String(engagementId) }),
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
    default:
      return assertNever(session.engagementMode);
  }
}

/**
 * A size the widget asked for (`RESIZE_WIDGET`, or `sizeInfo` in `INITIALIZED` as the
 * SDK's README and HubSpot's demo app send it). HubSpot uses the width and height given,
 * larger or smaller; a missing or unusable one keeps the frame's current value.
 */
function resized(
  session: HostSession,
  frame: FrameSession,
  asked: unknown,
  sizedBy: FrameSession['sizedBy'],
): HostTransition {
  const usable = (size: number | null) => (size !== null && size > 0 ? Math.round(size) : null);
  const width = usable(numberField(asked, 'width'));
  const height = usable(numberField(asked, 'height'));
  if (width === null && height === null) return unchanged(session);
  const size = { width: width ?? frame.size.width, height: height ?? frame.size.height };
  return {
    session: withFrame(session, frame.name, (f) => ({ ...f, size, sizedBy })),
    effects: [{ kind: 'resize', ...size, frame: frame.name }],
  };
}

function fromWidget(
  session: HostSession,
  frame: FrameSession,
  message: WidgetMessage,
  at: number,
): HostTransition {
  const { data } = message;
  const { agent, call } = frame;
  const update = (change: Partial<FrameSession>): HostTransition => ({
    session: withFrame(session, frame.name, (f) => ({ ...f, ...change })),
    effects: [],
  });
  switch (message.type) {
    case 'INITIALIZED': {
      const next = update({ agent: { ...agent, isLoggedIn: booleanField(data, 'isLoggedIn') } });
      const sizeInfo = field(data, 'sizeInfo');
      return sizeInfo === undefined
        ? next
        : resized(
            next.session,
            frameOf(next.session, frame.name) ?? frame,
            sizeInfo,
            'INITIALIZED',
          );
    }
    case 'LOGGED_IN':
    case 'LOGGED_OUT':
      return update({ agent: { ...agent, isLoggedIn: message.type === 'LOGGED_IN' } });
    case 'USER_AVAILABLE':
    case 'USER_UNAVAILABLE':
      return update({ agent: { ...agent, isAvailable: message.type === 'USER_AVAILABLE' } });
    case 'OUTGOING_CALL_STARTED':
      return callStarted(session, frame, data, 'OUTBOUND');
    case 'INCOMING_CALL':
      return callStarted(session, frame, data, 'INBOUND');
    case 'CALL_ANSWERED':
      return call ? update({ call: { ...call, phase: 'answered' } }) : unchanged(session);
    case 'CALL_ENDED':
      return call
        ? update({
            call: {
              ...call,
              phase: 'ended',
              endStatus: stringField(data, 'callEndStatus'),
              engagementId: idField(data, 'engagementId') ?? call.engagementId,
            },
          })
        : unchanged(session);
    case 'CALL_COMPLETED': {
      const entry = timelineEntry(data, {
        loggedAt: at,
        createdEngagementIds: session.createdEngagementIds,
      });
      const effects: HostEffect[] = [{ kind: 'logCall', entry }];
      let next = withFrame(session, frame.name, (f) => ({ ...f, call: null }));
      if (entry.hideWidget && !frame.visibility.isHidden) {
        const hidden = { isHidden: true, isMinimized: false };
        next = withFrame(next, frame.name, (f) => ({ ...f, visibility: hidden }));
        effects.push(sendTo(frame.name)({ type: 'VISIBILITY_CHANGED', data: hidden }));
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
    case 'RESIZE_WIDGET':
      return resized(session, frame, data, 'RESIZE_WIDGET');
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
          sendTo(frame.name)({
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
      return unchanged(session);
  }
}
