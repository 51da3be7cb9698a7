// Readers for payloads the widget posts: they arrive as `unknown` and are never trusted.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(payload: unknown, key: string): unknown {
  return isRecord(payload) ? payload[key] : undefined;
}

export function stringField(payload: unknown, key: string): string | null {
  const value = field(payload, key);
  return typeof value === 'string' ? value : null;
}

export function numberField(payload: unknown, key: string): number | null {
  const value = field(payload, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function booleanField(payload: unknown, key: string): boolean | null {
  const value = field(payload, key);
  return typeof value === 'boolean' ? value : null;
}

/** Ids travel as numbers or strings depending on who made them; compare them as strings. */
export function idField(payload: unknown, key: string): string | null {
  const value = field(payload, key);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}
