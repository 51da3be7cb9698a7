import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callOutcomeName } from '../../src/simulator/dispositions';
import { callDuration, enumLabel, timelineEntry } from '../../src/simulator/timeline';

const completed = {
  externalCallId: 'call-7f3a',
  engagementId: 17204812345,
  hideWidget: false,
  engagementProperties: {
    hs_call_title: 'Call with Emily Carter',
    hs_call_direction: 'OUTBOUND',
    hs_call_status: 'COMPLETED',
    hs_call_disposition: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
    hs_call_duration: '125000',
    hs_call_from_number: '+13239991234',
    hs_call_to_number: '+14107934326',
    hs_call_body: 'Asked about &quot;Q3&quot; rates<br>Call back &lt;Friday&gt; &amp; send PDF',
    hs_timestamp: '1767225600000',
    hs_call_recording_url: 'https://recordings.example.com/call-7f3a.mp3',
  },
};

const context = { loggedAt: 1767225700000, createdEngagementIds: ['17204812345'] };

describe('timelineEntry', () => {
  it('shows a completed outbound call as HubSpot would', () => {
    expect(timelineEntry(completed, context)).toMatchObject({
      engagementId: '17204812345',
      externalCallId: 'call-7f3a',
      title: 'Call with Emily Carter',
      direction: 'Outbound',
      status: 'Completed',
      outcome: 'Connected',
      duration: '02:05',
      fromNumber: '+13239991234',
      toNumber: '+14107934326',
      notes: 'Asked about "Q3" rates\nCall back <Friday> & send PDF',
      recordingUrl: 'https://recordings.example.com/call-7f3a.mp3',
      callTimestamp: 1767225600000,
      hideWidget: false,
      problem: null,
      loggedAt: 1767225700000,
    });
  });

  it('keeps the engagement properties exactly as received', () => {
    expect(timelineEntry(completed, context).engagementProperties).toEqual(
      completed.engagementProperties,
    );
  });

  it('says when the call has no engagement id', () => {
    const { engagementId: _, ...withoutId } = completed;
    const entry = timelineEntry(withoutId, context);
    expect(entry.engagementId).toBeNull();
    expect(entry.problem).toMatch(/no engagementId/i);
  });

  it('says when the engagement id is not one HubSpot created', () => {
    const entry = timelineEntry({ ...completed, engagementId: '999' }, context);
    expect(entry.problem).toMatch(/999 was not created/);
  });

  it('accepts an engagement id sent as a string', () => {
    const entry = timelineEntry({ ...completed, engagementId: '17204812345' }, context);
    expect(entry.engagementId).toBe('17204812345');
    expect(entry.problem).toBeNull();
  });

  it('refuses a recording that is not served over https', () => {
    const entry = timelineEntry(
      {
        ...completed,
        engagementProperties: {
          ...completed.engagementProperties,
          hs_call_recording_url: 'http://recordings.example.com/a.mp3',
        },
      },
      context,
    );
    expect(entry.recordingUrl).toBeNull();
  });

  it('notices hideWidget', () => {
    expect(timelineEntry({ ...completed, hideWidget: true }, context).hideWidget).toBe(true);
  });

  it('survives a payload that is not an object', () => {
    for (const data of [undefined, null, 'CALL_COMPLETED', 42, []]) {
      expect(timelineEntry(data, context)).toMatchObject({
        engagementId: null,
        title: 'Call',
        direction: 'Unknown direction',
        status: 'No status',
        outcome: 'No outcome',
        duration: null,
        notes: '',
      });
    }
  });
});

describe('callDuration', () => {
  it('writes milliseconds as mm:ss', () => {
    expect(callDuration('0')).toBe('00:00');
    expect(callDuration('59000')).toBe('00:59');
    expect(callDuration('65400')).toBe('01:05');
    expect(callDuration(3_725_000)).toBe('62:05');
  });

  it('has nothing to show for a value that is not milliseconds', () => {
    for (const value of [undefined, null, '', 'two minutes', '-5', -5, Number.NaN, '1e3']) {
      expect(callDuration(value)).toBeNull();
    }
  });

  it('reads back the whole seconds it was given', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), (seconds) => {
        const [mm, ss] = (callDuration(String(seconds * 1000)) ?? '').split(':').map(Number);
        expect((mm ?? 0) * 60 + (ss ?? 0)).toBe(seconds);
        expect(ss).toBeLessThan(60);
      }),
    );
  });
});

describe('callOutcomeName', () => {
  it.each([
    ['f240bbac-87c9-4f6e-bf70-924b57d47db7', 'Connected'],
    ['9d9162e7-6cf3-4944-bf63-4dff82258764', 'Busy'],
    ['73a0d17f-1163-4015-bdd5-ec830791da20', 'No answer'],
    ['b2cf5968-551e-4856-9783-52b3da59a7d0', 'Left voicemail'],
    ['a4c4c377-d246-4b32-a13b-75a56a4cd0ff', 'Left live message'],
    ['17b47fee-58de-441e-a44c-c6300d46f273', 'Wrong number'],
  ])('names %s "%s"', (guid, name) => {
    expect(callOutcomeName(guid)).toBe(name);
  });

  it('shows an unknown GUID rather than hiding it', () => {
    expect(callOutcomeName('0000')).toBe('Unknown outcome (0000)');
  });

  it('says when there is no outcome', () => {
    expect(callOutcomeName(null)).toBe('No outcome');
  });
});

describe('enumLabel', () => {
  it('writes HubSpot enums the way HubSpot shows them', () => {
    expect(enumLabel('NO_ANSWER')).toBe('No answer');
    expect(enumLabel('INBOUND')).toBe('Inbound');
  });
});
