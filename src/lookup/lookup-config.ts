import type { MessageKey } from '../i18n/catalog';
import { type Message, type MessageValues, message } from '../i18n/message';

/** How the widget reaches a customer's phone lookup service (docs/contracts.md, lookup service). */
export interface LookupConfig {
  /** `https://my-company.com/services`: the widget adds `/Lookup` and workflow names. */
  rootUrl: string;
  /** Published versions of the contract disagree; POST carries the JSON body, GET does not. */
  method: LookupMethod;
  headerName: string;
  /** The agent's token; kept in the agent's settings, never in a URL. */
  headerValue: string;
  timeoutMs: number;
}

export type LookupMethod = 'POST' | 'GET';

export type LookupField = keyof LookupConfig;

/** One thing to fix, on the settings field an agent or admin can fix it in. */
export interface LookupConfigProblem {
  field: LookupField;
  problem: Message;
}

export type LookupConfigCheck =
  | { ok: true; config: LookupConfig }
  | { ok: false; problems: LookupConfigProblem[] };

/** What the settings form gives us: text from inputs, or values read back from storage. */
export interface LookupConfigInput {
  rootUrl?: unknown;
  method?: unknown;
  headerName?: unknown;
  headerValue?: unknown;
  timeoutMs?: unknown;
}

export const lookupDefaults = {
  method: 'POST',
  headerName: 'X-Execution-Token',
  timeoutMs: 2000,
} as const satisfies Pick<LookupConfig, 'method' | 'headerName' | 'timeoutMs'>;

export const minLookupTimeoutMs = 200;
export const maxLookupTimeoutMs = 30_000;

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; problem: Message };

/**
 * Checks the lookup settings an agent entered (docs/contracts.md, lookup service), all fields at once so the form can
 * point at every problem together. Missing method, header name and timeout take the
 * contract's defaults; the root URL and the token are the agent's to give.
 */
export function checkLookupConfig(input: LookupConfigInput): LookupConfigCheck {
  const rootUrl = checkRootUrl(input.rootUrl);
  const method = checkMethod(input.method ?? lookupDefaults.method);
  const headerName = checkHeaderName(input.headerName ?? lookupDefaults.headerName);
  const headerValue = checkHeaderValue(input.headerValue);
  const timeoutMs = checkTimeout(input.timeoutMs ?? lookupDefaults.timeoutMs);

  if (rootUrl.ok && method.ok && headerName.ok && headerValue.ok && timeoutMs.ok) {
    return {
      ok: true,
      config: {
        rootUrl: rootUrl.value,
        method: method.value,
        headerName: headerName.value,
        headerValue: headerValue.value,
        timeoutMs: timeoutMs.value,
      },
    };
  }
  const problems: LookupConfigProblem[] = [];
  if (!rootUrl.ok) problems.push({ field: 'rootUrl', problem: rootUrl.problem });
  if (!method.ok) problems.push({ field: 'method', problem: method.problem });
  if (!headerName.ok) problems.push({ field: 'headerName', problem: headerName.problem });
  if (!headerValue.ok) problems.push({ field: 'headerValue', problem: headerValue.problem });
  if (!timeoutMs.ok) problems.push({ field: 'timeoutMs', problem: timeoutMs.problem });
  return { ok: false, problems };
}

// Plain http would send the token in clear; only this machine is exempt, for a service a
// developer runs next to the widget.
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Reads a root URL; the result has no trailing slash, so `${root}/Lookup` is always right. */
export function checkRootUrl(raw: unknown): FieldCheck<string> {
  const given = typeof raw === 'string' ? raw.trim() : '';
  if (given === '') return fail('lookup.problem.noAddress');
  if (given.length > 2000) return fail('lookup.problem.longAddress');
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return fail('lookup.problem.notAnAddress');
  }
  if (url.protocol === 'http:' && !localHosts.has(url.hostname)) {
    return fail('lookup.problem.plainHttp');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('lookup.problem.notHttps');
  if (url.username !== '' || url.password !== '') return fail('lookup.problem.credentials');
  if (given.includes('?') || given.includes('#')) return fail('lookup.problem.query');
  const path = url.pathname.replace(/\/+$/, '');
  const root = `${url.origin}${path}`;
  if (/\/lookup$/i.test(path)) {
    return fail('lookup.problem.endsInLookup', { root: root.slice(0, -'/Lookup'.length) });
  }
  return { ok: true, value: root };
}

export function checkMethod(raw: unknown): FieldCheck<LookupMethod> {
  const given = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (given === 'POST' || given === 'GET') return { ok: true, value: given };
  return fail('lookup.problem.method');
}

// RFC 9110 token characters.
const headerToken = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

// Browsers silently drop these from fetch (forbidden request headers), and we set
// Content-Type ourselves: a token sent in one of them would never reach the service.
const unusableHeaders = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'content-type',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

