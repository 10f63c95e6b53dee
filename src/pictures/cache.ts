import type { Picture } from './picture.ts';

/**
 * Rendered pictures by corpus version and input. A new version (the corpus changed) drops every
 * picture of the old one; within a version the least recently used go first past `maxEntries`.
 */
export class PictureCache {
  private readonly entries = new Map<string, Picture>();
  private version: string | undefined;

  constructor(private readonly maxEntries = 256) {}

  get<I>(kind: string, version: string, input: I, render: (input: I) => Picture): Picture {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = `${kind}\u0000${JSON.stringify(input)}`;
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const picture = render(input);
    this.entries.set(key, picture);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    return picture;
  }

  get size(): number {
    return this.entries.size;
  }
}
