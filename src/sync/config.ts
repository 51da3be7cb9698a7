import { assertNever } from '../assert-never.js';

/** The environment, as Node's `process.env` and a Worker's `env` both give it. */
export type SyncEnv = Readonly<Record<string, unknown>>;

export interface OpenPhoneConfig {
  apiKey: string;
  apiBase: string;
  /** The signing key as OpenPhone shows it (base64), decoded. */
  signingKey: Uint8Array;
}

export interface CareSoftConfig {
  domain: string;
  apiToken: string;
  apiBase: string;
  webhookSecret: string;
}

export interface SyncConfig {
  hubSpot: { accessToken: string; apiBase: string };
  openPhone: OpenPhoneConfig | null;
  careSoft: CareSoftConfig | null;
  /** Log calls for numbers no contact has, by creating the contact first (off unless asked). */
  createContacts: boolean;
  port: number;
}

/** What is wrong with one variable; the entry points turn it into one line and exit 2. */
export interface ConfigProblem {
  variable: string;
  problem: 'missing' | 'malformed' | 'not-https' | 'no-provider';
}

export type ConfigResult = { ok: true; config: SyncConfig } | { ok: false; error: ConfigProblem };

const defaults = {
  hubSpotApiBase: 'https://api.hubapi.com',
  openPhoneApiBase: 'https://api.openphone.com',
  careSoftApiBase: 'https://api.caresoft.vn',
  port: 9026,
} as const;

class Refused extends Error {
  constructor(readonly detail: ConfigProblem) {
    super(`${detail.variable}: ${detail.problem}`);
  }
}

function text(env: SyncEnv, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Refused({ variable: name, problem: 'malformed' });
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function required(env: SyncEnv, name: string): string {
  const value = text(env, name);
  if (value === undefined) throw new Refused({ variable: name, problem: 'missing' });
  return value;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

// Tokens travel in these requests: plain http is only for a stand-in on this machine.
function apiBase(env: SyncEnv, name: string, fallback: string): string {
  const value = text(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Refused({ variable: name, problem: 'malformed' });
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Refused({ variable: name, problem: 'malformed' });
  }
  const loopback = loopbackHosts.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Refused({ variable: name, problem: 'not-https' });
  }
  return url.href.replace(/\/+$/, '');
}

function base64Key(env: SyncEnv, name: string): Uint8Array {
  const value = required(env, name);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) {
    throw new Refused({ variable: name, problem: 'malformed' });
  }
  const bytes = Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
  if (bytes.length < 16) throw new Refused({ variable: name, problem: 'malformed' });
  return bytes;
}

function anyOf(env: SyncEnv, names: readonly string[]): boolean {
  return names.some((name) => text(env, name) !== undefined);
}

const openPhoneVariables = ['OPENPHONE_API_KEY', 'OPENPHONE_WEBHOOK_SIGNING_KEY'] as const;
const careSoftVariables = [
  'CARESOFT_DOMAIN',
  'CARESOFT_API_TOKEN',
  'CARESOFT_WEBHOOK_SECRET',
] as const;

function openPhone(env: SyncEnv): OpenPhoneConfig | null {
  // A provider is on as soon as one of its own variables is set; then all of them must be.
  if (!anyOf(env, openPhoneVariables)) return null;
  return {
    apiKey: required(env, 'OPENPHONE_API_KEY'),
    signingKey: base64Key(env, 'OPENPHONE_WEBHOOK_SIGNING_KEY'),
    apiBase: apiBase(env, 'OPENPHONE_API_BASE', defaults.openPhoneApiBase),
  };
}

function careSoft(env: SyncEnv): CareSoftConfig | null {
  if (!anyOf(env, careSoftVariables)) return null;
  const domain = required(env, 'CARESOFT_DOMAIN');
  // The domain becomes a path segment of every API URL.
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/.test(domain)) {
    throw new Refused({ variable: 'CARESOFT_DOMAIN', problem: 'malformed' });
  }
  return {
    domain,
    apiToken: required(env, 'CARESOFT_API_TOKEN'),
    webhookSecret: required(env, 'CARESOFT_WEBHOOK_SECRET'),
    apiBase: apiBase(env, 'CARESOFT_API_BASE', defaults.careSoftApiBase),
  };
}

function flag(env: SyncEnv, name: string): boolean {
  const value = text(env, name);
  if (value === undefined) return false;
  if (/^(1|true|on|yes)$/i.test(value)) return true;
  if (/^(0|false|off|no)$/i.test(value)) return false;
  throw new Refused({ variable: name, problem: 'malformed' });
}

function port(env: SyncEnv): number {
  const value = text(env, 'PORT');
  if (value === undefined) return defaults.port;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > 65_535) {
    throw new Refused({ variable: 'PORT', problem: 'malformed' });
  }
  return number;
}

/**
 * Reads the sync service's configuration from the environment, and from nowhere else
 * (issue 11): HubSpot always, each phone system when one of its variables is present.
 * The first problem found is named; a secret's value never appears in it.
 */
export function readSyncConfig(env: SyncEnv): ConfigResult {
  try {
    const config: SyncConfig = {
      hubSpot: {
        accessToken: required(env, 'HUBSPOT_ACCESS_TOKEN'),
        apiBase: apiBase(env, 'HUBSPOT_API_BASE', defaults.hubSpotApiBase),
      },
      openPhone: openPhone(env),
      careSoft: careSoft(env),
      createContacts: flag(env, 'SYNC_CREATE_CONTACTS'),
      port: port(env),
    };
    if (config.openPhone === null && config.careSoft === null) {
      throw new Refused({
        variable: 'OPENPHONE_API_KEY or CARESOFT_DOMAIN',
        problem: 'no-provider',
      });
    }
    return { ok: true, config };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.detail };
    throw error;
  }
}

/** The one line an entry point prints before exiting with status 2. */
export function describeConfigProblem({ variable, problem }: ConfigProblem): string {
  switch (problem) {
    case 'missing':
      return `sync: ${variable} is not set`;
    case 'malformed':
      return `sync: ${variable} is malformed`;
    case 'not-https':
      return `sync: ${variable} must be an https URL (plain http only for a loopback address)`;
    case 'no-provider':
      return `sync: no phone system configured (set the OPENPHONE_* or the CARESOFT_* variables)`;
    default:
      return assertNever(problem);
  }
}
