import type { CareSoftLinkMode } from '../handoff/caresoft';
import { isLanguage, type Language } from '../i18n/languages';
import { inspectCareSoftToken } from './caresoft-token';
import { defaultLookupSettings, type LookupSettings, readLookupSettings } from './lookup-settings';
import { readTeammates, type Teammate } from './teammates';
import {
  defaultTextTemplates,
  maxAgentNameLength,
  readTextTemplates,
  type TextTemplate,
} from './text-templates';

export type PhoneProvider = 'openPhone' | 'careSoft';

/**
 * The agent's CsCall sign-in. The token is the agent's own (minted by an admin from the
 * account secret, which never comes here); it travels in every CsCall link anyway.
 */
export interface CareSoftSettings {
  domain: string;
  token: string;
  linkMode: CareSoftLinkMode;
  /** The agent confirmed the CsCall app accepted the login link. */
  loggedIn: boolean;
}

/** The agent's own choices, kept in the browser (never secrets meant for servers). */
export interface Settings {
  /** Null until the agent picks one: the admin's default from the widget URL applies. */
  provider: PhoneProvider | null;
  careSoft: CareSoftSettings;
  lookup: LookupSettings;
  /** The agent's OpenPhone numbers (E.164) to use as caller id; empty lets the app choose. */
  callerIds: string[];
  /** The caller id chosen for the last call, offered again for the next one. */
  lastCallerId: string | null;
  /** Dial at once (`action=call`) instead of opening OpenPhone's dialer prefilled. */
  autoDial: boolean;
  /** How the agent signs follow-up texts (`{agentName}`); empty is allowed. */
  agentName: string;
  /** Follow-up texts to send after a call (OpenPhone). */
  textTemplates: TextTemplate[];
  /** People to bring into group calls and texts (OpenPhone). */
  teammates: Teammate[];
  /** The widget's language; null follows the browser's. */
  language: Language | null;
}

export const defaultCareSoft: CareSoftSettings = {
  domain: '',
  token: '',
  linkMode: 'dynamic-link',
  loggedIn: false,
};

export const defaultSettings: Settings = {
  provider: null,
  careSoft: defaultCareSoft,
  lookup: defaultLookupSettings,
  callerIds: [],
  lastCallerId: null,
  autoDial: true,
  agentName: '',
  // Shown in the widget's language until the agent edits them (`textTemplatesIn`).
  textTemplates: [...defaultTextTemplates.en],
  teammates: [],
  language: null,
};

/** The phone app calls go to: the agent's choice, else the admin's, else OpenPhone. */
export function providerFor(settings: Settings, adminDefault: PhoneProvider | null): PhoneProvider {
  return settings.provider ?? adminDefault ?? 'openPhone';
}

function readCareSoft(value: unknown): CareSoftSettings {
  if (typeof value !== 'object' || value === null) return defaultCareSoft;
  const fields = value as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' ? field.trim() : '');
  return {
    domain: text(fields.domain),
    token: text(fields.token),
    linkMode: fields.linkMode === 'direct' ? 'direct' : 'dynamic-link',
    loggedIn: fields.loggedIn === true,
  };
}

export const maxCallerIds = 10;

const e164 = /^\+[1-9]\d{6,14}$/;

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
  if (typeof data !== 'object' || data === null) {
    return { settings: defaultSettings, problems: ['unreadable'] };
  }
  const fields = data as Record<string, unknown>;
  const valid = Array.isArray(fields.callerIds)
    ? fields.callerIds.filter((id): id is string => typeof id === 'string' && e164.test(id))
    : [];
  const dropped = Array.isArray(fields.callerIds) && valid.length !== fields.callerIds.length;
  // Duplicates would show twice in Settings and vanish together on Remove.
  const callerIds = [...new Set(valid)].slice(0, maxCallerIds);
  const { templates, dropped: droppedTemplates } = readTextTemplates(fields.textTemplates);
  const { teammates, dropped: droppedTeammates } = readTeammates(fields.teammates);
  const settings: Settings = {
    provider:
      fields.provider === 'openPhone' || fields.provider === 'careSoft' ? fields.provider : null,
    careSoft: readCareSoft(fields.careSoft),
    lookup: readLookupSettings(fields.lookup),
    callerIds,
    lastCallerId:
      typeof fields.lastCallerId === 'string' && callerIds.includes(fields.lastCallerId)
        ? fields.lastCallerId
        : null,
    autoDial: typeof fields.autoDial === 'boolean' ? fields.autoDial : defaultSettings.autoDial,
    agentName:
      typeof fields.agentName === 'string'
        ? fields.agentName.trim().slice(0, maxAgentNameLength)
        : '',
    textTemplates: templates,
    teammates,
    language: isLanguage(fields.language) ? fields.language : null,
  };
  const problems: SettingsProblem[] = [];
  if (dropped) problems.push('callerIdsDropped');
  if (droppedTemplates) problems.push('templatesDropped');
  if (droppedTeammates) problems.push('teammatesDropped');
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
