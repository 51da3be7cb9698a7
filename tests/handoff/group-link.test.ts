import { describe, expect, it } from 'vitest';
import { groupLinkFor, groupSizeProblem, maxGroupNumbers } from '../../src/handoff/group-link';
import { inEnglish } from '../support/in-english';

const contact = '+14107934326';
const numbers = (count: number) => [
  contact,
  '@9997934326',
  ...Array.from({ length: count - 2 }, (_, i) => `+1323999${1000 + i}`),
];

describe('groupLinkFor', () => {
  it('holds 9 numbers, the most OpenPhone takes (the agent is the 10th participant)', () => {
    expect(maxGroupNumbers).toBe(9);
    const link = groupLinkFor({ numbers: numbers(9), from: null, kind: 'call' });
    expect(link).toMatchObject({ kind: 'ready', action: 'groupCall' });
    if (link.kind !== 'ready') return;
    expect(link.href).toBe(
      'openphone://dial?number=%2B14107934326,%409997934326,%2B13239991000,%2B13239991001,%2B13239991002,%2B13239991003,%2B13239991004,%2B13239991005,%2B13239991006&action=call',
    );
  });

  it('refuses 10 numbers before any link is made, in plain words', () => {
    expect(inEnglish(groupLinkFor({ numbers: numbers(10), from: null, kind: 'call' }))).toEqual({
      kind: 'refused',
      message:
        'OpenPhone calls at most 9 numbers at once (you are the 10th participant). Remove 1 to continue.',
    });
  });

  it('says "texts" for a group text that is too big, and how many to remove', () => {
    expect(inEnglish(groupLinkFor({ numbers: numbers(12), from: null, kind: 'text' }))).toEqual({
      kind: 'refused',
      message:
        'OpenPhone texts at most 9 numbers at once (you are the 10th participant). Remove 3 to continue.',
    });
  });

  it("encodes a teammate's direct number @9997934326 as %409997934326", () => {
    const link = groupLinkFor({ numbers: [contact, '@9997934326'], from: null, kind: 'call' });
    expect(link).toMatchObject({
      href: 'openphone://dial?number=%2B14107934326,%409997934326&action=call',
    });
  });

  it("calls the group from the call's caller id", () => {
    const link = groupLinkFor({
      numbers: [contact, '@9997934326'],
      from: '+13239991234',
      kind: 'call',
    });
    expect(link).toMatchObject({
      href: 'openphone://dial?number=%2B14107934326,%409997934326&from=%2B13239991234&action=call',
    });
  });

  it('opens a group text from the selected number when the call had no caller id', () => {
    const link = groupLinkFor({ numbers: [contact, '@9997934326'], from: null, kind: 'text' });
    expect(link).toEqual({
      kind: 'ready',
      href: 'openphone://message?number=%2B14107934326,%409997934326&selectedAsFallback=true',
      appName: 'OpenPhone',
      action: 'groupText',
    });
  });

  it("passes on the builder's refusal of a number that is not one", () => {
    const link = groupLinkFor({ numbers: [contact, '12,34'], from: null, kind: 'call' });
    expect(link).toMatchObject({ kind: 'refused' });
  });
});

describe('groupSizeProblem', () => {
  it('accepts up to 9 numbers', () => {
    expect(groupSizeProblem(1, 'call')).toBeNull();
    expect(groupSizeProblem(9, 'text')).toBeNull();
  });
});
