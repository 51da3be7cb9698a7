/** A day as people write it in the agent's language, with its weekday: "Tuesday, December 8". */
export const longDate = (at: number, language: string): string =>
  new Date(at).toLocaleDateString(language, { weekday: 'long', month: 'long', day: 'numeric' });
