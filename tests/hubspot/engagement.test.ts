import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallCompletion } from '../../src/call/completion';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { type CallOutcome, callOutcomes } from '../../src/call/outcome';
import {
  dispositionIds,
  engagementProperties as engagementPropertiesIn,
  notesToHtml,
  phoneOwnedProperties,
  callTitle as titleIn,
} from '../../src/hubspot/engagement';
import { formatDuration } from '../../src/i18n/format';
import { catalogs } from '../../src/i18n/i18n';
import { callDuration } from '../../src/simulator/timeline';
import { serviceOwnedProperties } from '../../src/sync/plan';
import { timelineWordsOf } from '../../src/widget/timeline-words';

const startedAt = 1_760_000_000_000;

const english = timelineWordsOf(catalogs.en);

/** What an English-speaking agent's widget logs. */
const engagementProperties = (
  call: CallCompletion,
  ownerId: number | null = null,
  phoneSync = false,
) => engagementPropertiesIn(call, english, ownerId, phoneSync);

const callTitle = (call: CallCompletion) => titleIn(call, english);

const completion = (overrides: Partial<CallCompletion> = {}): CallCompletion => ({
  id: toCallId('call-1'),
  direction: 'OUTBOUND',
  dial: {
    phoneNumber: '+1 410-793-4326',
    countryCode: 'US',
    callee: { objectId: 101, objectType: 'CONTACT' },
    context: { phoneNumber: '+1 410-793-4326', objectId: 101, objectType: 'CONTACT' },
  },
  to: { kind: 'valid', e164: '+14107934326', display: '+1 410 793 4326' },
  from: null,
  engagementId: null,
  startedAt,
  answeredAt: startedAt + 5_000,
  endedAt: startedAt + 70_000,
  endStatus: 'COMPLETED',
  outcome: 'connected',
  notes: '',
  calleeName: null,
  ...overrides,
});

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '<br>': '\n',
};

