/**
 * HubSpot's default call outcomes, by the GUID the widget sends as `hs_call_disposition`
 * (docs/contracts.md, HubSpot `callCompleted`). HubSpot's timeline shows the name, never the GUID.
 */
export const callOutcomeNames: Readonly<Record<string, string>> = {
  'f240bbac-87c9-4f6e-bf70-924b57d47db7': 'Connected',
  '9d9162e7-6cf3-4944-bf63-4dff82258764': 'Busy',
  '73a0d17f-1163-4015-bdd5-ec830791da20': 'No answer',
  'b2cf5968-551e-4856-9783-52b3da59a7d0': 'Left voicemail',
  'a4c4c377-d246-4b32-a13b-75a56a4cd0ff': 'Left live message',
  '17b47fee-58de-441e-a44c-c6300d46f273': 'Wrong number',
};

/** The outcome name HubSpot would show; an unknown GUID is shown as such, not hidden. */
export function callOutcomeName(disposition: string | null): string {
  if (disposition === null || disposition === '') return 'No outcome';
  return callOutcomeNames[disposition.toLowerCase()] ?? `Unknown outcome (${disposition})`;
}
