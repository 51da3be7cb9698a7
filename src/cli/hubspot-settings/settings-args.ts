import { assertNever } from '../../assert-never';
import { hubSpotApiHosts } from '../../security/hubspot-hosts';

/**
 * The fields of HubSpot's calling settings that the CLI can send (docs/contracts.md, HubSpot, App settings).
 * Anything left out of an update is left as HubSpot has it.
 */
export interface CallingSettingsBody {
  name?: string;
  url?: string;
  width?: number;
  height?: number;
  isReady?: boolean;
  supportsCustomObjects?: boolean;
  supportsInboundCalling?: boolean;
  usesRemote?: boolean;
  usesCallingWindow?: boolean;
}

export type SettingsCommand = 'get' | 'create' | 'update' | 'delete';

interface RequestTarget {
  appId: string;
  /** Developer API key; sent only as the `hapikey` query parameter, never printed. */
  apiKey: string;
  /** Full request URL, key included: keep it out of anything a person reads. */
  url: string;
  /** The base URL as configured (no key), for messages. */
  apiBase: string;
}

export type SettingsRequestPlan = RequestTarget &
  (
    | { command: 'get'; method: 'GET' }
    | { command: 'delete'; method: 'DELETE' }
    | { command: 'create'; method: 'POST'; body: CallingSettingsBody }
    | { command: 'update'; method: 'PATCH'; body: CallingSettingsBody }
  );

export type SettingsArgs =
  | ({ kind: 'request' } & SettingsRequestPlan)
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export const DEFAULT_API_BASE = 'https://api.hubapi.com';

/** The seed's curl example registers a 400×600 iframe; `create` uses it when no size is given. */
export const DEFAULT_WIDTH = 400;
export const DEFAULT_HEIGHT = 600;

/** HubSpot types width and height as int32. */
const MAX_INT32 = 2_147_483_647;

export const SETTINGS_USAGE = `Usage: npm run hubspot:settings -- <get|create|update|delete> [options]

Registers the widget with HubSpot (calling settings of one app).
  get      print the app's calling settings
  create   register them (needs --name and --url)
  update   change the given fields only (at least one option)
  delete   remove them

Options (create, update):
  --name NAME                 name shown to HubSpot users
  --url URL                   widget URL, https (http only for localhost)
  --width N, --height N       iframe size in pixels (create: ${DEFAULT_WIDTH}×${DEFAULT_HEIGHT} when omitted)
  --ready | --not-ready       offer the app to every connected account, or keep it in testing
                              (create: --not-ready when omitted)
  --supports-custom-objects | --no-supports-custom-objects
  --supports-inbound-calling | --no-supports-inbound-calling
  --uses-remote | --no-uses-remote
  --uses-calling-window | --no-uses-calling-window

Environment:
  HUBSPOT_APP_ID              the app's id (digits)
  HUBSPOT_DEVELOPER_API_KEY   the developer account's API key (sent as hapikey)
  HUBSPOT_API_BASE            another HubSpot API host (default ${DEFAULT_API_BASE}),
                              e.g. https://api-eu1.hubapi.com, or a stand-in on localhost
`;

type ValueOption = 'name' | 'url' | 'width' | 'height';
type FlagField = Exclude<keyof CallingSettingsBody, ValueOption>;

const VALUE_OPTIONS: Record<string, ValueOption> = {
  '--name': 'name',
  '--url': 'url',
  '--width': 'width',
  '--height': 'height',
};

const FLAG_OPTIONS: Record<string, { field: FlagField; value: boolean }> = {
  '--ready': { field: 'isReady', value: true },
  '--not-ready': { field: 'isReady', value: false },
  '--supports-custom-objects': { field: 'supportsCustomObjects', value: true },
  '--no-supports-custom-objects': { field: 'supportsCustomObjects', value: false },
  '--supports-inbound-calling': { field: 'supportsInboundCalling', value: true },
  '--no-supports-inbound-calling': { field: 'supportsInboundCalling', value: false },
  '--uses-remote': { field: 'usesRemote', value: true },
  '--no-uses-remote': { field: 'usesRemote', value: false },
  '--uses-calling-window': { field: 'usesCallingWindow', value: true },
  '--no-uses-calling-window': { field: 'usesCallingWindow', value: false },
};

/** Body keys in the order HubSpot documents them, so the JSON sent does not depend on argv order. */
const BODY_ORDER: readonly (keyof CallingSettingsBody)[] = [
  'name',
  'url',
  'width',
  'height',
  'isReady',
  'supportsCustomObjects',
  'supportsInboundCalling',
  'usesRemote',
  'usesCallingWindow',
];

const METHODS = { get: 'GET', create: 'POST', update: 'PATCH', delete: 'DELETE' } as const;

class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

