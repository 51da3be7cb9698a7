import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readDialRequest,
  readEngagementCreated,
  readEngagementId,
  readFailureReason,
  readHidden,
  readHostContext,
} from '../../src/hubspot/read-payload';

/** HubSpot's `onDialNumber` payload when the agent clicks Call on a contact (docs/contracts.md, HubSpot). */
const contactPayload = {
  phoneNumber: '+1 410-793-4326',
  ownerId: 7001,
  subjectId: 101,
  objectId: 101,
  objectType: 'CONTACT',
  portalId: 424242,
  countryCode: 'US',
  calleeInfo: { calleeId: 101, calleeObjectTypeId: '0-1' },
  startTimestamp: 1_760_000_000_000,
  toPhoneNumberSrc: 'mobilephone',
};

const noPhoneNumber = { problem: { code: 'notice.dialWithoutNumber' } };

describe('readDialRequest', () => {
  it('reads a dial from a contact record', () => {
    expect(readDialRequest(contactPayload)).toEqual({
      phoneNumber: '+1 410-793-4326',
      countryCode: 'US',
      callee: { objectId: 101, objectType: 'CONTACT' },
      context: contactPayload,
    });
  });

  it('reads a dial from a company record', () => {
    const dial = readDialRequest({
      ...contactPayload,
      objectId: 2002,
      objectType: 'COMPANY',
      calleeInfo: { calleeId: 2002, calleeObjectTypeId: '0-2' },
    });
    expect(dial).toMatchObject({ callee: { objectId: 2002, objectType: 'COMPANY' } });
  });

  it('reads the callee from calleeInfo when objectId is 0 (a call from a ticket)', () => {
    const { objectType: _, ...payload } = contactPayload;
    const dial = readDialRequest({
      ...payload,
      objectId: 0,
      subjectId: 0,
      calleeInfo: { calleeId: 37621684164, calleeObjectTypeId: '0-1' },
    });
    expect(dial).toMatchObject({ callee: { objectId: 37621684164, objectType: 'CONTACT' } });
  });

  it('reads the callee from calleeInfo when objectId is missing', () => {
    const { objectType: _, objectId: __, ...payload } = contactPayload;
    const dial = readDialRequest({
      ...payload,
      calleeInfo: { calleeId: 120513766, calleeObjectTypeId: '0-1' },
    });
    expect(dial).toMatchObject({ callee: { objectId: 120513766, objectType: 'CONTACT' } });
  });

  it('calls the record calleeInfo names, not the record being viewed (objectId)', () => {
    const dial = readDialRequest({
      ...contactPayload,
      objectId: 51,
      objectType: 'CONTACT',
      calleeInfo: { calleeId: 18632407239, calleeObjectTypeId: '0-2' },
    });
    expect(dial).toMatchObject({ callee: { objectId: 18632407239, objectType: 'COMPANY' } });
  });

  it('reads calleeInfo sent as a list, as the documentation types it', () => {
    const dial = readDialRequest({
      ...contactPayload,
      calleeInfo: [{ calleeID: '404', calleeObjectTypeId: '0-1' }],
    });
    expect(dial).toMatchObject({ callee: { objectId: 404, objectType: 'CONTACT' } });
  });

  it('names no record when calleeInfo names a custom object, even on a contact page', () => {
    const dial = readDialRequest({
      ...contactPayload,
      calleeInfo: { calleeId: 77, calleeObjectTypeId: '2-1234' },
    });
    expect(dial).toHaveProperty('callee', undefined);
  });

  it("reads HubSpot's name for the callee from calleeInfo, a person's or a company's", () => {
    const person = {
      calleeId: 101,
      calleeObjectTypeId: '0-1',
      firstName: 'Emily',
      lastName: 'Chen',
    };
    expect(readDialRequest({ ...contactPayload, calleeInfo: person })).toMatchObject({
      calleeName: 'Emily Chen',
    });
    const company = { calleeId: 7, calleeObjectTypeId: '0-2', name: ' Acme Corp ' };
    expect(readDialRequest({ ...contactPayload, calleeInfo: company })).toMatchObject({
      calleeName: 'Acme Corp',
    });
  });

  it("reads the dial payload's own name when calleeInfo has none", () => {
    expect(readDialRequest({ ...contactPayload, name: 'Emily Chen' })).toMatchObject({
      calleeName: 'Emily Chen',
    });
  });

  it.each([
    ['no name', {}],
    ['a blank name', { name: '   ' }],
    ['an invisible name', { name: '\u200b\u200d' }],
    ['a name that is not text', { name: 42 }],
  ])('has no callee name when the dial has %s', (_, fields) => {
    expect(readDialRequest({ ...contactPayload, ...fields })).not.toHaveProperty('calleeName');
  });

  it('falls back on objectId when calleeInfo has no usable id', () => {
    const dial = readDialRequest({
      ...contactPayload,
      calleeInfo: { calleeId: 0, calleeObjectTypeId: '0-1' },
    });
    expect(dial).toMatchObject({ callee: { objectId: 101, objectType: 'CONTACT' } });
  });

  it('keeps the whole payload as the context HubSpot wants back', () => {
    const payload = { ...contactPayload, someFieldHubSpotAddsLater: { nested: [1, 2] } };
    expect(readDialRequest(payload)).toMatchObject({ context: payload });
  });

  it('reads a dial from a ticket (objectId 0, no objectType) as a call to a bare number', () => {
    const dial = readDialRequest({ phoneNumber: '+33 1 23 45 67 89', objectId: 0, portalId: 1 });
    expect(dial).toMatchObject({ phoneNumber: '+33 1 23 45 67 89' });
    expect(dial).toHaveProperty('callee', undefined);
  });

  it('takes the record type from calleeInfo when objectType is missing', () => {
    const { objectType: _, ...payload } = contactPayload;
    expect(
      readDialRequest({ ...payload, calleeInfo: { calleeObjectTypeId: '0-2' } }),
    ).toMatchObject({ callee: { objectId: 101, objectType: 'COMPANY' } });
  });

  it('prefers objectType over calleeInfo', () => {
    const dial = readDialRequest({
      ...contactPayload,
      objectType: 'CONTACT',
      calleeInfo: { calleeObjectTypeId: '0-2' },
    });
    expect(dial).toMatchObject({ callee: { objectType: 'CONTACT' } });
  });

  it('names no record of a type it does not know (a custom object)', () => {
    const { objectType: _, ...payload } = contactPayload;
    const dial = readDialRequest({ ...payload, calleeInfo: { calleeObjectTypeId: '2-1234' } });
    expect(dial).toHaveProperty('callee', undefined);
  });

  it('reads an objectId sent as a string', () => {
    const { calleeInfo: _, ...payload } = contactPayload;
    expect(readDialRequest({ ...payload, objectId: '101' })).toMatchObject({
      callee: { objectId: 101 },
    });
  });

  it('trims the phone number and the country code', () => {
    expect(
      readDialRequest({ ...contactPayload, phoneNumber: '  0988888888 ', countryCode: ' VN ' }),
    ).toMatchObject({ phoneNumber: '0988888888', countryCode: 'VN' });
  });

  it.each([
    ['blank', ''],
    ['only spaces', '   '],
    ['missing', undefined],
  ])('has no country when the country code is %s', (_, countryCode) => {
    const dial = readDialRequest({ ...contactPayload, countryCode });
    expect(dial).toHaveProperty('countryCode', undefined);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '  \t '],
    ['a number, not text', 4107934326],
    ['null', null],
  ])('refuses a dial whose phone number is %s', (_, phoneNumber) => {
    expect(readDialRequest({ ...contactPayload, phoneNumber })).toEqual(noPhoneNumber);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', '+14107934326'],
  ])('refuses a payload that is %s', (_, payload) => {
    expect(readDialRequest(payload)).toEqual(noPhoneNumber);
  });

  it('reads any non-blank phone number back trimmed, with the payload as context', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }).filter((text) => text.trim() !== ''),
        (phoneNumber) => {
          const payload = { ...contactPayload, phoneNumber };
          expect(readDialRequest(payload)).toMatchObject({
            phoneNumber: phoneNumber.trim(),
            context: payload,
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('readHostContext', () => {
  it('reads where HubSpot placed the widget from onReady', () => {
    expect(
      readHostContext({
        engagementId: 9876,
        iframeLocation: 'remote',
        ownerId: 7001,
        portalId: 424242,
        userId: 9001,
        usesCallingWindow: true,
        hostUrl: 'https://app.hubspot.com',
      }),
    ).toEqual({
      engagementId: 9876,
      iframeLocation: 'remote',
      usesCallingWindow: true,
      portalId: 424242,
      userId: 9001,
      ownerId: 7001,
    });
  });

  it('reads ids sent as strings', () => {
    expect(readHostContext({ portalId: '424242', userId: '9001' })).toMatchObject({
      portalId: 424242,
      userId: 9001,
    });
  });

  it('has no engagement when HubSpot sends 0', () => {
    expect(readHostContext({ engagementId: 0 }).engagementId).toBeNull();
  });

  it.each(['widget', 'remote', 'window'])('knows the iframe location %s', (iframeLocation) => {
    expect(readHostContext({ iframeLocation }).iframeLocation).toBe(iframeLocation);
  });

  it('has no iframe location when HubSpot sends one it does not know', () => {
    expect(readHostContext({ iframeLocation: 'sidebar' }).iframeLocation).toBeNull();
  });

  it('uses the calling window only when HubSpot says so with true', () => {
    expect(readHostContext({ usesCallingWindow: 'true' }).usesCallingWindow).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['empty', {}],
  ])('knows nothing from a payload that is %s', (_, payload) => {
    expect(readHostContext(payload)).toEqual({
      engagementId: null,
      iframeLocation: null,
      usesCallingWindow: false,
      portalId: null,
      userId: null,
      ownerId: null,
    });
  });
});

describe('readEngagementId', () => {
  it('reads the id of a created engagement', () => {
    expect(readEngagementId({ engagementId: 31415 })).toBe(31415);
  });

  it.each([
    ['missing', {}],
    ['zero', { engagementId: 0 }],
    ['negative', { engagementId: -3 }],
    ['not a number', { engagementId: 'abc' }],
    ['undefined', undefined],
  ])('has no id when it is %s', (_, payload) => {
    expect(readEngagementId(payload)).toBeNull();
  });
});

describe('readEngagementId: only positive safe integers', () => {
  it('reads an id sent as a string of decimal digits', () => {
    expect(readEngagementId({ engagementId: '31415' })).toBe(31415);
    expect(readEngagementId({ engagementId: ' 31415 ' })).toBe(31415);
  });

  it('reads the largest safe integer', () => {
    expect(readEngagementId({ engagementId: Number.MAX_SAFE_INTEGER })).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(readEngagementId({ engagementId: String(Number.MAX_SAFE_INTEGER) })).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it.each([
    ['hexadecimal', '0x10'],
    ['binary', '0b101'],
    ['a fraction', 1.5],
    ['a fraction as text', '1.5'],
    ['an exponent as text', '1e21'],
    ['an exponent', 1e21],
    ['2^53, where digits are already lost', 2 ** 53],
    ['past 2^53 as text', '9007199254740993'],
    ['infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a negative number as text', '-3'],
    ['text with a sign', '+7'],
    ['an empty string', ''],
    ['a boolean', true],
  ])('refuses %s', (_, engagementId) => {
    expect(readEngagementId({ engagementId })).toBeNull();
  });

  it('reads every positive safe integer, as a number or as text, and nothing else (500 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (id) => {
        expect(readEngagementId({ engagementId: id })).toBe(id);
        expect(readEngagementId({ engagementId: String(id) })).toBe(id);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.double().filter((n) => !(Number.isSafeInteger(n) && n > 0)),
        (n) => {
          expect(readEngagementId({ engagementId: n })).toBeNull();
          expect(readEngagementId({ engagementId: String(n) })).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('applies the same rule to the handshake', () => {
    expect(readHostContext({ engagementId: '0x10' }).engagementId).toBeNull();
    expect(readHostContext({ engagementId: '4242' }).engagementId).toBe(4242);
  });
});

describe('readEngagementCreated', () => {
  it('reads the id alone, as HubSpot documents the payload', () => {
    expect(readEngagementCreated({ engagementId: 31415 })).toEqual({
      engagementId: 31415,
      callId: null,
    });
  });

  it('reads the call it belongs to when the payload names it', () => {
    expect(readEngagementCreated({ engagementId: 31415, externalCallId: 'call-7' })).toEqual({
      engagementId: 31415,
      callId: 'call-7',
    });
  });

  it('has no answer without a valid id', () => {
    expect(readEngagementCreated({ engagementId: '1e3', externalCallId: 'call-7' })).toBeNull();
  });
});

describe('readFailureReason', () => {
  it('reads a bare string', () => {
    expect(readFailureReason('Engagement not found')).toBe('Engagement not found');
  });

  it('reads a message', () => {
    expect(readFailureReason({ message: 'Rate limited' })).toBe('Rate limited');
  });

  it('reads the message of a nested error', () => {
    expect(readFailureReason({ error: { message: 'Forbidden' } })).toBe('Forbidden');
  });

  it('reads an error given as a string', () => {
    expect(readFailureReason({ error: 'Timed out' })).toBe('Timed out');
  });

  it('prefers the top-level message to the nested one', () => {
    expect(readFailureReason({ message: 'Outer', error: { message: 'Inner' } })).toBe('Outer');
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a blank string', '   '],
    ['an empty object', {}],
    ['a blank message', { message: ' ' }],
    ['a message that is not text', { message: 500 }],
    ['an error without words', { error: { code: 500 } }],
  ])('has no reason, not an English stand-in, when the payload is %s', (_, payload) => {
    expect(readFailureReason(payload)).toBeNull();
  });
});

describe('readHidden', () => {
  it('is hidden when HubSpot says isHidden', () => {
    expect(readHidden({ isHidden: true })).toBe(true);
  });

  it('is hidden when HubSpot says isMinimized', () => {
    expect(readHidden({ isMinimized: true, isHidden: false })).toBe(true);
  });

  it('is shown when HubSpot says neither', () => {
    expect(readHidden({ isHidden: false, isMinimized: false })).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['a string "true"', { isHidden: 'true' }],
  ])('is shown when the payload is %s', (_, payload) => {
    expect(readHidden(payload)).toBe(false);
  });
});
