/**
 * Remembers the signatures of requests accepted inside the signed-timestamp window, so the same
 * signed request is answered once: a copy is refused until its timestamp is stale anyway. Keyed
 * by the signature's R half (a function of key and message), lower-cased, so re-cased hex or a
 * re-encoded S does not pass as new. Bounded: past `maxEntries` the oldest entry is forgotten.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  /** True the first time this signature is seen; false for a replay inside the window. */
  firstSeen(signatureHex: string, timestampSeconds: number, now: number): boolean {
    this.forgetExpired(now);
    const key = signatureHex.slice(0, 64).toLowerCase();
    if (this.seen.has(key)) return false;
    if (this.seen.size >= this.maxEntries) {
      const oldest = this.seen.keys().next();
      if (oldest.done !== true) this.seen.delete(oldest.value);
    }
    this.seen.set(key, timestampSeconds * 1000 + this.windowMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private forgetExpired(now: number): void {
    // Insertion order is close to expiry order; stop at the first entry still live.
    for (const [key, expires] of this.seen) {
      if (expires > now) return;
      this.seen.delete(key);
    }
  }
}
