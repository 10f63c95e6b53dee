import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const FORMAT = 1;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * YAML files parsed on an earlier start, saved as JSON by the SHA-256 of their text. The same
 * text always parses to the same value, so a hit is the parse itself, only without the YAML
 * parser (cold, it was a fifth of a start); the value is then checked by the schemas and its
 * quotes verified as always. Only values that survive a JSON round trip unchanged are kept
 * (no `.inf`, no `.nan`). The file holds the texts parsed in the last load, so it never grows
 * past the corpus.
 */
export class ParsedYamlCache {
  private readonly saved: Map<string, unknown>;
  private readonly used = new Map<string, unknown>();
  private missed = false;

  private constructor(
    private readonly file: string,
    saved: Map<string, unknown>,
  ) {
    this.saved = saved;
  }

  /** The cache at `file`; a missing, unreadable or foreign file is an empty cache. */
  static open(file: string): ParsedYamlCache {
    const saved = new Map<string, unknown>();
    try {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (
        typeof data === 'object' &&
        data !== null &&
        'format' in data &&
        data.format === FORMAT &&
        'entries' in data &&
        typeof data.entries === 'object' &&
        data.entries !== null
      ) {
        for (const [key, value] of Object.entries(data.entries)) saved.set(key, value);
      }
    } catch {
      // nothing saved yet, or not ours: parse everything and save afresh
    }
    return new ParsedYamlCache(file, saved);
  }

  /** `text` parsed: from the cache when this exact text was parsed before, else by `parse`. */
  parse(text: string, parse: (text: string) => unknown): unknown {
    const key = sha256(text);
    if (this.saved.has(key)) {
      const value = this.saved.get(key);
      this.used.set(key, value);
      return value;
    }
    this.missed = true;
    const value = parse(text);
    if (value !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value))
      this.used.set(key, value);
    return value;
  }

  /** Saves the texts parsed since `open` when anything was new or left out; never throws. */
  save(): void {
    if (!this.missed && this.used.size === this.saved.size) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(
        temporary,
        JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.used) }),
      );
      renameSync(temporary, this.file);
    } catch {
      // a read-only cache folder: the next start parses again
    }
  }
}
