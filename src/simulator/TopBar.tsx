import styled from 'styled-components';
import type { DemoPhoneApp } from './demo-widget-url';
import type { FrameLayout } from './host-frames';
import { portal } from './portal';
import { colors } from './theme';

const Bar = styled.header`
  display: flex;
  align-items: center;
  gap: 24px;
  height: 52px;
  padding: 0 20px;
  background: ${colors.nav};
  color: ${colors.navText};
  font-size: 14px;
`;

const Logo = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 10px;
  font-weight: 600;
  &::before {
    content: '';
    width: 22px;
    height: 22px;
    border-radius: 50%;
    border: 5px solid ${colors.accent};
    box-sizing: border-box;
  }
`;

const Nav = styled.nav`
  display: flex;
  gap: 18px;
  color: #b0c1d4;
`;

const Right = styled.div`
  margin-left: auto;
  display: flex;
  gap: 18px;
  color: #b0c1d4;
`;

const Switch = styled.label`
  display: inline-flex;
  gap: 6px;
  align-items: center;
  select {
    font: inherit;
  }
`;

/** Reloads the simulator with one of its own query parameters changed. */
export function reloadWith(parameter: string, value: string) {
  const url = new URL(window.location.href);
  url.searchParams.set(parameter, value);
  window.location.assign(url);
}

/** Where HubSpot places the app: each SYNC says so, so the page reloads with it. */
function LocationSwitch({ layout }: { layout: FrameLayout }) {
  return (
    <Switch>
      Widget location
      <select
        value={layout === 'sidebar' ? 'widget' : 'remote'}
        onChange={(event) => reloadWith('location', event.target.value)}
      >
        <option value="widget">Record sidebar (widget)</option>
        <option value="remote">Navigation bar + calling window (remote, window)</option>
      </select>
    </Switch>
  );
}

/** The admin's choice of phone app: a new widget URL, so the page reloads with it. */
function PhoneAppSwitch({ phoneApp }: { phoneApp: DemoPhoneApp }) {
  return (
    <Switch>
      Team phone app
      <select value={phoneApp} onChange={(event) => reloadWith('provider', event.target.value)}>
        <option value="openphone">OpenPhone</option>
        <option value="caresoft">CareSoft CsCall</option>
      </select>
    </Switch>
  );
}

export function TopBar({
  providerName,
  phoneApp,
  layout,
}: {
  providerName: string;
  phoneApp: DemoPhoneApp;
  layout: FrameLayout;
}) {
  return (
    <Bar>
      <Logo>HubSpot simulator</Logo>
      <Nav aria-label="HubSpot sections">
        <span>Contacts</span>
        <span>Conversations</span>
        <span>Service</span>
      </Nav>
      <Right>
        <PhoneAppSwitch phoneApp={phoneApp} />
        <LocationSwitch layout={layout} />
        <span data-testid="provider-name">Calling provider: {providerName}</span>
        <span>Portal {portal.portalId}</span>
      </Right>
    </Bar>
  );
}
