import { describe, expect, it } from 'vitest';
import { screensDue } from '../../src/widget/screens-due';
import { contactDial, testWidget } from '../support/test-widget';

const startAt = 1_760_000_000_000;

describe('screensDue', () => {
  it('holds the screens back until HubSpot has heard initialized', () => {
    const widget = testWidget({ startAt });
    expect(screensDue(widget.state())).toBe('beforeHandshake');
  });

  it('waits a quiet spell once initialized is sent, for a dial that may be on its way', () => {
    const widget = testWidget({ startAt });
    widget.ready();
    expect(screensDue(widget.state())).toBe('afterQuietSpell');
  });

  it('lets them load at once when HubSpot’s dial is handed off', async () => {
    const widget = testWidget({ startAt });
    widget.ready();
    await widget.dial();
    expect(widget.phase().status).toBe('handedOff');
    expect(screensDue(widget.state())).toBe('now');
  });

  it('lets them load at once when the dialled number needs correcting, which only the screens can take', async () => {
    const widget = testWidget({ startAt });
    widget.ready();
    await widget.dial({ ...contactDial, phoneNumber: 'call me' });
    expect(widget.phase().status).toBe('numberNeeded');
    expect(screensDue(widget.state())).toBe('now');
  });
});
