import * as v from 'valibot';
import type { MessageKey } from './catalog';
import { en } from './catalogs/en';

/**
 * Something a person will read, as a domain module hands it over: a catalogue key and the
 * values its sentence needs, never the sentence. `ui/` words it in the agent's language
 * (`translate`), so a language switch rewords it. A value may itself be a message (a
 * lookup problem inside "Caller lookup: …"); data such as numbers, names and HubSpot's own
 * text goes in as received.
 */
export interface Message {
  code: MessageKey;
  values?: MessageValues;
}

/** What a message's sentence is filled with (`{{name}}`); `count` picks a plural form. */
export type MessageValues = { readonly [name: string]: string | number | Message };

export function message(code: MessageKey, values?: MessageValues): Message {
  return values === undefined ? { code } : { code, values };
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Whether `key` is a key of the catalogues (a plural one by its base key). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key) || Object.hasOwn(en, `${key.replace(pluralSuffix, '')}_other`);
}

/**
 * A message read back from storage (a call saved in the journal): a key the catalogues
 * still have, with values of the shapes above; anything else does not parse.
 */
export const messageSchema: v.GenericSchema<Message> = v.object({
  code: v.custom<MessageKey>((key) => typeof key === 'string' && isMessageKey(key)),
  values: v.optional(
    v.record(v.string(), v.union([v.string(), v.number(), v.lazy(() => messageSchema)])),
  ),
});
