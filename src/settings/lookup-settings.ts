import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import {
  checkLookupConfig,
  type LookupConfig,
  type LookupConfigProblem,
  type LookupDefaults,
} from '../lookup/lookup-config';
import { storedFlag, storedText } from './stored-field';

/**
 * The agent's own lookup settings. Empty values fall back to the admin's presets from the
 * widget URL; the token is only ever the agent's. Read from storage field by field.
 */
export const lookupSettingsSchema = builtOnFirstUse(() =>
  v.object({
    rootUrl: storedText,
    method: v.fallback(v.nullable(v.picklist(['POST', 'GET'])), null),
    headerName: storedText,
    headerValue: storedText,
    timeoutMs: v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null),
    /** Run the service's `CallFlow` workflow each time a call is saved. */
    autoCallFlow: storedFlag,
  }),
);
export type LookupSettings = v.InferOutput<typeof lookupSettingsSchema>;

/** What the schema reads from nothing, as data (see `defaultSettings`). */
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
 * A lookup service whose token is public, named by the code that starts the widget: the
 * demo service next to `npm start`, so the simulator shows lookups with nothing to set up.
 */
export interface PublicLookupService {
  rootUrls: readonly string[];
  headerValue: string;
}

/**
 * What the widget actually uses: the agent's values, else the admin's, else the contract's
 * defaults. A public service gets its token when the agent gave none.
 */
export function effectiveLookup(
  agent: LookupSettings,
  admin: LookupDefaults,
  publicService: PublicLookupService | null = null,
): EffectiveLookup {
  const rootUrl = agent.rootUrl !== '' ? agent.rootUrl : admin.rootUrl;
  if (rootUrl === undefined || rootUrl === '') return { status: 'off' };
  const isPublic = publicService?.rootUrls.includes(rootUrl) ?? false;
  const headerValue =
    agent.headerValue === '' && isPublic && publicService !== null
      ? publicService.headerValue
      : agent.headerValue;
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
