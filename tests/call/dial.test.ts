import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkedNumberSchema, numberProblemCodes } from '../../src/call/dial';
import { en } from '../../src/i18n/catalogs/en';

describe('checkedNumberSchema', () => {
  it('knows every reason the catalogues word for a number, and no other', () => {
    const catalogued = Object.keys(en).filter((key) => key.startsWith('number.problem.'));
    expect([...numberProblemCodes].sort()).toEqual(catalogued.sort());
  });

  it('reads a stored reason back with its values', () => {
    const stored = {
      kind: 'invalid',
      given: '12',
      reason: { code: 'number.problem.tooShortIn', values: { country: 'FR' } },
    };
    expect(v.parse(checkedNumberSchema, stored)).toEqual(stored);
  });

  it('reads a reason it does not know, or an English sentence from an earlier version, as a plain "check it"', () => {
    const unreadable = { code: 'number.problem.unreadable' };
    for (const reason of [{ code: 'caller.nameless' }, { code: 'Too short.' }, 'Too short.']) {
      expect(v.parse(checkedNumberSchema, { kind: 'invalid', given: '12', reason })).toEqual({
        kind: 'invalid',
        given: '12',
        reason: unreadable,
      });
    }
  });
});
