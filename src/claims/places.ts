import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { countryDirectory } from '../corpus/countries.ts';
import { foldText } from '../text/normalize.ts';
import type { Token } from './tokens.ts';
import type { Place } from './types.ts';

// Cities and ports people name in claims about these operations, with the country they are in
// (folded; region spellings included). Names that are also common words need a capital.
const CITIES: readonly [string, string, string][] = [
  ['NL', 'rotterdam|roterdam', 'Rotterdam'],
  ['NL', 'amsterdam', 'Amsterdam'],
  ['NL', 'den haag|the hague|hag', 'The Hague'],
  ['BE', 'antwerp|antwerpen|anvers|antverpen', 'Antwerp'],
  ['BE', 'hasselt', 'Hasselt'],
  ['BE', 'brussels|brussel|bruxelles|brisel', 'Brussels'],
  ['RS', 'belgrade|beograd|belgrado|belgrad', 'Belgrade'],
  ['RS', 'novi sad', 'Novi Sad'],
  ['RS', 'nis', 'Niš'],
  ['RS', 'kragujevac', 'Kragujevac'],
  ['BA', 'sarajevo', 'Sarajevo'],
  ['BA', 'mostar', 'Mostar'],
  ['BA', 'banja luka|banjaluka', 'Banja Luka'],
  ['BA', 'tuzla', 'Tuzla'],
  ['HR', 'zagreb', 'Zagreb'],
  ['HR', 'rijeka', 'Rijeka'],
  ['HR', 'ploce', 'Ploče'],
  ['ME', 'podgorica', 'Podgorica'],
  ['ME', 'kotor', 'Kotor'],
  ['ME', 'budva', 'Budva'],
  ['MK', 'skopje|skoplje|skopie|skopski', 'Skopje'],
  ['AL', 'tirana|tirane', 'Tirana'],
  ['AL', 'durres|durazzo|drac', 'Durrës'],
  ['XK', 'pristina|prishtina|prishtine|pristine', 'Pristina'],
  ['SI', 'ljubljana', 'Ljubljana'],
  ['SI', 'koper', 'Koper'],
  ['BG', 'sofia|sofija', 'Sofia'],
  ['RO', 'bucharest|boekarest|bukurest|bucuresti', 'Bucharest'],
  ['MD', 'chisinau|kisinjev', 'Chișinău'],
  ['TR', 'istanbul', 'Istanbul'],
  ['ES', 'madrid', 'Madrid'],
  ['ES', 'algeciras', 'Algeciras'],
  ['ES', 'barcelona', 'Barcelona'],
  ['PT', 'lisbon|lisboa|lissabon|lisabon', 'Lisbon'],
  ['FR', 'paris|parijs|pariz', 'Paris'],
  ['FR', 'le havre', 'Le Havre'],
  ['FR', 'marseille|marseilles|marsej', 'Marseille'],
  ['DE', 'hamburg', 'Hamburg'],
  ['DE', 'berlin', 'Berlin'],
  ['AT', 'vienna|wenen|wien|bec', 'Vienna'],
  ['IT', 'gioia tauro', 'Gioia Tauro'],
  ['IT', 'rome|roma|rim', 'Rome'],
  ['GR', 'athens|athene|atina', 'Athens'],
  ['GR', 'piraeus|pirej', 'Piraeus'],
  ['GR', 'thessaloniki|solun', 'Thessaloniki'],
  ['HU', 'budapest|budimpesta', 'Budapest'],
  ['PL', 'warsaw|warschau|varsava', 'Warsaw'],
  ['GB', 'london|londen', 'London'],
  ['CO', 'bogota', 'Bogotá'],
  ['EC', 'guayaquil', 'Guayaquil'],
  ['BR', 'santos|sao paulo', 'Santos'],
  ['PE', 'lima', 'Lima'],
  ['AW', 'oranjestad', 'Oranjestad'],
];
const CITIES_NEEDING_CAPITAL = new Set([
  'nis',
  'bec',
  'rim',
  'hag',
  'lima',
  'santos',
  'roma',
  'drac',
]);

