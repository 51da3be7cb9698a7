import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assertNever } from '../assert-never';
import { describeHubSpotError, scrubSecret } from './hubspot-settings/describe-hubspot-error';
import {
  parseSettingsArgs,
  SETTINGS_USAGE,
  type SettingsRequestPlan,
} from './hubspot-settings/settings-args';

/** 0 done, 1 HubSpot or the network failed, 2 the command line or environment is wrong. */
export type ExitCode = 0 | 1 | 2;

export interface SettingsCliIo {
  fetch: typeof globalThis.fetch;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** How long to wait for HubSpot before giving up. */
  timeoutMs?: number;
}

const PREFIX = 'hubspot:settings:';

function describeNetworkFailure(error: unknown, plan: SettingsRequestPlan): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `HubSpot did not answer in time (${plan.apiBase}).`;
  }
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return `could not reach HubSpot at ${plan.apiBase}: ${reason}`;
}

// Node's fetch gives the 3xx itself with `redirect: 'manual'`; a browser-like fetch gives an
// opaque response of status 0.
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function describeRedirect(response: Response, plan: SettingsRequestPlan): string {
  let where = 'elsewhere';
  try {
    // Only the origin: the rest of the address may repeat the key.
    where = new URL(response.headers.get('location') ?? '', plan.url).origin;
  } catch {}
  return `${plan.apiBase} answered ${response.status || 'a redirect'} to ${where}, which is not followed: the key and the request would go with it. Set HUBSPOT_API_BASE to HubSpot's API host.`;
}

function successOutput(plan: SettingsRequestPlan, text: string): unknown {
  if (plan.command === 'delete') {
    // HubSpot answers a delete with an empty 204: confirm what went instead of printing nothing.
    return { appId: plan.appId, deleted: true };
  }
  return text.trim() === '' ? {} : JSON.parse(text);
}

async function send(plan: SettingsRequestPlan, io: SettingsCliIo): Promise<ExitCode> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = {
    method: plan.method,
    headers,
    signal: AbortSignal.timeout(io.timeoutMs ?? 30_000),
    // A redirect would carry the key (in the query) and a PATCH or POST body to wherever
    // it points, and replay the change there: it is reported, never followed.
    redirect: 'manual',
  };
  if (plan.command === 'create' || plan.command === 'update') {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(plan.body);
  }

  let response: Response;
  let text: string;
  try {
    response = await io.fetch(plan.url, init);
    text = await response.text();
  } catch (error) {
    io.stderr(`${PREFIX} ${describeNetworkFailure(error, plan)}\n`);
    return 1;
  }

  if (isRedirect(response)) {
    io.stderr(`${PREFIX} ${describeRedirect(response, plan)}\n`);
    return 1;
  }
  if (!response.ok) {
    io.stderr(`${PREFIX} ${describeHubSpotError(response.status, text)}\n`);
    return 1;
  }
  let output: unknown;
  try {
    output = successOutput(plan, text);
  } catch {
    io.stderr(`${PREFIX} HubSpot answered ${response.status} with a body that is not JSON.\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

/**
 * `npm run hubspot:settings -- <get|create|update|delete> [options]`: registers the widget's
 * calling settings with HubSpot (docs/contracts.md, HubSpot, App settings; issue 7 item 1). Everything it prints
 * goes through a scrubber, so the developer API key never reaches a terminal or a CI log.
 */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: SettingsCliIo,
): Promise<ExitCode> {
  const secret = env.HUBSPOT_DEVELOPER_API_KEY ?? '';
  const safe: SettingsCliIo = {
    ...io,
    stdout: (text) => io.stdout(scrubSecret(text, secret)),
    stderr: (text) => io.stderr(scrubSecret(text, secret)),
  };

  const args = parseSettingsArgs(argv, env);
  switch (args.kind) {
    case 'help':
      safe.stdout(SETTINGS_USAGE);
      return 0;
    case 'usage-error':
      safe.stderr(`${PREFIX} ${args.message} (see --help)\n`);
      return 2;
    case 'request':
      return send(args, safe);
    default:
      return assertNever(args);
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const code = await main(process.argv.slice(2), process.env, {
    fetch: globalThis.fetch,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  // exitCode rather than exit(): let piped stdout drain before Node leaves.
  process.exitCode = code;
}