export function checkHeaderName(raw: unknown): FieldCheck<string> {
  const given = typeof raw === 'string' ? raw.trim() : '';
  if (given === '') return fail('lookup.problem.noHeader', { usual: lookupDefaults.headerName });
  if (given.length > 100 || !headerToken.test(given)) return fail('lookup.problem.headerShape');
  const lower = given.toLowerCase();
  if (unusableHeaders.has(lower) || lower.startsWith('sec-') || lower.startsWith('proxy-')) {
    return fail('lookup.problem.forbiddenHeader', {
      header: given,
      usual: lookupDefaults.headerName,
    });
  }
  return { ok: true, value: given };
}

export function checkHeaderValue(raw: unknown): FieldCheck<string> {
  // Pasted tokens often carry a trailing line break; that much is trimmed, not refused.
  const given = typeof raw === 'string' ? raw.trim() : '';
  if (given === '') return fail('lookup.problem.noToken');
  if (/[\r\n]/.test(given)) return fail('lookup.problem.tokenLines');
  // fetch refuses header values with control or non-Latin characters.
  if (!/^[\x20-\x7e\t]+$/.test(given)) return fail('lookup.problem.tokenCharacters');
  if (given.length > 4096) return fail('lookup.problem.longToken');
  return { ok: true, value: given };
}

export function checkTimeout(raw: unknown): FieldCheck<number> {
  const value =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && raw.trim() !== ''
        ? Number(raw)
        : Number.NaN;
  if (!Number.isInteger(value) || value < minLookupTimeoutMs || value > maxLookupTimeoutMs) {
    return fail('lookup.problem.timeout', {
      min: minLookupTimeoutMs,
      max: maxLookupTimeoutMs,
      usual: lookupDefaults.timeoutMs,
    });
  }
  return { ok: true, value };
}

function fail(code: MessageKey, values?: MessageValues): { ok: false; problem: Message } {
  return { ok: false, problem: message(code, values) };
}

/** The phone apps the widget hands calls to. */
export type ProviderId = 'openphone' | 'caresoft';

/**
 * Org-wide presets an admin writes into the widget URL registered with HubSpot. The agent's
 * own settings win over them.
 */
export interface LookupDefaults {
  provider?: ProviderId;
  rootUrl?: string;
  method?: LookupMethod;
  headerName?: string;
  timeoutMs?: number;
}

/** A preset that was ignored, named by its URL parameter. */
export interface UrlDefaultsProblem {
  parameter: string;
  problem: Message;
}

// Parameter names that can only carry a secret. Anyone who can see the widget URL (HubSpot
// admins, browser history, logs of every proxy on the way) could use such a token.
const secretParameter = /token|secret|password|passwd|apikey|api[-_]key|headervalue|authorization/i;

/**
 * Reads the admin's presets from the widget URL's query (`?provider=openphone&lookupUrl=…`),
 * keeping every valid one. A token in the URL is refused with a reason: tokens belong in
 * each agent's settings.
 */
export function readLookupDefaultsFromUrl(search: string): {
  defaults: LookupDefaults;
  problems: UrlDefaultsProblem[];
} {
  const query = new URLSearchParams(search);
  const defaults: LookupDefaults = {};
  const problems: UrlDefaultsProblem[] = [];
  const ignored = (parameter: string, problem: Message) => problems.push({ parameter, problem });

  const provider = query.get('provider');
  if (provider !== null) {
    const id = provider.trim().toLowerCase();
    if (id === 'openphone' || id === 'caresoft') defaults.provider = id;
    else ignored('provider', message('lookup.problem.provider', { provider }));
  }
  const preset = <T>(
    parameter: string,
    check: (raw: unknown) => FieldCheck<T>,
    keep: (value: T) => void,
  ) => {
    const raw = query.get(parameter);
    if (raw === null) return;
    const read = check(raw);
    if (read.ok) keep(read.value);
    else ignored(parameter, read.problem);
  };
  preset('lookupUrl', checkRootUrl, (value) => {
    defaults.rootUrl = value;
  });
  preset('lookupMethod', checkMethod, (value) => {
    defaults.method = value;
  });
  preset('lookupHeader', checkHeaderName, (value) => {
    defaults.headerName = value;
  });
  preset('lookupTimeoutMs', checkTimeout, (value) => {
    defaults.timeoutMs = value;
  });

  const headerName = (defaults.headerName ?? lookupDefaults.headerName).toLowerCase();
  const seen = new Set<string>();
  for (const parameter of query.keys()) {
    if (seen.has(parameter)) continue;
    seen.add(parameter);
    if (secretParameter.test(parameter) || parameter.toLowerCase() === headerName) {
      ignored(parameter, message('lookup.problem.tokenInUrl', { parameter }));
    }
  }
  return { defaults, problems };
}
