import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { defaultLookupSettings, lookupSettingsSchema } from '../../src/settings/lookup-settings';
import {
  callerIdFor,
  careSoftSettingsSchema,
  defaultCareSoft,
  defaultSettings,
  isSignedIn,
  maxCallerIds,
  parseSettings,
  providerFor,
  type Settings,
  serializeSettings,
  settingsKey,
  settingsSchema,
} from '../../src/settings/settings';
import { maxTeammates } from '../../src/settings/teammates';
import { defaultTextTemplates } from '../../src/settings/text-templates';

const stored = (value: unknown) => JSON.stringify(value);

describe('the defaults', () => {
  it('are what each schema reads from nothing stored, field for field', () => {
    expect(v.parse(settingsSchema, {})).toEqual(defaultSettings);
    expect(v.parse(careSoftSettingsSchema, {})).toEqual(defaultCareSoft);
    expect(v.parse(lookupSettingsSchema, {})).toEqual(defaultLookupSettings);
  });
});

describe('parseSettings', () => {
  it('gives a first-time user the defaults: no provider chosen, no caller id, auto-dial on', () => {
    expect(parseSettings(null)).toEqual({
      settings: {
        provider: null,
        careSoft: {
          domain: '',
          token: '',
          linkMode: null,
          country: 'VN',
          internationalPrefix: '00',
          loggedIn: false,
        },
        lookup: {
          rootUrl: '',
          method: null,
          headerName: '',
          headerValue: '',
          timeoutMs: null,
          autoCallFlow: false,
        },
        callerIds: [],
        lastCallerId: null,
        autoDial: true,
        agentName: '',
        textTemplates: defaultTextTemplates.en,
        teammates: [],
        language: null,
      },
      problems: [],
    });
  });

  it('keeps the language the agent chose, and follows the browser for anything else', () => {
    const chosen = parseSettings(JSON.stringify({ language: 'vi' })).settings;
    expect(chosen.language).toBe('vi');
    expect(parseSettings(JSON.stringify({ language: 'de' })).settings.language).toBeNull();
  });

  it('reads settings the widget saved', () => {
    const settings: Settings = {
      ...defaultSettings,
      callerIds: ['+13239991234', '+84988888888'],
      lastCallerId: '+84988888888',
      autoDial: false,
    };
    expect(parseSettings(serializeSettings(settings))).toEqual({ settings, problems: [] });
  });

  it.each([
    ['text that is not JSON', '{callerIds:'],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON string', '"+13239991234"'],
  ])('resets to the defaults and says so when storage holds %s', (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings, problems: ['unreadable'] });
  });

  it('keeps the defaults for fields of the wrong type', () => {
    const { settings } = parseSettings(
      stored({ callerIds: '+13239991234', lastCallerId: 12, autoDial: 'no' }),
    );
    expect(settings).toEqual(defaultSettings);
  });

  it('keeps each valid field when another is damaged', () => {
    const { settings } = parseSettings(stored({ callerIds: 'oops', autoDial: false }));
    expect(settings).toEqual({ ...defaultSettings, callerIds: [], autoDial: false });
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
      settings: { ...defaultSettings, callerIds: ['+13239991234', '+84988888888'] },
      problems: ['callerIdsDropped'],
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
    // Built from character sets: fc.stringMatching made this test spend half a minute
    // generating values and a fraction of a second checking them.
    const chars = (alphabet: string, minLength: number, maxLength: number) =>
      fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
    const digits = '0123456789';
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const e164 = fc
      .tuple(chars('123456789', 1, 1), chars(digits, 6, 14))
      .map(([first, rest]) => `+${first}${rest}`);
    /** Letters with inner characters from `inner`: never blank, never padded. */
    const word = (inner: string, maxInner: number) =>
      fc
        .tuple(chars(letters, 1, 1), chars(letters + inner, 0, maxInner), chars(letters, 1, 1))
        .map(([first, middle, last]) => `${first}${middle}${last}`);
    const settings = fc.uniqueArray(e164, { maxLength: maxCallerIds }).chain((callerIds) =>
      fc.record({
        provider: fc.constantFrom(null, 'openPhone' as const, 'careSoft' as const),
        careSoft: fc.record({
          domain: chars('abcdefghijklmnopqrstuvwxyz0123456789-', 0, 20),
          token: chars(`${letters}${digits}._-`, 0, 40),
          linkMode: fc.constantFrom(null, 'dynamic-link' as const, 'direct' as const),
          country: fc.constantFrom('VN', 'FR', 'US'),
          internationalPrefix: fc.constantFrom('00' as const, '+' as const),
          loggedIn: fc.boolean(),
        }),
        lookup: fc.record({
          rootUrl: fc.constantFrom('', 'https://crm.example.com/api'),
          method: fc.constantFrom(null, 'POST' as const, 'GET' as const),
          headerName: fc.constantFrom('', 'X-Execution-Token'),
          headerValue: chars(`${letters}${digits}-`, 0, 20),
          timeoutMs: fc.constantFrom(null, 2000, 5000),
          autoCallFlow: fc.boolean(),
        }),
        callerIds: fc.constant(callerIds),
        lastCallerId: fc.constantFrom(null, ...callerIds),
        autoDial: fc.boolean(),
        agentName: fc.oneof(chars(letters, 1, 1), word(" &'-", 30)),
        textTemplates: fc.uniqueArray(
          fc.record({
            id: fc
              .tuple(
                chars('abcdefghijklmnopqrstuvwxyz', 1, 1),
                chars(`abcdefghijklmnopqrstuvwxyz${digits}-`, 0, 15),
              )
              .map(([first, rest]) => first + rest),
            name: word(' ', 20),
            text: fc.constantFrom('Hi {firstName}, call me back.\n{agentName}', 'Hello & #1 👋'),
            attachments: fc.constantFrom<string[]>([], ['https://example.com/brochure.pdf']),
          }),
          { maxLength: 5, selector: (template) => template.id },
        ),
        teammates: fc.uniqueArray(
          fc.record({
            name: word(' ', 20),
            number: fc.oneof(
              chars(digits, 1, 15).map((n) => `@${n}`),
              e164,
            ),
          }),
          { maxLength: maxTeammates, selector: (mate) => mate.number },
        ),
        language: fc.constantFrom(null, ...languages),
      }),
    );
    fc.assert(
      fc.property(settings, (saved) => {
        expect(parseSettings(serializeSettings(saved))).toEqual({ settings: saved, problems: [] });
      }),
      { numRuns: 500 },
    );
  }, 30_000);

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
        ...defaultSettings,
        callerIds: ['+13239991234', '+84988888888'],
        lastCallerId: '+84988888888',
        autoDial: true,
      }),
    ).toBe('+84988888888');
  });

  it('falls back to the first caller id when the last one was removed', () => {
    expect(
      callerIdFor({
        ...defaultSettings,
        callerIds: ['+13239991234'],
        lastCallerId: '+84988888888',
        autoDial: true,
      }),
    ).toBe('+13239991234');
  });

  it('uses the first caller id when none was chosen yet', () => {
    expect(
      callerIdFor({
        ...defaultSettings,
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

describe('parseSettings: CareSoft', () => {
  it("keeps the agent's CsCall domain, token, link type, account country and login", () => {
    const careSoft = {
      domain: 'test',
      token: 'a.b.c',
      linkMode: 'direct',
      country: 'FR',
      internationalPrefix: '+',
      loggedIn: true,
    };
    expect(parseSettings(stored({ provider: 'careSoft', careSoft })).settings).toMatchObject({
      provider: 'careSoft',
      careSoft,
    });
  });

  it('keeps the documented page.link wrapper for an agent who chose it', () => {
    const careSoft = { domain: 'test', token: 't', linkMode: 'dynamic-link', country: 'VN' };
    expect(parseSettings(stored({ careSoft })).settings.careSoft.linkMode).toBe('dynamic-link');
  });

  it('moves agents who never chose a link type to the default, which they follow from now on', () => {
    // What every build before this one saved: the link type always written, the
    // documented wrapper unless the agent had picked the direct link.
    const before = { domain: 'test', token: 't', linkMode: 'dynamic-link', loggedIn: true };
    const { settings } = parseSettings(stored({ provider: 'careSoft', careSoft: before }));
    expect(settings.careSoft).toEqual({
      domain: 'test',
      token: 't',
      linkMode: null,
      country: 'VN',
      internationalPrefix: '00',
      loggedIn: true,
    });
    // Saved again, the agent still has not chosen.
    expect(parseSettings(serializeSettings(settings)).settings.careSoft.linkMode).toBeNull();
  });

  it('keeps the direct link of an agent who picked it before the choice was recorded', () => {
    const before = { domain: 'test', token: 't', linkMode: 'direct', loggedIn: true };
    expect(parseSettings(stored({ careSoft: before })).settings.careSoft.linkMode).toBe('direct');
  });

  it('falls back to the defaults (no link type chosen, Vietnam, 00) for unknown values', () => {
    const { settings } = parseSettings(
      stored({
        provider: 'skype',
        careSoft: { linkMode: 'carrier-pigeon', country: 'Vietnam', internationalPrefix: '011' },
      }),
    );
    expect(settings.provider).toBeNull();
    expect(settings.careSoft).toMatchObject({
      linkMode: null,
      country: 'VN',
      internationalPrefix: '00',
    });
  });

  it('reads a country code in any case', () => {
    expect(parseSettings(stored({ careSoft: { country: ' fr ' } })).settings.careSoft.country).toBe(
      'FR',
    );
  });
});

describe('providerFor', () => {
  it("prefers the agent's choice, then the admin's default, then OpenPhone", () => {
    expect(providerFor({ ...defaultSettings, provider: 'openPhone' }, 'careSoft')).toBe(
      'openPhone',
    );
    expect(providerFor(defaultSettings, 'careSoft')).toBe('careSoft');
    expect(providerFor(defaultSettings, null)).toBe('openPhone');
  });
});

describe('isSignedIn', () => {
  const token = (payload: object) =>
    ['{"alg":"HS256","typ":"JWT"}', JSON.stringify(payload)]
      .map((part) => Buffer.from(part).toString('base64url'))
      .concat(Buffer.alloc(32, 7).toString('base64url'))
      .join('.');
  const careSoft = {
    ...defaultCareSoft,
    domain: 'test',
    token: token({ ipphone: '1001' }),
    loggedIn: true,
  };

  it("is always signed in with OpenPhone: the app's selected number is a valid default", () => {
    expect(isSignedIn(defaultSettings, 'openPhone', 0)).toBe(true);
  });

  it('needs a well-formed token, a domain and a confirmed login with CsCall', () => {
    const settings = { ...defaultSettings, careSoft };
    expect(isSignedIn(settings, 'careSoft', 0)).toBe(true);
    expect(
      isSignedIn({ ...settings, careSoft: { ...careSoft, loggedIn: false } }, 'careSoft', 0),
    ).toBe(false);
    expect(isSignedIn({ ...settings, careSoft: { ...careSoft, domain: '' } }, 'careSoft', 0)).toBe(
      false,
    );
    expect(
      isSignedIn({ ...settings, careSoft: { ...careSoft, token: 'nope' } }, 'careSoft', 0),
    ).toBe(false);
  });

  it('is signed out once the token has expired', () => {
    const settings = {
      ...defaultSettings,
      careSoft: { ...careSoft, token: token({ ipphone: '1001', exp: 100 }) },
    };
    expect(isSignedIn(settings, 'careSoft', 99_000)).toBe(true);
    expect(isSignedIn(settings, 'careSoft', 100_000)).toBe(false);
  });
});