function isCommand(word: string): word is SettingsCommand {
  return Object.hasOwn(METHODS, word);
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** A widget URL HubSpot can embed: https, or http on this machine while developing. */
export function checkWidgetUrl(raw: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return `--url must be an absolute URL, got "${raw}"`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return undefined;
  return '--url must use https (http is accepted only for localhost)';
}

function parseSize(option: string, raw: string): number {
  if (!/^[1-9][0-9]*$/.test(raw) || Number(raw) > MAX_INT32) {
    usage(`${option} must be a positive whole number of pixels, got "${raw}"`);
  }
  return Number(raw);
}

function parseApiBase(raw: string | undefined): string {
  if (raw === undefined || raw === '') return DEFAULT_API_BASE;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    usage('HUBSPOT_API_BASE must be an absolute http(s) URL');
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    usage('HUBSPOT_API_BASE must not carry a query or a fragment');
  }
  // The key travels in the query string: plain http only where it cannot leave the machine,
  // and only to HubSpot itself (or a stand-in on this machine): any other host would be
  // handed the developer key.
  const local = isLoopbackHost(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    usage('HUBSPOT_API_BASE must use https (http is accepted only for localhost)');
  }
  if (!local && !hubSpotApiHosts.includes(parsed.host)) {
    usage(
      `HUBSPOT_API_BASE must be HubSpot's API (${hubSpotApiHosts.join(', ')}) or this machine: the developer key is sent there`,
    );
  }
  return parsed.href.replace(/\/+$/, '');
}

function readOptions(args: readonly string[]): CallingSettingsBody {
  const body: CallingSettingsBody = {};
  const seen = new Set<keyof CallingSettingsBody>();
  const remember = (field: keyof CallingSettingsBody, option: string) => {
    if (seen.has(field)) usage(`${option} conflicts with an earlier option setting ${field}`);
    seen.add(field);
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const option = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = option === arg ? undefined : arg.slice(eq + 1);

    const flag = FLAG_OPTIONS[option];
    if (flag !== undefined) {
      if (inline !== undefined) usage(`${option} takes no value`);
      remember(flag.field, option);
      body[flag.field] = flag.value;
      continue;
    }

    const field = VALUE_OPTIONS[option];
    if (field === undefined) {
      // Only the option name is echoed: a mistyped flag may carry a secret after "=".
      usage(
        option.startsWith('-') ? `unknown option ${option}` : `unexpected argument "${option}"`,
      );
    }
    // `--name --url x` is a forgotten value, not a name: such a value must use `--name=--…`.
    const next = inline === undefined ? args[i + 1] : undefined;
    if (inline === undefined && (next === undefined || next.startsWith('--'))) {
      usage(`${option} needs a value`);
    }
    const value = inline ?? (args[++i] as string);
    remember(field, option);
    switch (field) {
      case 'name':
        if (value.trim() === '') usage('--name must not be empty');
        body.name = value;
        break;
      case 'url': {
        const problem = checkWidgetUrl(value);
        if (problem !== undefined) usage(problem);
        body.url = value;
        break;
      }
      case 'width':
      case 'height':
        body[field] = parseSize(option, value);
        break;
      default:
        return assertNever(field);
    }
  }
  return body;
}

function ordered(body: CallingSettingsBody): CallingSettingsBody {
  const out: Record<string, unknown> = {};
  for (const key of BODY_ORDER) {
    if (body[key] !== undefined) out[key] = body[key];
  }
  return out as CallingSettingsBody;
}

function plan(argv: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const [command, ...rest] = argv;
  if (command === undefined) usage('say which command to run: get, create, update or delete');
  if (!isCommand(command)) {
    usage(
      command.startsWith('-')
        ? `the command comes first: get, create, update or delete (got ${command.split('=')[0]})`
        : `unknown command "${command}": use get, create, update or delete`,
    );
  }

  const options = readOptions(rest);
  const given = Object.keys(options).length;
  if ((command === 'get' || command === 'delete') && given > 0) {
    usage(`${command} takes no settings options`);
  }
  if (command === 'update' && given === 0) {
    usage('update needs at least one setting to change, e.g. --ready');
  }
  if (command === 'create') {
    if (options.name === undefined) usage('create needs --name NAME');
    if (options.url === undefined) usage('create needs --url URL');
  }

  const appId = env.HUBSPOT_APP_ID ?? '';
  if (appId === '') usage('set HUBSPOT_APP_ID to the id of the HubSpot app');
  if (!/^[0-9]+$/.test(appId)) usage('HUBSPOT_APP_ID must be digits only');
  const apiKey = env.HUBSPOT_DEVELOPER_API_KEY ?? '';
  if (apiKey === '') usage('set HUBSPOT_DEVELOPER_API_KEY to the developer account API key');
  const apiBase = parseApiBase(env.HUBSPOT_API_BASE);

  const query = new URLSearchParams({ hapikey: apiKey });
  const url = `${apiBase}/crm/v3/extensions/calling/${appId}/settings?${query}`;
  const target: RequestTarget = { appId, apiKey, url, apiBase };

  switch (command) {
    case 'get':
      return { ...target, command, method: METHODS.get } as const;
    case 'delete':
      return { ...target, command, method: METHODS.delete } as const;
    case 'create': {
      const body = ordered({
        width: DEFAULT_WIDTH,
        height: DEFAULT_HEIGHT,
        // Registering must not put an untested widget in front of every connected account.
        isReady: false,
        ...options,
      });
      return { ...target, command, method: METHODS.create, body } as const;
    }
    case 'update':
      return { ...target, command, method: METHODS.update, body: ordered(options) } as const;
    default:
      return assertNever(command);
  }
}

/**
 * Reads `hubspot:settings` arguments and environment into the one request to make, or the
 * reason it cannot be made (docs/contracts.md, HubSpot, App settings). Pure: no I/O, nothing thrown.
 */
export function parseSettingsArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SettingsArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  try {
    return { kind: 'request', ...plan(argv, env) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
    throw error;
  }
}