/** What a browser shows for `hs_call_body`, reduced to the markup notesToHtml may produce. */
const htmlToText = (html: string): string =>
  html.replace(/&amp;|&lt;|&gt;|&quot;|&#39;|<br>/g, (token) => entities[token] ?? token);

/** Line breaks as the agent meant them: Windows pastes bring \r\n. */
const withUnixLineBreaks = (text: string) => text.replace(/\r\n/g, '\n');

describe('dispositionIds', () => {
  it("are HubSpot's default call outcome GUIDs", () => {
    expect(dispositionIds).toEqual({
      connected: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
      busy: '9d9162e7-6cf3-4944-bf63-4dff82258764',
      noAnswer: '73a0d17f-1163-4015-bdd5-ec830791da20',
      leftVoicemail: 'b2cf5968-551e-4856-9783-52b3da59a7d0',
      leftLiveMessage: 'a4c4c377-d246-4b32-a13b-75a56a4cd0ff',
      wrongNumber: '17b47fee-58de-441e-a44c-c6300d46f273',
    });
  });

  it('gives every outcome the agent can choose a GUID', () => {
    expect(Object.keys(dispositionIds).sort()).toEqual([...callOutcomes].sort());
  });
});

describe('engagementProperties', () => {
  it('logs a connected call from a contact with every property HubSpot shows', () => {
    const properties = engagementProperties(
      completion({ from: '+13239991234', notes: 'Call back\nMonday' }),
    );
    expect(properties).toStrictEqual({
      hs_timestamp: String(startedAt),
      hs_call_title: 'Call to +1 410 793 4326',
      hs_call_body: 'Call back<br>Monday',
      hs_call_status: 'COMPLETED',
      hs_call_disposition: 'f240bbac-87c9-4f6e-bf70-924b57d47db7',
      hs_call_duration: '65000',
      hs_call_direction: 'OUTBOUND',
      hs_call_from_number: '+13239991234',
      hs_call_to_number: '+14107934326',
      hs_call_callee_object_id: '101',
      hs_call_callee_object_type: 'CONTACT',
    });
  });

  it.each<[CallOutcome, string]>([
    ['connected', 'f240bbac-87c9-4f6e-bf70-924b57d47db7'],
    ['busy', '9d9162e7-6cf3-4944-bf63-4dff82258764'],
    ['noAnswer', '73a0d17f-1163-4015-bdd5-ec830791da20'],
    ['leftVoicemail', 'b2cf5968-551e-4856-9783-52b3da59a7d0'],
    ['leftLiveMessage', 'a4c4c377-d246-4b32-a13b-75a56a4cd0ff'],
    ['wrongNumber', '17b47fee-58de-441e-a44c-c6300d46f273'],
  ])('logs the outcome %s as disposition %s', (outcome, guid) => {
    expect(engagementProperties(completion({ outcome })).hs_call_disposition).toBe(guid);
  });

  it('leaves the disposition out when the agent chose no outcome', () => {
    const properties = engagementProperties(completion({ outcome: null, endStatus: 'CANCELED' }));
    expect(properties).not.toHaveProperty('hs_call_disposition');
  });

  it('gives the duration in milliseconds from answer to end, as a string', () => {
    const properties = engagementProperties(
      completion({ answeredAt: startedAt + 5_000, endedAt: startedAt + 70_000 }),
    );
    expect(properties.hs_call_duration).toBe('65000');
  });

  it('gives the duration in the whole seconds the widget shows: 20,945 ms is 20000', () => {
    const properties = engagementProperties(
      completion({ answeredAt: startedAt, endedAt: startedAt + 20_945 }),
    );
    expect(properties.hs_call_duration).toBe('20000');
  });

  it("agrees with the widget's clock on the timeline, whatever the milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 3_600_000 }), (talk) => {
        const { hs_call_duration: logged = '' } = engagementProperties(
          completion({ answeredAt: startedAt, endedAt: startedAt + talk }),
        );
        const [minutes = '', seconds = ''] = (callDuration(logged) ?? '').split(':');
        const shown = formatDuration(talk).split(':').map(Number);
        const shownSeconds = shown.reduce((total, part) => total * 60 + part, 0);
        expect(Number(minutes) * 60 + Number(seconds)).toBe(shownSeconds);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a duration of "0" for a call that was never answered', () => {
    const properties = engagementProperties(
      completion({ answeredAt: null, endStatus: 'NO_ANSWER', outcome: 'noAnswer' }),
    );
    expect(properties.hs_call_duration).toBe('0');
  });

  it('counts the time before the callee answered as no part of the duration', () => {
    const properties = engagementProperties(
      completion({ startedAt, answeredAt: startedAt + 30_000, endedAt: startedAt + 31_000 }),
    );
    expect(properties.hs_call_duration).toBe('1000');
  });

  it("names the handshake's ownerId as the call's owner (hubspot_owner_id)", () => {
    expect(engagementProperties(completion(), 7001).hubspot_owner_id).toBe('7001');
  });

  it("prefers the handshake's owner to the one in the dial", () => {
    const dial = { ...completion().dial, context: { ownerId: 55 } };
    expect(engagementProperties(completion({ dial }), 7001).hubspot_owner_id).toBe('7001');
  });

  it("falls back on the dial's ownerId (a number or decimal text)", () => {
    const dial = { ...completion().dial, context: { ownerId: '275088328' } };
    expect(engagementProperties(completion({ dial }), null).hubspot_owner_id).toBe('275088328');
  });

  it.each([
    ['missing', undefined],
    ['zero', 0],
    ['not an id', '0x10'],
  ])('names no owner when neither handshake nor dial has one (%s)', (_, ownerId) => {
    const dial = { ...completion().dial, context: { ownerId } };
    expect(engagementProperties(completion({ dial }), null)).not.toHaveProperty('hubspot_owner_id');
  });

  it("titles the call with HubSpot's name for the callee when the lookup named no one", () => {
    const dial = { ...completion().dial, calleeName: 'Emily Chen' };
    expect(engagementProperties(completion({ dial, calleeName: null })).hs_call_title).toBe(
      'Call to Emily Chen (+1 410 793 4326)',
    );
  });

  it("prefers the name the agent's lookup gave to HubSpot's", () => {
    const dial = { ...completion().dial, calleeName: 'Emily Chen' };
    expect(engagementProperties(completion({ dial, calleeName: 'Front desk' })).hs_call_title).toBe(
      'Call to Front desk (+1 410 793 4326)',
    );
  });

  it('logs the call as OUTBOUND', () => {
    expect(engagementProperties(completion()).hs_call_direction).toBe('OUTBOUND');
  });

  it('logs the end status as the call status', () => {
    expect(engagementProperties(completion({ endStatus: 'BUSY' })).hs_call_status).toBe('BUSY');
  });

  it('stamps the call with the time it was handed off', () => {
    expect(engagementProperties(completion()).hs_timestamp).toBe(String(startedAt));
  });

  it('logs the number called in E.164', () => {
    expect(engagementProperties(completion()).hs_call_to_number).toBe('+14107934326');
  });

  it('logs the caller id the call was made from', () => {
    const properties = engagementProperties(completion({ from: '+13239991234' }));
    expect(properties.hs_call_from_number).toBe('+13239991234');
  });

  it('leaves the from number out when OpenPhone chose it', () => {
    expect(engagementProperties(completion({ from: null }))).not.toHaveProperty(
      'hs_call_from_number',
    );
  });

  it('names the callee record when the call was made from one', () => {
    const properties = engagementProperties(
      completion({
        dial: { ...completion().dial, callee: { objectId: 2002, objectType: 'COMPANY' } },
      }),
    );
    expect(properties).toMatchObject({
      hs_call_callee_object_id: '2002',
      hs_call_callee_object_type: 'COMPANY',
    });
  });

  it('names no callee record for a call to a bare number', () => {
    const properties = engagementProperties(
      completion({ dial: { ...completion().dial, callee: undefined } }),
    );
    expect(properties).not.toHaveProperty('hs_call_callee_object_id');
    expect(properties).not.toHaveProperty('hs_call_callee_object_type');
  });

  it('titles the call with the number as people read it', () => {
    expect(engagementProperties(completion()).hs_call_title).toBe('Call to +1 410 793 4326');
    expect(callTitle(completion())).toBe('Call to +1 410 793 4326');
  });

  it('names the call after the contact the agent picked from the caller lookup', () => {
    expect(callTitle(completion({ calleeName: 'Emily Carter' }))).toBe(
      'Call to Emily Carter (+1 410 793 4326)',
    );
  });

  it.each([
    ['fr', 'Appel vers +1 410 793 4326', 'Appel de Emily Carter (+1 410 793 4326)'],
    ['vi', 'Cuộc gọi đến +1 410 793 4326', 'Cuộc gọi từ Emily Carter (+1 410 793 4326)'],
    ['ja', '+1 410 793 4326への発信', 'Emily Carter（+1 410 793 4326）からの着信'],
  ] as const)(
    'titles the call in the agent’s language (%s), not in English',
    (language, to, from) => {
      const words = timelineWordsOf(catalogs[language]);
      expect(engagementPropertiesIn(completion(), words).hs_call_title).toBe(to);
      const inbound = completion({ direction: 'INBOUND', calleeName: 'Emily Carter' });
      expect(engagementPropertiesIn(inbound, words).hs_call_title).toBe(from);
    },
  );

  it('puts a name that looks like a template in the title as it is', () => {
    expect(callTitle(completion({ calleeName: '{{number}} {{who}}' }))).toBe(
      'Call to {{number}} {{who}} (+1 410 793 4326)',
    );
  });

  it('puts the notes in the body as HTML-escaped text', () => {
    const properties = engagementProperties(completion({ notes: 'Wants <b>pricing</b> & a demo' }));
    expect(properties.hs_call_body).toBe('Wants &lt;b&gt;pricing&lt;/b&gt; &amp; a demo');
  });

  it('sends every property as a string', () => {
    const properties = engagementProperties(
      completion({ from: '+13239991234', engagementId: toEngagementId(55) }),
    );
    for (const value of Object.values(properties)) expect(typeof value).toBe('string');
  });
});

