import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { languages } from '../i18n/languages';
import { inspectCareSoftToken } from './caresoft-token';
import { defaultLookupSettings, lookupSettingsSchema } from './lookup-settings';
import { storedFlag, storedList, storedText } from './stored-field';
import { storedTeammates } from './teammates';
import { maxAgentNameLength, storedTemplateDefaults, storedTextTemplates } from './text-templates';

// The settings are defined once, as the schema that reads them back from storage: the
// types below are inferred from it, so a new setting is stored and read the moment it
// exists. Each field falls back to its default on its own: a damaged entry costs the
// agent one setting, not all of them.

export const phoneProviderSchema = builtOnFirstUse(() => v.picklist(['openPhone', 'careSoft']));
export type PhoneProvider = v.InferOutput<typeof phoneProviderSchema>;

/**
 * CsCall settings saved before the agent's link type was recorded as a choice have no
 * `country` (added with it). Their `linkMode` was always written, `dynamic-link` unless the
 * agent picked the direct link: only `direct` was a choice, `dynamic-link` was the default
 * (CareSoft's documented page.link wrapper, dead since Firebase Dynamic Links shut down).
 * Such agents never chose, and follow today's default.
 */
function fromBeforeLinkChoice(stored: Record<string, unknown>): Record<string, unknown> {
  if ('country' in stored) return stored;
  return { ...stored, linkMode: stored.linkMode === 'direct' ? 'direct' : null };
}

/**
 * The agent's CsCall sign-in. The token is the agent's own (minted by an admin from the
 * account secret, which never comes here); it travels in every CsCall link anyway.
 */
export const careSoftSettingsSchema = builtOnFirstUse(() =>
  v.pipe(
    v.record(v.string(), v.unknown()),
    v.transform(fromBeforeLinkChoice),
    v.object({
      domain: storedText,
      token: storedText,
      /**
       * How CsCall links reach the app (`handoff/caresoft.ts`, `CareSoftLinkMode`), as the
       * agent chose it; null until they choose: `defaultCareSoftLinkMode` applies.
       */
      linkMode: v.fallback(v.nullable(v.picklist(['dynamic-link', 'direct'])), null),
      /**
       * The CareSoft account's own country (ISO 3166 alpha-2): its numbers are dialled in
       * national form, every other with its country code (`handoff/caresoft-number.ts`).
       */
      country: v.fallback(
        v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{2}$/)),
        'VN',
      ),
      /** How CsCall dials abroad: `00` + country code + number, or `+` + country code + number. */
      internationalPrefix: v.fallback(v.picklist(['00', '+']), '00'),
      /** The agent confirmed the CsCall app accepted the login link. */
      loggedIn: storedFlag,
    }),
  ),
);
export type CareSoftSettings = v.InferOutput<typeof careSoftSettingsSchema>;

// The defaults are written out as data, not read from the schemas: running valibot's
// readers at load costs a new browser's first handshake their compile (`npm run bench`),
// and settings have nothing stored until the agent saves some. Each is what its schema
// reads from nothing, which tests/settings/settings.test.ts holds it to.
export const defaultCareSoft: CareSoftSettings = {
  domain: '',
  token: '',
  linkMode: null,
  country: 'VN',
  internationalPrefix: '00',
  loggedIn: false,
};

export const maxCallerIds = 10;

const e164 = /^\+[1-9]\d{6,14}$/;

