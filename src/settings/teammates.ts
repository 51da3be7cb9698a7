import { directNumberPattern } from '../handoff/direct-number';

/** Someone the agent can bring into a group call or text. */
export interface Teammate {
  name: string;
  /** An OpenPhone direct number (`@9997934326`) or a phone number in E.164. */
  number: string;
}

/** A group has 9 numbers besides the agent: the contact and up to 8 teammates fit in one. */
export const maxTeammates = 8;
export const maxTeammateNameLength = 60;

const e164 = /^\+[1-9]\d{6,14}$/;

export const isTeammateNumber = (number: string): boolean =>
  directNumberPattern.test(number) || e164.test(number);

/** Why a teammate's name cannot be kept, or null. */
export function teammateNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return "Write your teammate's name.";
  if (trimmed.length > maxTeammateNameLength) {
    return `Keep the name under ${maxTeammateNameLength} characters.`;
  }
  return null;
}

/** Reads stored teammates, keeping each valid one once, at most `maxTeammates`. */
export function readTeammates(value: unknown): { teammates: Teammate[]; dropped: boolean } {
  if (value === undefined) return { teammates: [], dropped: false };
  if (!Array.isArray(value)) return { teammates: [], dropped: true };
  const teammates: Teammate[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, number } = item as Record<string, unknown>;
    if (typeof name !== 'string' || teammateNameProblem(name) !== null) continue;
    if (typeof number !== 'string' || !isTeammateNumber(number)) continue;
    if (teammates.some((kept) => kept.number === number)) continue;
    teammates.push({ name: name.trim(), number });
  }
  const kept = teammates.slice(0, maxTeammates);
  return { teammates: kept, dropped: kept.length !== value.length };
}
