import { useState } from 'react';
import styled from 'styled-components';
import { demoDirectory } from '../mocks/demo-directory';
import { HostButton } from './HostControls';
import { colors } from './theme';

const Panel = styled.section`
  display: grid;
  gap: 10px;
  padding: 14px 18px;
  background: ${colors.panel};
  border: 1px solid ${colors.border};
  border-radius: 4px;
  font-size: 13px;
  h2 {
    margin: 0;
    font-size: 14px;
    font-weight: 600;
  }
  p {
    margin: 0;
    color: ${colors.muted};
  }
`;

const Form = styled.form`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: center;
  input {
    flex: 1 1 180px;
    min-width: 0;
    padding: 5px 8px;
    border: 1px solid ${colors.border};
    border-radius: 3px;
    font: inherit;
  }
`;

const Listings = styled.ul`
  display: grid;
  gap: 6px;
  margin: 0;
  padding: 0;
  li {
    list-style: none;
    display: flex;
    gap: 10px;
    align-items: baseline;
  }
  button {
    flex: none;
    white-space: nowrap;
  }
  span {
    min-width: 0;
    overflow-wrap: anywhere;
    color: ${colors.muted};
  }
`;

/**
 * Numbers the record does not hold: anything typed (sent as typed, so malformed numbers
 * reach the widget's own check) and the demo lookup service's numbers, each with what it
 * shows. Dialled from the open record, like a HubSpot user calling another number.
 */
export function DialPanel(props: { canDial: boolean; onDial(number: string): void }) {
  const { canDial, onDial } = props;
  const [typed, setTyped] = useState('');
  const waiting = canDial ? undefined : 'Waiting for the widget to answer HubSpot’s SYNC';
  return (
    <Panel aria-labelledby="dial-panel-heading">
      <h2 id="dial-panel-heading">Dial another number</h2>
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          onDial(typed);
        }}
      >
        <input
          type="text"
          aria-label="Number to dial"
          placeholder="Any text, e.g. +1 202-555-0104 or 12"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <HostButton type="submit" disabled={!canDial || typed === ''} title={waiting}>
          Dial
        </HostButton>
      </Form>
      <p>The demo lookup service’s numbers:</p>
      <Listings>
        {demoDirectory.map((listing) => (
          <li key={listing.number}>
            <HostButton
              type="button"
              disabled={!canDial}
              title={waiting}
              aria-label={`Dial ${listing.written}`}
              onClick={() => onDial(listing.written)}
            >
              {listing.written}
            </HostButton>
            <span>{listing.shows}</span>
          </li>
        ))}
      </Listings>
    </Panel>
  );
}