/** The agent's own choices, kept in the browser (never secrets meant for servers). */
export const settingsSchema = builtOnFirstUse(() =>
  v.pipe(
    v.object({
      /** Null until the agent picks one: the admin's default from the widget URL applies. */
      provider: v.fallback(v.nullable(phoneProviderSchema), null),
      careSoft: v.fallback(careSoftSettingsSchema, () => ({ ...defaultCareSoft })),
      lookup: v.fallback(lookupSettingsSchema, () => ({ ...defaultLookupSettings })),
      /** The agent's OpenPhone numbers (E.164) to use as caller id; empty lets the app choose. */
      callerIds: storedList(
        v.pipe(v.string(), v.regex(e164)),
        { max: maxCallerIds, key: (id) => id },
        () => [],
      ),
      /** The caller id chosen for the last call, offered again for the next one. */
      lastCallerId: v.fallback(v.nullable(v.string()), null),
      /** Dial at once (`action=call`) instead of opening OpenPhone's dialer prefilled. */
      autoDial: v.fallback(v.boolean(), true),
      /** How the agent signs follow-up texts (`{agentName}`); empty is allowed. */
      agentName: v.fallback(
        v.pipe(
          v.string(),
          v.trim(),
          v.transform((name) => name.slice(0, maxAgentNameLength)),
        ),
        '',
      ),
      /** Follow-up texts to send after a call (OpenPhone), in the widget's language until edited. */
      textTemplates: storedTextTemplates,
      /** People to bring into group calls and texts (OpenPhone). */
      teammates: storedTeammates,
      /** The widget's language; null follows the browser's. */
      language: v.fallback(v.nullable(v.picklist(languages)), null),
    }),
    // A last caller id that is no longer in the list (removed, invalid, past the limit) is forgotten.
    v.transform((settings) => ({
      ...settings,
      lastCallerId:
        settings.lastCallerId !== null && settings.callerIds.includes(settings.lastCallerId)
          ? settings.lastCallerId
          : null,
    })),
  ),
);
export type Settings = v.InferOutput<typeof settingsSchema>;

export const defaultSettings: Settings = {
  provider: null,
  careSoft: { ...defaultCareSoft },
  lookup: { ...defaultLookupSettings },
  callerIds: [],
  lastCallerId: null,
  autoDial: true,
  agentName: '',
  textTemplates: storedTemplateDefaults(),
  teammates: [],
  language: null,
};

/** The phone app calls go to: the agent's choice, else the admin's, else OpenPhone. */
export function providerFor(settings: Settings, adminDefault: PhoneProvider | null): PhoneProvider {
  return settings.provider ?? adminDefault ?? 'openPhone';
}

/** The caller id to start the next call with: the last one if it is still configured. */
export function callerIdFor(settings: Settings): string | null {
  if (settings.lastCallerId !== null && settings.callerIds.includes(settings.lastCallerId)) {
    return settings.lastCallerId;
  }
  return settings.callerIds[0] ?? null;
}

/**
 * What reading stored settings had to give up, for the agent to be told in their language:
 * `unreadable` (all of it: the defaults apply), or some caller ids, text templates or
 * teammates that were no longer valid.
 */
export type SettingsProblem =
  | 'unreadable'
  | 'callerIdsDropped'
  | 'templatesDropped'
  | 'teammatesDropped';

/** The lists whose dropped items the agent is told about, and the problem that says so. */
const listFields = ['callerIds', 'textTemplates', 'teammates'] as const;
const listProblem: Record<(typeof listFields)[number], SettingsProblem> = {
  callerIds: 'callerIdsDropped',
  textTemplates: 'templatesDropped',
  teammates: 'teammatesDropped',
};

/** Anything stored as a JSON object, as it was stored. */
const storedObject = builtOnFirstUse(() => v.record(v.string(), v.unknown()));

/**
 * Reads stored settings, keeping every valid part: a damaged entry costs the agent
 * one setting, not all of them.
 */
export function parseSettings(raw: string | null): {
  settings: Settings;
  problems: SettingsProblem[];
} {
  if (raw === null) return { settings: defaultSettings, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { settings: defaultSettings, problems: ['unreadable'] };
  }
  const stored = v.safeParse(storedObject, data);
  if (!stored.success) return { settings: defaultSettings, problems: ['unreadable'] };
  const settings = v.parse(settingsSchema, stored.output);
  const problems: SettingsProblem[] = [];
  for (const field of listFields) {
    const list = stored.output[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length !== settings[field].length) {
      problems.push(listProblem[field]);
    }
  }
  return { settings, problems };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings);
}

export const settingsKey = 'handoff.settings.v1';

/**
 * What `initialized` and the sign-in messages report: OpenPhone needs no sign-in here
 * (the app's selected number is a valid default); CsCall needs a usable token the agent
 * has logged in with.
 */
export function isSignedIn(settings: Settings, provider: PhoneProvider, now: number): boolean {
  if (provider === 'openPhone') return true;
  const { token, domain, loggedIn } = settings.careSoft;
  if (!loggedIn || domain === '') return false;
  const inspection = inspectCareSoftToken(token, now);
  return inspection.kind === 'valid' && !inspection.expired;
}