describe('notesToHtml', () => {
  it('shows markup the agent typed as text, never as an element', () => {
    expect(notesToHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes an ampersand', () => {
    expect(notesToHtml('Smith & Sons')).toBe('Smith &amp; Sons');
  });

  it('escapes an entity the agent typed, so it reads as typed', () => {
    expect(notesToHtml('&lt;')).toBe('&amp;lt;');
  });

  it('escapes both kinds of quote', () => {
    expect(notesToHtml(`He said "call Tom's cell"`)).toBe(
      'He said &quot;call Tom&#39;s cell&quot;',
    );
  });

  it('keeps each line break as <br>', () => {
    expect(notesToHtml('Line one\nLine two\n\nLine four')).toBe(
      'Line one<br>Line two<br><br>Line four',
    );
  });

  it('turns a Windows line break into one <br>', () => {
    expect(notesToHtml('one\r\ntwo')).toBe('one<br>two');
  });

  it('keeps a <br> the agent typed as text', () => {
    expect(notesToHtml('<br>')).toBe('&lt;br&gt;');
  });

  it('leaves empty notes empty', () => {
    expect(notesToHtml('')).toBe('');
  });

  it('gives back exactly what the agent typed once read as HTML (any text, 1000 runs)', () => {
    const notes = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(
          '<',
          '>',
          '&',
          '"',
          "'",
          '\n',
          '\r\n',
          '\r',
          '&amp;',
          '<br>',
          'a',
          ' ',
          '👩‍👩‍👧',
          '🇻🇳',
          'שלום',
          'مرحبا',
          'Tiếng Việt',
          '日本語',
        ),
        maxLength: 100,
      }),
    );
    fc.assert(
      fc.property(notes, (text) => {
        expect(htmlToText(notesToHtml(text))).toBe(withUnixLineBreaks(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('never lets a tag, attribute quote or raw ampersand through (1000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const html = notesToHtml(text).replaceAll('<br>', '');
        expect(html).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips notes of 100 000 characters', () => {
    const line = 'Asked for <b>pricing</b> & "terms" — đã gọi lại 👍\r\n';
    const notes = line.repeat(Math.ceil(100_000 / line.length)).slice(0, 100_000);
    expect(notes).toHaveLength(100_000);
    expect(htmlToText(notesToHtml(notes))).toBe(withUnixLineBreaks(notes));
  });
});

describe('engagementProperties with the phone sync on (the admin’s ?sync=on)', () => {
  const agentOwned = [
    'hs_timestamp',
    'hs_call_title',
    'hs_call_body',
    'hs_call_direction',
    'hs_call_to_number',
    'hs_call_disposition',
    'hubspot_owner_id',
    'hs_call_callee_object_id',
    'hs_call_callee_object_type',
  ];

  it('leaves out exactly status and duration, and keeps what the agent owns', () => {
    const call = completion({ notes: 'Wants a demo', outcome: 'leftVoicemail' });
    const off = engagementProperties(call, 7001);
    const on = engagementProperties(call, 7001, true);
    expect(Object.keys(off).sort()).toEqual(
      [...agentOwned, 'hs_call_status', 'hs_call_duration'].sort(),
    );
    expect(Object.keys(on).sort()).toEqual([...agentOwned].sort());
    for (const name of agentOwned) expect(on[name]).toBe(off[name]);
  });

  it('is unchanged without the sync: the widget writes status and duration as before', () => {
    const call = completion();
    expect(engagementProperties(call, 7001, false)).toStrictEqual(engagementProperties(call, 7001));
    expect(engagementProperties(call, 7001)).toMatchObject({
      hs_call_status: 'COMPLETED',
      hs_call_duration: '65000',
    });
  });

  it('never writes a property the sync service owns, for any call', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...callOutcomes, null),
        fc.constantFrom('COMPLETED', 'NO_ANSWER', 'BUSY', 'FAILED', 'MISSED') as fc.Arbitrary<
          CallCompletion['endStatus']
        >,
        fc.constantFrom('OUTBOUND', 'INBOUND') as fc.Arbitrary<CallCompletion['direction']>,
        fc.option(fc.integer({ min: 0, max: 3_600_000 }), { nil: null }),
        (outcome, endStatus, direction, talked) => {
          const call = completion({
            outcome,
            endStatus,
            direction,
            from: '+14155550100',
            answeredAt: talked === null ? null : startedAt,
            endedAt: startedAt + (talked ?? 1_000),
          });
          const on = engagementProperties(call, 7001, true);
          for (const name of phoneOwnedProperties) expect(on).not.toHaveProperty(name);
          const off = engagementProperties(call, 7001);
          const kept = Object.fromEntries(
            Object.entries(off).filter(([name]) => !phoneOwnedProperties.includes(name as never)),
          );
          expect(on).toStrictEqual(kept);
        },
      ),
    );
  });

  it('leaves the sync service what it writes from the phone, and nothing the agent owns', () => {
    for (const name of phoneOwnedProperties) expect(serviceOwnedProperties).toContain(name);
    // The service's own id and summary are never the widget's to write.
    expect(
      serviceOwnedProperties.filter((name) => !phoneOwnedProperties.includes(name as never)),
    ).toEqual(['hs_call_external_id', 'hs_call_summary']);
  });
});
