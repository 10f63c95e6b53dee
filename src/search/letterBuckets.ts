/**
 * Term ids grouped by (length, the letter at one position), each id's letter mask stored beside
 * it: a typo search reads a few groups as flat arrays and rejects most candidates by mask
 * without touching their strings.
 */
export class LetterBuckets {
  readonly ids: Int32Array;
  readonly masks: Uint32Array;
  /** Per (length, letter) key, where its group starts and ends in `ids`. */
  private readonly ranges = new Map<number, [number, number]>();

  constructor(vocabulary: readonly string[], letterMasks: Uint32Array, position: number) {
    const keys = new Float64Array(vocabulary.length).fill(-1);
    const counts = new Map<number, number>();
    vocabulary.forEach((term, id) => {
      if (term.length <= position) return;
      const key = bucketKey(term.length, term.charCodeAt(position));
      keys[id] = key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    let total = 0;
    for (const [key, count] of counts) {
      this.ranges.set(key, [total, total]);
      total += count;
    }
    this.ids = new Int32Array(total);
    this.masks = new Uint32Array(total);
    keys.forEach((key, id) => {
      const range = this.ranges.get(key);
      if (range === undefined) return;
      this.ids[range[1]] = id;
      this.masks[range[1]] = letterMasks[id] ?? 0;
      range[1] += 1;
    });
  }

  /** The [start, end) of the group of terms of this length with this letter at the position. */
  group(length: number, letter: number): readonly [number, number] {
    return this.ranges.get(bucketKey(length, letter)) ?? EMPTY;
  }
}

const EMPTY: readonly [number, number] = [0, 0];

function bucketKey(length: number, letter: number): number {
  return length * 65_536 + letter;
}