// Adjectives and demonyms of the region's languages and Dutch, as stems: "srpska policija",
// "Servische politie", "nizozemskoj". English demonyms are among the country names already.
const ADJECTIVES: Record<string, string> = {
  RS: 'srpsk servisch',
  NL: 'holandsk nizozemsk nederlands',
  BE: 'belgijsk belgisch',
  ES: 'spansk spanjolsk spaans',
  FR: 'francusk franse',
  DE: 'nemack njemack duits',
  HR: 'hrvatsk kroatisch',
  BA: 'bosansk bosnisch',
  AL: 'albansk albanees',
  MK: 'makedonsk macedonisch',
  ME: 'crnogorsk montenegrijns',
  BG: 'bugarsk bulgaars',
  RO: 'rumunsk roemeens',
  TR: 'tursk turks',
  SI: 'slovensk sloveens',
  IT: 'italijansk talijansk italiaans',
  GR: 'grck grieks',
  AT: 'austrijsk oostenrijks',
  PL: 'poljsk poolse',
  PT: 'portugalsk portugees',
  BR: 'brazilsk braziliaans',
  CO: 'kolumbijsk colombiaans',
  EC: 'ekvadorsk ecuadoraans',
  PE: 'peruansk peruaans',
  GB: 'britansk brits engleska',
  HU: 'madjarsk hongaars',
  UA: 'ukrajinsk oekraiens',
  MD: 'moldavsk',
  XK: 'kosovsk',
  SE: 'svedsk zweeds',
  LU: 'luksembursk luxemburgs',
};

export interface PlaceSpan {
  place: Place;
  /** How the place is named, for display: "Rotterdam", "Serbia". */
  name: string;
  from: number;
  to: number;
}

interface Entry {
  code: string;
  city?: string;
  name: string;
  words: string[];
  /** Each word may carry a case ending: "u Srbiji", "u Beogradu". */
  inflected: boolean;
  capital: boolean;
}

const require = createRequire(import.meta.url);
const INFLECTING = ['sr', 'hr', 'bs'] as const;

function inflectionStem(word: string): string {
  return word.replace(/[aeiou]+$/, '');
}

/** Finds countries and cities in text: names in twenty languages, case endings, adjectives. */
export class PlaceFinder {
  private readonly byFirstWord = new Map<string, Entry[]>();
  /** Inflectable entries by the first three letters of their first word. */
  private readonly stems = new Map<string, Entry[]>();

  constructor(corpusCodes: ReadonlySet<string>) {
    for (const language of INFLECTING) {
      countries.registerLocale(
        require(`i18n-iso-countries/langs/${language}.json`) as countries.LocaleData,
      );
    }
    for (const country of countryDirectory().values()) {
      const inCorpus = corpusCodes.has(country.code);
      const regional = new Set(
        INFLECTING.flatMap((l) => countries.getName(country.code, l, { select: 'all' }) ?? []).map(
          (n) => foldText(n),
        ),
      );
      for (const name of country.names) {
        const words = foldText(name).match(/[a-z0-9]+/g) ?? [];
        if (words.length === 0) continue;
        // Two- and three-letter names ("UK", "BiH") and countries the corpus never names must
        // be written with a capital: "mali" is Serbian for small, "island" English.
        const capital = !inCorpus || words.join('').length <= 3;
        this.add({ code: country.code, name: country.name, words, inflected: false, capital });
        // A stem under four letters is a word of its own ("Peru" → "per"): the name must be
        // written whole.
        const stems = words.map(inflectionStem);
        if (regional.has(words.join(' ')) && inCorpus && stems.every((w) => w.length >= 4)) {
          this.addStem({
            code: country.code,
            name: country.name,
            words: stems,
            inflected: true,
            capital: false,
          });
        }
      }
      for (const stem of ADJECTIVES[country.code]?.split(' ') ?? []) {
        this.addStem({
          code: country.code,
          name: country.name,
          words: [stem],
          inflected: true,
          capital: false,
        });
      }
    }
    for (const [code, names, display] of CITIES) {
      for (const name of names.split('|')) {
        const words = name.split(' ');
        const capital = CITIES_NEEDING_CAPITAL.has(name);
        this.add({ code, city: display, name: display, words, inflected: false, capital });
        if (name.length >= 5) {
          this.addStem({
            code,
            city: display,
            name: display,
            words: words.map(inflectionStem),
            inflected: true,
            capital,
          });
        }
      }
    }
  }

