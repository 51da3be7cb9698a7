import { useEffect, useSyncExternalStore } from 'react';
import styled, { createGlobalStyle } from 'styled-components';
import { Alerts } from './Alerts';
import { crmRecords, findRecord } from './contacts';
import { DialPanel } from './DialPanel';
import { type DemoPhoneApp, widgetUsesPhoneSync } from './demo-widget-url';
import { EngagementModes, HostControls } from './HostControls';
import type { FrameLayout } from './host-frames';
import { dialFrame } from './host-session';
import type { WidgetSource } from './local-settings';
import { MessageLog } from './MessageLog';
import type { PortalMemory } from './portal-memory';
import { RecordCard } from './RecordCard';
import { RecordList } from './RecordList';
import { SyncServiceSwitch } from './SyncServiceSwitch';
import type { SimulatorRecorder } from './simulator-record';
import { TimelineCard } from './TimelineCard';
import { TopBar } from './TopBar';
import { colors, fontStack } from './theme';
import { UseInHubSpotPanel } from './UseInHubSpotPanel';
import { frameHostId, useHostSession } from './use-host-session';
import { WidgetPanel } from './WidgetPanel';

const PageStyle = createGlobalStyle`
  body {
    margin: 0;
    background: ${colors.page};
    color: ${colors.text};
    font-family: ${fontStack};
  }
`;

const Main = styled.main`
  display: grid;
  /*
   * The widget column is as wide as the widget's iframe: everything else in it is as wide
   * as the column without widening it (see fitsColumn), so the record keeps the rest.
   */
  grid-template-columns: 220px minmax(380px, 1fr) auto;
  grid-template-areas:
    'alerts alerts alerts'
    'records record widget'
    'log log log';
  gap: 16px;
  padding: 16px 20px 24px;
  align-items: start;
`;

const Area = styled.div<{ $area: string }>`
  grid-area: ${({ $area }) => $area};
  min-width: 0;
`;

const Column = styled.div`
  display: grid;
  gap: 16px;
`;

const Timeline = styled.section`
  h2 {
    margin: 0 0 8px;
    font-size: 16px;
    font-weight: 600;
  }
  ol {
    display: grid;
    gap: 12px;
    margin: 0;
    padding: 0;
  }
`;

const Empty = styled.p`
  margin: 0;
  color: ${colors.muted};
  font-size: 14px;
`;

/**
 * A HubSpot record page with the calling app where HubSpot puts it (the record sidebar, or
 * the navigation bar and the calling window), speaking the SDK's protocol.
 */
export function SimulatorPage(props: {
  source: WidgetSource;
  recorder: SimulatorRecorder;
  firstEngagementId: number;
  /** Engagements the portal created before this page load (see portal-memory.ts). */
  createdEngagementIds?: readonly string[];
  phoneApp: DemoPhoneApp;
  /** The simulator's `?sync=on`: the team runs the sync service (the phone's side of the demo). */
  phoneSync?: boolean;
  layout: FrameLayout;
  /** Called with what the portal keeps whenever it changes, to carry it across reloads. */
  onMemoryChanged?(memory: PortalMemory): void;
}) {
  const { source, recorder, firstEngagementId, phoneApp, layout, onMemoryChanged } = props;
  // The phone's side shows when the widget embedded leaves it to the sync service.
  const phoneSide = widgetUsesPhoneSync(source.url);
  const firstRecord = crmRecords[0];
  const { session, dispatch } = useHostSession({
    widgetUrl: source.url,
    recorder,
    firstEngagementId,
    createdEngagementIds: props.createdEngagementIds,
    firstRecordKey: firstRecord?.key ?? '',
    layout,
    size: source.size,
  });
  const messages = useSyncExternalStore(recorder.subscribe, () => recorder.record.messages);
  const timeline = useSyncExternalStore(recorder.subscribe, () => recorder.record.timeline);
  const record = findRecord(session.selectedRecordKey) ?? firstRecord;
  const canDial = dialFrame(session)?.connection === 'connected';
  const { createdEngagementIds } = session;
  useEffect(() => {
    onMemoryChanged?.({ timeline, createdEngagementIds });
  }, [onMemoryChanged, timeline, createdEngagementIds]);

  return (
    <>
      <PageStyle />
      <TopBar providerName={source.providerName} phoneApp={phoneApp} layout={layout} />
      <Main>
        <Area $area="alerts">
          <Alerts
            alerts={session.alerts}
            providerName={source.providerName}
            note={source.note}
            onDismiss={(id) => dispatch({ type: 'alertDismissed', id })}
          />
        </Area>
        <Area $area="records">
          <RecordList
            records={crmRecords}
            selectedKey={session.selectedRecordKey}
            onSelect={(recordKey) => dispatch({ type: 'recordSelected', recordKey })}
          />
        </Area>
        <Area $area="record">
          <Column>
            {record && (
              <RecordCard
                record={record}
                canDial={canDial}
                onDial={(phoneName) =>
                  dispatch({
                    type: 'dialClicked',
                    recordKey: record.key,
                    phoneName,
                    at: Date.now(),
                  })
                }
              />
            )}
            {record && (
              <DialPanel
                canDial={canDial}
                onDial={(number) =>
                  dispatch({ type: 'numberTyped', recordKey: record.key, number, at: Date.now() })
                }
              />
            )}
            <Timeline aria-label="Activity timeline">
              <h2>Logged calls</h2>
              <SyncServiceSwitch phoneSync={props.phoneSync ?? false} />
              {timeline.length === 0 ? (
                <Empty>
                  No call logged yet. Calls appear here when the widget sends CALL_COMPLETED.
                </Empty>
              ) : (
                <ol>
                  {timeline
                    .map((entry, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only grows; index is the entry's identity.
                      <TimelineCard key={index} entry={entry} phoneSide={phoneSide} />
                    ))
                    .reverse()}
                </ol>
              )}
            </Timeline>
          </Column>
        </Area>
        <Area $area="widget">
          <Column>
            {session.frames.map((frame) => (
              <WidgetPanel
                key={frame.name}
                hostId={frameHostId(frame.name)}
                providerName={source.providerName}
                widgetUrl={source.url}
                frame={frame}
                controls={
                  <HostControls
                    frame={frame}
                    onEndCall={() => dispatch({ type: 'endCallClicked', frame: frame.name })}
                    onVisibility={(visibility) =>
                      dispatch({ type: 'visibilityChosen', visibility, frame: frame.name })
                    }
                    onReload={() => dispatch({ type: 'widgetReloadClicked', frame: frame.name })}
                  />
                }
              />
            ))}
            {/* Below the frames: the widget's buttons stay as high on the page as they can. */}
            <EngagementModes
              mode={session.engagementMode}
              onChange={(mode) => dispatch({ type: 'engagementModeChosen', mode })}
            />
            <UseInHubSpotPanel widgetUrl={source.url} />
          </Column>
        </Area>
        <Area $area="log">
          <MessageLog messages={messages} />
        </Area>
      </Main>
    </>
  );
}
