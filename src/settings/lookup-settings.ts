import {
  checkLookupConfig,
  type LookupConfig,
  type LookupConfigProblem,
  type LookupDefaults,
  type LookupMethod,
} from '../lookup/lookup-config';
import { demoLookupService } from '../mocks/demo-directory';

/**
 * The agent's own lookup settings (SPEC §4). Empty values fall back to the admin's presets
 * from the widget URL; the token is only ever the agent's.
 */
export interface LookupSettings {
  rootUrl: string;
  method: LookupMethod | null;
  headerName: string;
  headerValue: string;
  timeoutMs: number | null;
  /** Run the service's `CallFlow` workflow each time a call is saved. */
  autoCallFlow: boolean;
}

export const defaultLookupSettings: LookupSettings = {
  rootUrl: '',
  method: null,
  headerName: '',
  headerValue: '',
  timeoutMs: null,
  autoCallFlow: false,
};

export type EffectiveLookup =
  | { status: 'off' }
  | { status: 'ready'; config: LookupConfig; autoCallFlow: boolean }
  | { status: 'invalid'; problems: LookupConfigProblem[] };

/**
 * What the widget actually uses: the agent's values, else the admin's, else the contract's
 * defaults. The embedded demo service gets its (public) demo token, so the simulator shows
 * lookups with nothing to set up.
 */
export function effectiveLookup(
  agent: LookupSettings,
  admin: LookupDefaults,
  demoLookupRoot: string | null = null,
): EffectiveLookup {
  const rootUrl = agent.rootUrl !== '' ? agent.rootUrl : admin.rootUrl;
  if (rootUrl === undefined || rootUrl === '') return { status: 'off' };
  const isDemo = rootUrl === demoLookupService.rootUrl || rootUrl === demoLookupRoot;
  const headerValue =
    agent.headerValue === '' && isDemo ? demoLookupService.headerValue : agent.headerValue;
  const checked = checkLookupConfig({
    rootUrl,
    method: agent.method ?? admin.method,
    headerName: agent.headerName !== '' ? agent.headerName : admin.headerName,
    headerValue,
    timeoutMs: agent.timeoutMs ?? admin.timeoutMs,
  });
  return checked.ok
    ? { status: 'ready', config: checked.config, autoCallFlow: agent.autoCallFlow }
    : { status: 'invalid', problems: checked.problems };
}

export function readLookupSettings(value: unknown): LookupSettings {
  if (typeof value !== 'object' || value === null) return defaultLookupSettings;
  const fields = value as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' ? field.trim() : '');
  return {
    rootUrl: text(fields.rootUrl),
    method: fields.method === 'POST' || fields.method === 'GET' ? fields.method : null,
    headerName: text(fields.headerName),
    headerValue: text(fields.headerValue),
    timeoutMs:
      typeof fields.timeoutMs === 'number' && Number.isFinite(fields.timeoutMs)
        ? fields.timeoutMs
        : null,
    autoCallFlow: fields.autoCallFlow === true,
  };
}
