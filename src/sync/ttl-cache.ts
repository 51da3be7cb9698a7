/**
 * A small in-memory memo for lookups that rarely change (who owns a phone number, which
 * HubSpot owner has an email). Bounded and short-lived: it saves requests against rate
 * limits and is never the record of anything; losing it (a restart, another Worker
 * isolate) costs one request.
 */
export class TtlCache<Value> {
  readonly #entries = new Map<string, { value: Value; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  async get(key: string, load: () => Promise<Value>): Promise<Value> {
    const entry = this.#entries.get(key);
    if (entry !== undefined && entry.expiresAt > this.now()) return entry.value;
    const value = await load();
    this.#entries.delete(key);
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    return value;
  }
}
