import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/settings';
import { maxTeammates, readTeammates, teammateNameProblem } from '../../src/settings/teammates';

describe('readTeammates', () => {
  it('keeps direct numbers and E.164 numbers', () => {
    const teammates = [
      { name: 'Dana', number: '@9997934326' },
      { name: 'Lan', number: '+84988888888' },
    ];
    expect(readTeammates(teammates)).toEqual({ teammates, dropped: false });
  });

  it('drops numbers that are neither, nameless teammates and duplicates, saying so', () => {
    expect(
      readTeammates([
        { name: 'Dana', number: '@9997934326' },
        { name: 'Typo', number: '@99-97' },
        { name: 'National', number: '4105550134' },
        { name: '', number: '+14105550134' },
        { name: 'Again', number: '@9997934326' },
        'Dana',
      ]),
    ).toEqual({ teammates: [{ name: 'Dana', number: '@9997934326' }], dropped: true });
  });

  it(`keeps at most ${maxTeammates}: with the contact, one group holds them all`, () => {
    expect(maxTeammates).toBe(8);
    const many = Array.from({ length: 10 }, (_, i) => ({ name: `T${i}`, number: `@10${i}` }));
    expect(readTeammates(many)).toEqual({ teammates: many.slice(0, 8), dropped: true });
  });

  it('has none for settings saved before teammates existed', () => {
    expect(readTeammates(undefined)).toEqual({ teammates: [], dropped: false });
  });
});

describe('parseSettings: teammates', () => {
  it('reads them and says when some were removed', () => {
    const { settings, problems } = parseSettings(
      JSON.stringify({ teammates: [{ name: 'Dana', number: '@9997934326' }, { name: 'x' }] }),
    );
    expect(settings.teammates).toEqual([{ name: 'Dana', number: '@9997934326' }]);
    expect(problems).toEqual(['teammatesDropped']);
  });
});

describe('teammateNameProblem', () => {
  it('needs a name of at most 60 characters', () => {
    expect(teammateNameProblem('Dana')).toBeNull();
    expect(teammateNameProblem('  ')).toEqual({ code: 'teammates.problem.noName' });
    expect(teammateNameProblem('a'.repeat(61))).toEqual({
      code: 'teammates.problem.longName',
      values: { max: 60 },
    });
  });
});
