import { describe, expect, it } from 'vitest';
import { readGroupNumber } from '../../src/handoff/group-number';

describe('readGroupNumber', () => {
  it.each([
    ['@9997934326', '@9997934326'],
    ['@999 793-4326', '@9997934326'],
    ['＠９９９７９３４３２６', '@9997934326'],
    ['@٩٩٩ ٧٩٣ ٤٣٢٦', '@9997934326'],
    ['@۹۹۹۷۹۳۴۳۲۶', '@9997934326'],
  ])('reads the direct number %s as %s', (typed, number) => {
    expect(readGroupNumber(typed)).toEqual({ kind: 'valid', number, display: number });
  });

  it.each(['@', '@abc', '@12+34', '@1234567890123456'])(
    'refuses %s as a direct number',
    (typed) => {
      expect(readGroupNumber(typed)).toEqual({
        kind: 'invalid',
        given: typed,
        reason: { code: 'number.problem.directNumber' },
      });
    },
  );

  it('reads an international number into E.164', () => {
    expect(readGroupNumber('+1 (410) 555-0134')).toEqual({
      kind: 'valid',
      number: '+14105550134',
      display: '+1 410 555 0134',
    });
  });

  it("reads a national number in the contact's country", () => {
    expect(readGroupNumber('0988 888 888', 'VN')).toMatchObject({
      kind: 'valid',
      number: '+84988888888',
    });
  });

  it('asks for the country code, or a direct number, when no country is known', () => {
    expect(readGroupNumber('410 555 0134')).toEqual({
      kind: 'invalid',
      given: '410 555 0134',
      reason: { code: 'number.problem.groupNeedsPlus' },
    });
  });

  it("gives the phone checker's reason for other mistakes", () => {
    expect(readGroupNumber('call me')).toMatchObject({
      kind: 'invalid',
      reason: { code: 'number.problem.letters' },
    });
    expect(readGroupNumber('+1 410')).toMatchObject({
      kind: 'invalid',
      reason: { code: 'number.problem.tooShort' },
    });
  });
});