  private addStem(entry: Entry): void {
    const key = (entry.words[0] ?? '').slice(0, 3);
    const list = this.stems.get(key) ?? [];
    list.push(entry);
    this.stems.set(key, list);
  }

  private add(entry: Entry): void {
    const first = entry.words[0] ?? '';
    const list = this.byFirstWord.get(first) ?? [];
    list.push(entry);
    this.byFirstWord.set(first, list);
  }

  find(tokens: readonly Token[]): PlaceSpan[] {
    const spans: PlaceSpan[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const match = this.longestAt(tokens, i);
      if (match === undefined) continue;
      const place: Place =
        match.entry.city === undefined
          ? { code: match.entry.code }
          : { code: match.entry.code, city: match.entry.city };
      spans.push({ place, name: match.entry.name, from: i, to: i + match.length });
      i += match.length - 1;
    }
    return spans;
  }

  /** The entries a word may open, written out and as a stem; remembered, as words repeat. */
  private readonly opening = new Map<string, { written: Entry[]; stems: Entry[] } | null>();

  private entriesAt(fold: string): { written: Entry[]; stems: Entry[] } | null {
    let found = this.opening.get(fold);
    if (found === undefined) {
      const written = this.byFirstWord.get(fold) ?? [];
      const stems = this.stems.get(fold.slice(0, 3)) ?? [];
      found = written.length === 0 && stems.length === 0 ? null : { written, stems };
      if (this.opening.size >= 20_000) this.opening.clear();
      this.opening.set(fold, found);
    }
    return found;
  }

  private longestAt(
    tokens: readonly Token[],
    i: number,
  ): { entry: Entry; length: number } | undefined {
    const token = tokens[i];
    if (token?.kind !== 'word') return undefined;
    const entries = this.entriesAt(token.fold);
    if (entries === null) return undefined;
    let best: { entry: Entry; length: number } | undefined;
    for (const entry of entries.written) {
      if (fits(entry, tokens, i) && (best === undefined || entry.words.length > best.length)) {
        best = { entry, length: entry.words.length };
      }
    }
    if (best !== undefined) return best;
    for (const entry of entries.stems) {
      if (fits(entry, tokens, i) && (best === undefined || entry.words.length > best.length)) {
        best = { entry, length: entry.words.length };
      }
    }
    return best;
  }
}

function fits(entry: Entry, tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first === undefined || (entry.capital && !first.capital)) return false;
  return entry.words.every((word, k) => {
    const token = tokens[at + k];
    if (token?.kind !== 'word') return false;
    if (!entry.inflected || word.length < 4) return token.fold === word;
    return token.fold.startsWith(word) && token.fold.length - word.length <= 3;
  });
}

/** One entry per place; "Rotterdam, the Netherlands" is Rotterdam. */
export function uniquePlaces(places: readonly Place[]): Place[] {
  const unique: Place[] = [];
  for (const p of places) {
    const inCity =
      p.city === undefined && places.some((q) => q.city !== undefined && q.code === p.code);
    const seen = unique.some((q) => q.code === p.code && q.city === p.city);
    if (!inCity && !seen) unique.push(p);
  }
  return unique;
}
