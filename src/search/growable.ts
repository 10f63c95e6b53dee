/** An append-only Int32Array that doubles when full; `view()` is the filled part, not a copy. */
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** Empties the array, keeping its capacity. */
  clear(): void {
    this.length = 0;
  }

  private grow(needed: number): void {
    const next = new Int32Array(Math.max(needed, Math.ceil(this.data.length * 1.5)));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/** As GrowableInt32, for bytes (term frequencies, capped at 255). */
export class GrowableUint8 {
  private data: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint8Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(Math.ceil(this.data.length * 1.5));
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  increment(at: number): void {
    const value = this.data[at] ?? 0;
    if (value < 255) this.data[at] = value + 1;
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  /** Empties the array, keeping its capacity. */
  clear(): void {
    this.length = 0;
  }
}
