import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';
import { directNumberPattern } from '../handoff/direct-number';
import { type Message, message } from '../i18n/message';
import { keepValid, storedList } from './stored-field';

/** A group has 9 numbers besides the agent: the contact and up to 8 teammates fit in one. */
export const maxTeammates = 8;
export const maxTeammateNameLength = 60;

const e164 = /^\+[1-9]\d{6,14}$/;

export const isTeammateNumber = (number: string): boolean =>
  directNumberPattern.test(number) || e164.test(number);

/** Why a teammate's name cannot be kept, or null. */
export function teammateNameProblem(name: string): Message | null {
  const trimmed = name.trim();
  if (trimmed === '') return message('teammates.problem.noName');
  if (trimmed.length > maxTeammateNameLength) {
    return message('teammates.problem.longName', { max: maxTeammateNameLength });
  }
  return null;
}

/** Someone the agent can bring into a group call or text. */
export const teammateSchema = builtOnFirstUse(() =>
  v.object({
    name: v.pipe(
      v.string(),
      v.check((name) => teammateNameProblem(name) === null),
      v.trim(),
    ),
    /** An OpenPhone direct number (`@9997934326`) or a phone number in E.164. */
    number: v.pipe(v.string(), v.check(isTeammateNumber)),
  }),
);
export type Teammate = v.InferOutput<typeof teammateSchema>;

const teammateList = { max: maxTeammates, key: (mate: Teammate) => mate.number };

/** Stored teammates: each valid one once (by number), at most `maxTeammates`; none if absent. */
export const storedTeammates = storedList(teammateSchema, teammateList, () => []);

/** Reads stored teammates, keeping each valid one once, at most `maxTeammates`. */
export function readTeammates(value: unknown): { teammates: Teammate[]; dropped: boolean } {
  if (value === undefined) return { teammates: [], dropped: false };
  if (!Array.isArray(value)) return { teammates: [], dropped: true };
  const { items, dropped } = keepValid(teammateSchema, value, teammateList);
  return { teammates: items, dropped };
}
