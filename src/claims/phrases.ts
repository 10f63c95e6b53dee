import type { ClaimQualifier, QuestionKind, RoleClaim, ScopeKind } from './types.ts';
import { matchesStem, type Token } from './tokens.ts';

// Phrases in English, Dutch and Serbian/Croatian/Bosnian, folded (Cyrillic reads as Latin), one
// word per space; a word is matched whole, or as a stem when it ends in "*" ("coordinat*").

function phrases(list: string): string[][] {
  return list.split('|').map((p) => p.trim().split(' '));
}

/** Whether the phrase's words stand at `tokens[at…]`; the number of tokens it spans, or 0. */
function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): number {
  for (let i = 0; i < phrase.length; i += 1) {
    const token = tokens[at + i];
    const word = phrase[i];
    if (token === undefined || word === undefined) return 0;
    if (!matchesStem(token.fold, word)) return 0;
  }
  return phrase.length;
}

interface Entry<K> {
  key: K;
  rank: number;
  words: readonly string[];
}

const NONE: readonly never[] = [];

/**
 * Phrase lists looked up by their first word (or a stem's first three letters), so a message's
 * every token costs a map lookup or two rather than a pass over every phrase. Earlier groups
 * rank first.
 */
export class PhraseSet<K> {
  private readonly byWord = new Map<string, Entry<K>[]>();
  private readonly byStem = new Map<string, Entry<K>[]>();

  constructor(groups: readonly (readonly [K, readonly string[][]])[]) {
    groups.forEach(([key, list], rank) => {
      for (const words of list) {
        const first = words[0] ?? '';
        const entry = { key, rank, words };
        const [map, slot] = first.endsWith('*')
          ? [this.byStem, first.slice(0, 3)]
          : [this.byWord, first];
        map.set(slot, [...(map.get(slot) ?? []), entry]);
      }
    });
  }

  /** The phrases a word may open, its own before its stem's; remembered, as words repeat. */
  private readonly opening = new Map<string, readonly Entry<K>[]>();

  private entriesFor(fold: string): readonly Entry<K>[] {
    let entries = this.opening.get(fold);
    if (entries === undefined) {
      const own = this.byWord.get(fold) ?? NONE;
      const stems = this.byStem.size === 0 ? NONE : (this.byStem.get(fold.slice(0, 3)) ?? NONE);
      entries = stems.length === 0 ? own : own.length === 0 ? stems : [...own, ...stems];
      if (this.opening.size >= 20_000) this.opening.clear();
      this.opening.set(fold, entries);
    }
    return entries;
  }

  /** The highest-ranked group with a phrase anywhere in `tokens`. */
  first(tokens: readonly Token[]): K | undefined {
    let best: Entry<K> | undefined;
    for (let i = 0; i < tokens.length && best?.rank !== 0; i += 1) {
      const token = tokens[i];
      if (token === undefined) continue;
      for (const entry of this.entriesFor(token.fold)) {
        if (
          (best === undefined || entry.rank < best.rank) &&
          phraseAt(tokens, i, entry.words) > 0
        ) {
          best = entry;
        }
      }
    }
    return best?.key;
  }

  startsAt(tokens: readonly Token[], i: number): boolean {
    const token = tokens[i];
    if (token === undefined) return false;
    for (const entry of this.entriesFor(token.fold)) {
      if (phraseAt(tokens, i, entry.words) > 0) return true;
    }
    return false;
  }

  /** The group of the longest phrase that ends just before `end`. */
  endingAt(tokens: readonly Token[], end: number): K | undefined {
    for (let start = Math.max(0, end - 4); start < end; start += 1) {
      const token = tokens[start];
      if (token === undefined) continue;
      for (const entry of this.entriesFor(token.fold)) {
        if (start + entry.words.length === end && phraseAt(tokens, start, entry.words) > 0) {
          return entry.key;
        }
      }
    }
    return undefined;
  }
}

/** Qualifiers, read in the few words before a number; the longest phrase wins. */
export const QUALIFIERS = new PhraseSet<ClaimQualifier>([
  [
    'more than',
    phrases(
      'more than|over|above|in excess of|upwards of|meer dan|ruim|boven|vise od|vise nego|preko|iznad|u vise od',
    ),
  ],
  [
    'at least',
    phrases(
      'at least|no fewer than|no less than|minimaal|minstens|ten minste|tenminste|najmanje|bar|barem|makar',
    ),
  ],
  [
    'about',
    phrases(
      'about|around|approximately|approx|roughly|some|circa|ca|an estimated|estimated|ongeveer|zo n|rond|rondom|oko|otprilike|priblizno|cca|nekih|okvirno',
    ),
  ],
  [
    'almost',
    phrases(
      'almost|nearly|close to|just under|bijna|nagenoeg|haast|gotovo|skoro|blizu|zamalo|umalo',
    ),
  ],
  [
    'up to',
    phrases(
      'up to|as much as|as many as|at most|no more than|maximaal|hooguit|tot|tot wel|do|najvise|najvise do',
    ),
  ],
  [
    'less than',
    phrases('less than|fewer than|under|below|minder dan|onder|manje od|manje nego|ispod'),
  ],
]);

