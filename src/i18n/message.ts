import type { MessageKey } from './catalog';

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
