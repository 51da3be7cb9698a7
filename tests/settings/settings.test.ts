import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callerIdFor,
  defaultSettings,
  maxCallerIds,
  parseSettings,
  type Settings,
  serializeSettings,
  settingsKey,
} from '../../src/settings/settings';

const unreadable = 'Saved settings were unreadable and were reset.';
const droppedCallerIds = 'Some saved caller ids were not valid numbers and were removed.';

const stored = (value: unknown) => JSON.stringify(value);

describe('parseSettings', () => {
  it('gives a first-time user the defaults: no caller id, auto-dial on', () => {
    expect(parseSettings(null)).toEqual({
      settings: { callerIds: [], lastCallerId: null, autoDial: true },
      problem: null,
    });
  });

  it('reads settings the widget saved', () => {
    const settings: Settings = {
      callerIds: ['+13239991234', '+84988888888'],
      lastCallerId: '+84988888888',
      autoDial: false,
    };
    expect(parseSettings(serializeSettings(settings))).toEqual({ settings, problem: null });
  });

  it.each([
    ['text that is not JSON', '{callerIds:'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON string', '"+13239991234"'],
  ])('resets to the defaults and says so when storage holds %s', (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings, problem: unreadable });
  });

  it('keeps the defaults for fields of the wrong type', () => {
    const { settings } = parseSettings(
      stored({ callerIds: '+13239991234', lastCallerId: 12, autoDial: 'no' }),
    );
    expect(settings).toEqual(defaultSettings);
  });

  it('keeps each valid field when another is damaged', () => {
    const { settings } = parseSettings(stored({ callerIds: 'oops', autoDial: false }));
    expect(settings).toEqual({ callerIds: [], lastCallerId: null, autoDial: false });
  });

  it('drops caller ids that are not E.164 numbers, keeps the rest, and says so', () => {
    expect(
      parseSettings(
        stored({
          callerIds: [
            '+13239991234',
            '323 999 1234',
            'abc',
            42,
            null,
            '+0123456789',
            '+84988888888',
          ],
          autoDial: true,
        }),
      ),
    ).toEqual({
      settings: { callerIds: ['+13239991234', '+84988888888'], lastCallerId: null, autoDial: true },
      problem: droppedCallerIds,
    });
  });

  it('forgets a last caller id that is no longer in the list', () => {
    const { settings } = parseSettings(
      stored({ callerIds: ['+13239991234'], lastCallerId: '+84988888888' }),
    );
    expect(settings.lastCallerId).toBeNull();
  });

  it('forgets a last caller id that was dropped as invalid', () => {
    const { settings } = parseSettings(stored({ callerIds: ['123'], lastCallerId: '123' }));
    expect(settings.lastCallerId).toBeNull();
  });

  it(`keeps at most ${maxCallerIds} caller ids`, () => {
    const callerIds = Array.from({ length: 12 }, (_, i) => `+1323999${String(1000 + i)}`);
    const { settings } = parseSettings(stored({ callerIds }));
    expect(settings.callerIds).toEqual(callerIds.slice(0, maxCallerIds));
  });

  it('forgets a last caller id that was cut off with the ids beyond the limit', () => {
    const callerIds = Array.from({ length: 12 }, (_, i) => `+1323999${String(1000 + i)}`);
    const { settings } = parseSettings(stored({ callerIds, lastCallerId: callerIds[11] }));
    expect(settings.lastCallerId).toBeNull();
  });

  it('reads back whatever valid settings were saved (500 runs)', () => {
    const e164 = fc.stringMatching(/^\+[1-9]\d{6,14}$/);
    const settings = fc.uniqueArray(e164, { maxLength: maxCallerIds }).chain((callerIds) =>
      fc.record({
        callerIds: fc.constant(callerIds),
        lastCallerId: fc.constantFrom(null, ...callerIds),
        autoDial: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(settings, (saved) => {
        expect(parseSettings(serializeSettings(saved))).toEqual({ settings: saved, problem: null });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever storage holds (500 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { settings } = parseSettings(raw);
        expect(settings.callerIds.length).toBeLessThanOrEqual(maxCallerIds);
        expect(typeof settings.autoDial).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('callerIdFor', () => {
  it('offers the caller id of the last call again', () => {
    expect(
      callerIdFor({
        callerIds: ['+13239991234', '+84988888888'],
        lastCallerId: '+84988888888',
        autoDial: true,
      }),
    ).toBe('+84988888888');
  });

  it('falls back to the first caller id when the last one was removed', () => {
    expect(
      callerIdFor({ callerIds: ['+13239991234'], lastCallerId: '+84988888888', autoDial: true }),
    ).toBe('+13239991234');
  });

  it('uses the first caller id when none was chosen yet', () => {
    expect(
      callerIdFor({
        callerIds: ['+13239991234', '+84988888888'],
        lastCallerId: null,
        autoDial: true,
      }),
    ).toBe('+13239991234');
  });

  it('lets OpenPhone choose when the agent has no caller id', () => {
    expect(callerIdFor(defaultSettings)).toBeNull();
  });
});

describe('settingsKey', () => {
  it('is versioned, so a future format never misreads old settings', () => {
    expect(settingsKey).toBe('handoff.settings.v1');
  });
});

describe('parseSettings: duplicates', () => {
  it('keeps each caller id once', () => {
    const { settings } = parseSettings(
      JSON.stringify({ callerIds: ['+13239991234', '+13239991234'], autoDial: true }),
    );
    expect(settings.callerIds).toEqual(['+13239991234']);
  });
});
