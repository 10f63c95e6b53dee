import Fuse from 'fuse.js';
import { compactKey, foldText } from '../text/normalize.ts';
import { editDistance } from './editDistance.ts';

export type MatchTier = 'exact' | 'prefix' | 'fuzzy';

export interface NameMatch<T> {
  item: T;
  /** The name or alias that matched, as written. */
  name: string;
  tier: MatchTier;
  /** Edits between the query and the matched name (0 for exact and prefix). */
  distance: number;
}

interface Entry<T> {
  item: T;
  id: string;
  name: string;
  folded: string;
  compact: string;
}

const TIER_RANK: Record<MatchTier, number> = { exact: 0, prefix: 1, fuzzy: 2 };

/**
 * Short names (operations and their aliases, countries in many languages): exact key first,
 * then prefix, then fuse.js fuzzy matches re-ranked by edit distance, so "holand" lands on
 * Holland rather than Poland.
 */
export class NameIndex<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly byKey = new Map<string, Entry<T>[]>();
  private readonly fuse: Fuse<Entry<T>>;

  constructor(
    items: readonly T[],
    idOf: (item: T) => string,
    namesOf: (item: T) => readonly string[],
  ) {
    for (const item of items) {
      const id = idOf(item);
      for (const name of new Set(namesOf(item))) {
        const entry = { item, id, name, folded: foldText(name).trim(), compact: compactKey(name) };
        if (entry.compact === '') continue;
        this.entries.push(entry);
        const list = this.byKey.get(entry.compact) ?? [];
        list.push(entry);
        this.byKey.set(entry.compact, list);
      }
    }
    this.fuse = new Fuse(this.entries, {
      keys: ['folded'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      minMatchCharLength: 2,
    });
  }

  /** Ranked matches, one per item (its best name). */
  find(query: string, limit = 25): NameMatch<T>[] {
    const compact = compactKey(query);
    if (compact === '') return [];
    const best = new Map<string, NameMatch<T> & { score: number }>();
    const offer = (entry: Entry<T>, tier: MatchTier, distance: number, score: number): void => {
      const known = best.get(entry.id);
      const candidate = { item: entry.item, name: entry.name, tier, distance, score };
      if (known === undefined || compare(candidate, known) < 0) best.set(entry.id, candidate);
    };
    const folded = foldText(query).trim();
    for (const entry of this.byKey.get(compact) ?? []) offer(entry, 'exact', 0, 0);
    for (const entry of this.entries) {
      if (entry.compact.startsWith(compact) || wordStarts(entry.folded, folded)) {
        offer(entry, 'prefix', 0, entry.compact.length - compact.length);
      }
    }
    if (compact.length >= 3) {
      for (const result of this.fuse.search(folded, { limit: 60 })) {
        const distance = Math.min(
          editDistance(compact, result.item.compact),
          ...result.item.folded.split(/\s+/).map((word) => editDistance(compact, compactKey(word))),
        );
        // A fuzzy match must be close to a whole name or word, not merely share letters with it.
        if (distance > Math.max(1, Math.floor(compact.length / 3))) continue;
        const firstLetterBonus = result.item.compact.startsWith(compact.charAt(0)) ? 0 : 0.5;
        offer(result.item, 'fuzzy', distance + firstLetterBonus, result.score ?? 1);
      }
    }
    return [...best.values()]
      .sort(compare)
      .slice(0, limit)
      .map(({ item, name, tier, distance }) => ({ item, name, tier, distance }));
  }
}

function wordStarts(name: string, query: string): boolean {
  return query.length >= 2 && name.split(/[\s\-–]+/).some((word) => word.startsWith(query));
}

function compare<T>(
  a: NameMatch<T> & { score: number },
  b: NameMatch<T> & { score: number },
): number {
  return TIER_RANK[a.tier] - TIER_RANK[b.tier] || a.distance - b.distance || a.score - b.score;
}
