import * as v from 'valibot';
import { isWorkflowName } from './workflow-name';

// Everything a lookup service answers is untrusted input shown to agents: text is cleaned
// and capped, only https URLs survive (they become links and images), and a field of the
// wrong type is dropped rather than failing the whole entry. Only a missing name fails it.

/** One contact found for a number (docs/contracts.md, lookup service, "Answer"). Render every field as text. */
export interface CallerEntry {
  /** Full name, shown as the caller and used to title the call. */
  name: string;
  company: string | null;
  /** Link to the contact's page in the CRM (https only). */
  contactUri: string | null;
  /** Link to the company's page in the CRM (https only). */
  companyUri: string | null;
  /** The contact's id in the CRM: not shown, sent to workflows as `contactCrmId`. */
  id: string | null;
  /** Tooltip of the logo. */
  crmName: string | null;
  /** The CRM's logo (https only). */
  crmLogo: string | null;
  /** Workflow names the agent can run for this contact, each safe as `<root>/<name>`. */
  crmActions: string[];
  /** The service's own key/values (`customData`, or `customFields` in the French text), in order. */
  customData: CustomDatum[];
}

export interface CustomDatum {
  key: string;
  value: string;
}

export const textLimits = {
  name: 200,
  company: 200,
  crmName: 100,
  customKey: 100,
  customValue: 500,
  id: 256,
  url: 2048,
} as const;
export const maxCustomData = 20;
export const maxCrmActions = 10;

// Bidirectional overrides and isolates can make a name read backwards on screen.
const controls = /[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu;

function tidy(text: string): string {
  return text.replace(controls, ' ').replace(/\s+/gu, ' ').trim();
}

/** Caps by characters, not UTF-16 units, so a name never ends in half an emoji. */
function cap(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

// Characters that take no room on screen: format characters (zero-width space, joiners,
// direction marks, the byte-order mark, soft hyphens…), spaces, the combining grapheme
// joiner, and the fillers of Hangul and Braille that fonts draw as blanks.
const invisible = /[\p{Cf}\p{Z}\s\u115f\u1160\u2800\u3164\uffa0]|\u034f/gu;

/** Whether `text` shows anything at all: a name of zero-width spaces is an empty name. */
export function hasVisibleText(text: string): boolean {
  return text.replace(invisible, '') !== '';
}

function visibleText(max: number) {
  return v.pipe(
    v.string(),
    v.transform(tidy),
    v.check(hasVisibleText),
    v.transform((text) => cap(text, max)),
  );
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

/** An https URL, normalised; `javascript:`, `http:`, `data:` and the rest are refused. */
export const httpsUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(textLimits.url),
  v.check(isHttpsUrl),
  v.transform((text) => new URL(text).href),
);

/** Ids come as strings or numbers; never cut (a shortened id names another record). */
export const crmIdSchema = v.union([
  v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(textLimits.id)),
  v.pipe(v.number(), v.finite(), v.transform(String)),
]);

/** A field the service may leave out, send as null, or get wrong: all three become null. */
function droppable<TSchema extends v.GenericSchema<unknown, string>>(schema: TSchema) {
  return v.fallback(v.nullish(schema, null), null);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const workflowNameSchema = v.pipe(v.string(), v.trim(), v.check(isWorkflowName));

const crmActionsSchema = v.fallback(
  v.pipe(
    v.array(v.fallback(v.nullable(workflowNameSchema), null)),
    v.transform((names) =>
      [...new Set(names.filter((name) => name !== null))].slice(0, maxCrmActions),
    ),
  ),
  [],
);

// Numbers and booleans are shown as written; nested objects and lists have no sensible
// one-line form, so they are dropped.
const customValueSchema = v.union([
  visibleText(textLimits.customValue),
  v.pipe(v.number(), v.finite(), v.transform(String)),
  v.pipe(v.boolean(), v.transform(String)),
]);

const customKeySchema = visibleText(textLimits.customKey);

function readCustomData(fields: Record<string, unknown>): CustomDatum[] {
  const data: CustomDatum[] = [];
  for (const [rawKey, rawValue] of Object.entries(fields)) {
    const key = v.safeParse(customKeySchema, rawKey);
    const value = v.safeParse(customValueSchema, rawValue);
    if (key.success && value.success) data.push({ key: key.output, value: value.output });
    if (data.length === maxCustomData) break;
  }
  return data;
}

const customDataSchema = v.fallback(
  v.nullish(
    v.pipe(v.custom<Record<string, unknown>>(isPlainObject), v.transform(readCustomData)),
    null,
  ),
  null,
);

const fieldNames = [
  'name',
  'company',
  'contactUri',
  'companyUri',
  'id',
  'crmName',
  'crmLogo',
  'crmActions',
  'customData',
  'customFields',
] as const;
const fieldByLowerCase = new Map<string, string>(
  fieldNames.map((name) => [name.toLowerCase(), name]),
);

/**
 * Older versions of the contract spell fields `Name`, `Company`, `ContactUri`…: keys are
 * matched without regard to case. When a service sends two spellings, the contract's own
 * (`name`) wins over the others.
 */
function withContractKeys(entry: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    const field = fieldByLowerCase.get(key.toLowerCase());
    if (field === undefined) continue;
    if (key === field || !Object.hasOwn(fields, field)) fields[field] = value;
  }
  return fields;
}

/** One entry of a lookup answer; fails only when the entry is not an object or has no name. */
export const callerEntrySchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject),
  v.transform(withContractKeys),
  v.object({
    name: visibleText(textLimits.name),
    company: droppable(visibleText(textLimits.company)),
    contactUri: droppable(httpsUrlSchema),
    companyUri: droppable(httpsUrlSchema),
    id: droppable(crmIdSchema),
    crmName: droppable(visibleText(textLimits.crmName)),
    crmLogo: droppable(httpsUrlSchema),
    crmActions: crmActionsSchema,
    customData: customDataSchema,
    customFields: customDataSchema,
  }),
  // `customData` wins when both are sent; `customFields` (the vendor's French text) otherwise.
  v.transform(
    ({ customData, customFields, ...entry }): CallerEntry => ({
      ...entry,
      customData: customData ?? customFields ?? [],
    }),
  ),
);

/** A workflow's answer (docs/contracts.md, lookup service): the whole object and each field are optional. */
export const workflowAnswerSchema = v.object({
  id: droppable(crmIdSchema),
  url: droppable(httpsUrlSchema),
});