export const SCOPES = new PhraseSet<ScopeKind>([
  [
    'traced',
    phrases(
      'traced|traces|trace back|attributed|herleid|teruggevoerd|teruggeleid|in verband gebracht|pripisan*|u trag|ulaz u trag',
    ),
  ],
  [
    'earlier',
    phrases(
      'earlier|previously|already|prior to|before the action|before the raids|before the operation|eerder|voorafgaand|al eerder|reeds|ranije|prethodno|vec ranije|pre akcije|prije akcije',
    ),
  ],
  [
    'total',
    phrases(
      'in total|total|totals|altogether|overall|all together|combined|in all|in totaal|totaal|in het totaal|alles samen|ukupno|sveukupno|sve ukupno|zbirno',
    ),
  ],
  [
    'action-day',
    phrases(
      'action day|on the day of the action|on the day of the raids|actiedag|dag van de actie|akcijski dan|akcijskog dana|dan akcije|dana akcije|na dan akcije',
    ),
  ],
]);

export const ROLES = new PhraseSet<RoleClaim>([
  // Where an operation was run from: its coordination centre, not a country taking part.
  [
    'hosted',
    phrases(
      'hosted|host|hosts|based in|set up in|coordination cent*|coordination hub|coordinatiecentrum|gastland|gevestigd in|koordinacion* cent*|koordinacijsk* cent*|sediste|sjediste|smesten* u|smjesten* u',
    ),
  ],
  [
    'lead',
    phrases(
      'led|leads|lead|leading|headed|in charge|geleid|leidde|leidden|leidt|vodila|vodio|vodili|vodi|predvod*|rukovod*|na celu',
    ),
  ],
  [
    'coordinated',
    phrases('coordinat*|gecoordineerd|coordineerde|coordineert|koordinir*|koordinisa*'),
  ],
  ['funded', phrases('fund*|financ*|betaald|finans*|platil*')],
  [
    'supported',
    phrases(
      'supported|backed|assisted|helped|ondersteun*|gesteund|steunde|podrz*|pomog*|asistira*',
    ),
  ],
  [
    'took part',
    phrases(
      'took part|take part|takes part|taking part|participat*|involved|joined|deelgenomen|deelnam|deelnamen|namen deel|nam deel|deed mee|deden mee|betrokken|ucestvova*|ucestvu*|ucesc*|sudjelova*|sudjeluj*|sudjelov*|ukljucen*|ucestvovao',
    ),
  ],
]);

export const QUESTIONS = new PhraseSet<QuestionKind>([
  [
    'how-long',
    phrases(
      'how long|hoe lang|koliko dugo|koliko je trajal*|koliko su trajal*|koliko dana|duration of',
    ),
  ],
  [
    'how-many',
    phrases(
      'how many|how much|hoeveel|koliko|what number|number of|aantal|broj|what was the|what were the',
    ),
  ],
  [
    'which-operations',
    phrases(
      'which operations|what operations|welke operaties|welke acties|koje operacije|koje akcije|in which operations|in what operations|u kojim operacijama|u kojim akcijama',
    ),
  ],
  [
    'which-countries',
    phrases(
      'which countries|what countries|which country|what country|welke landen|welk land|koje zemlje|koja zemlja|koje drzave|koja drzava|who took part|who participated|wie deden mee|wie namen deel|ko je ucestvovao|ko su ucesnici|tko je sudjelovao',
    ),
  ],
  [
    'who-led',
    phrases(
      'who led|who headed|who was in charge|wie leidde|wie heeft|ko je vodio|ko je predvodio|tko je vodio|tko je predvodio|who ran|who coordinated',
    ),
  ],
  [
    'when',
    phrases(
      'when|wanneer|kada|kad|what date|which day|op welke datum|welke dag|kojeg dana|kog dana|which month|what year',
    ),
  ],
]);

/** Words that open a question when no question mark ends it. */
export const QUESTION_OPENERS = new Set(
  'how what which who when where is are was were did does hoeveel wat welke welk wie wanneer waar hoe zijn waren heeft hebben koliko sta koji koja koje ko tko kada kad gde gdje jesu'.split(
    ' ',
  ),
);

/** Words that make "N days" the time a figure took: "in eight days", "binnen 8 dagen", "za 8 dana". */
export const PERIOD_LEADS: ReadonlySet<string> = new Set(
  'in within during over across binnen tijdens gedurende na u za tokom tijekom kroz unutar в за током'.split(
    ' ',
  ),
);
