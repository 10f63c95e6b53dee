import { countryDirectory } from '../corpus/countries.ts';
import { foldText } from '../text/normalize.ts';

// Cities and ports the sources name instead of their country, in the spellings the region's
// languages, Dutch and English use (Cyrillic folds to the Latin forms).
const CITIES: Record<string, string[]> = {
  RS: [
    'Belgrade',
    'Beograd',
    'Novi Sad',
    'Niš',
    'Nis',
    'Kragujevac',
    'Subotica',
    'Novi Pazar',
    'Čačak',
    'Šabac',
    'Zrenjanin',
    'Pančevo',
    'Smederevo',
    'Kraljevo',
    'Leskovac',
    'Vranje',
  ],
  HR: [
    'Zagreb',
    'Split',
    'Rijeka',
    'Osijek',
    'Zadar',
    'Ploče',
    'Dubrovnik',
    'Šibenik',
    'Pula',
    'Slavonski Brod',
    'Karlovac',
    'Varaždin',
  ],
  BA: [
    'Sarajevo',
    'Banja Luka',
    'Banjaluka',
    'Mostar',
    'Tuzla',
    'Zenica',
    'Bihać',
    'Brčko',
    'Bijeljina',
    'Doboj',
    'Trebinje',
  ],
  ME: ['Podgorica', 'Budva', 'Kotor', 'Nikšić', 'Herceg Novi', 'Ulcinj', 'Cetinje', 'Tivat'],
  MK: ['Skopje', 'Bitola', 'Ohrid', 'Kumanovo', 'Tetovo'],
  AL: ['Tirana', 'Tirane', 'Durrës', 'Durres', 'Vlorë', 'Vlora', 'Shkodër', 'Shkoder'],
  XK: ['Pristina', 'Priština', 'Prishtina', 'Prizren', 'Peja', 'Mitrovica'],
  SI: ['Ljubljana', 'Koper', 'Maribor'],
  NL: [
    'Rotterdam',
    'Amsterdam',
    'The Hague',
    'Den Haag',
    'Utrecht',
    'Eindhoven',
    'Vlissingen',
    'Breda',
    'Tilburg',
    'Schiphol',
    'Moerdijk',
    'Zeebrugge',
  ],
  BE: [
    'Antwerp',
    'Antwerpen',
    'Anvers',
    'Brussels',
    'Brussel',
    'Bruxelles',
    'Hasselt',
    'Ghent',
    'Gent',
    'Liège',
    'Charleroi',
  ],
  DE: [
    'Hamburg',
    'Berlin',
    'Frankfurt',
    'Munich',
    'München',
    'Cologne',
    'Köln',
    'Bremerhaven',
    'Düsseldorf',
    'Stuttgart',
  ],
  AT: ['Vienna', 'Wien', 'Beč', 'Graz', 'Salzburg'],
  ES: [
    'Madrid',
    'Barcelona',
    'Algeciras',
    'Valencia',
    'Marbella',
    'Málaga',
    'Malaga',
    'Seville',
    'Sevilla',
  ],
  FR: ['Paris', 'Marseille', 'Le Havre', 'Lyon'],
  IT: ['Rome', 'Roma', 'Milan', 'Milano', 'Gioia Tauro', 'Naples', 'Napoli', 'Trieste'],
  GR: ['Athens', 'Piraeus', 'Thessaloniki'],
  BG: ['Sofia', 'Varna', 'Burgas'],
  RO: ['Bucharest', 'Constanța', 'Constanta'],
  TR: ['Istanbul', 'Ankara', 'Mersin'],
  HU: ['Budapest'],
  GB: ['London', 'Liverpool', 'Manchester', 'Birmingham', 'Dover', 'Felixstowe', 'Southampton'],
  AE: ['Dubai', 'Abu Dhabi'],
  EC: ['Guayaquil', 'Quito'],
  CO: ['Bogotá', 'Bogota', 'Medellín', 'Medellin', 'Cartagena', 'Barranquilla'],
  BR: ['Santos', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Paranaguá'],
  PE: ['Lima', 'Callao'],
  UY: ['Montevideo'],
  AR: ['Buenos Aires'],
  PY: ['Asunción'],
  PA: ['Panama City'],
};

const REGION =
  /^(south|north|central|latin|west|east|western|eastern|zuid|noord|midden|latijns|west|oost|juzn\w*|sjevern\w*|severn\w*|srednj\w*|latinsk\w*|zapadn\w*|istocn\w*)$/;

interface PlaceName {
  tokens: string[];
  code: string;
  /** Exact spelling required: a short code-like name ("UK", "BiH"). */
  caseSensitive?: string;
}

let names: Map<string, PlaceName[]> | undefined;

function wordsOf(name: string): string[] {
  return foldText(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Every place name, indexed by its first folded word's first three letters. */
function placeNames(): Map<string, PlaceName[]> {
  if (names !== undefined) return names;
  const index = new Map<string, PlaceName[]>();
  const add = (name: string, code: string): void => {
    const tokens = wordsOf(name);
    const first = tokens[0];
    if (first === undefined) return;
    const entry: PlaceName = { tokens, code };
    if (name.length <= 3) entry.caseSensitive = name;
    const key = first.slice(0, 3);
    index.set(key, [...(index.get(key) ?? []), entry]);
  };
  for (const country of countryDirectory().values()) {
    for (const name of country.names) add(name, country.code);
  }
  for (const [code, cities] of Object.entries(CITIES)) for (const city of cities) add(city, code);
  names = index;
  return index;
}

/**
 * Whether a word of the text is this word of a name, inflected as the region's languages
 * inflect it ("Srbija" → "u Srbiji", "Beograd" → "u Beogradu", "Crna Gora" → "u Crnoj Gori").
 */
function wordMatches(word: string, nameWord: string, multiword: boolean): boolean {
  if (word === nameWord) return true;
  const minimum = multiword ? 3 : 5;
  if (nameWord.length < minimum) return false;
  const stem = nameWord.replace(/[aeiou]$/, '');
  return word.startsWith(stem) && word.length - stem.length <= 3;
}

interface Word {
  folded: string;
  original: string;
  start: number;
  end: number;
}

function wordsWithOffsets(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({
      folded: foldText(m[0]),
      original: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return words;
}

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
}

/** The countries a text names, by country name, demonym or city, in the order it names them. */
export function placesIn(text: string): PlaceMention[] {
  const words = wordsWithOffsets(text);
  const found: PlaceMention[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (word === undefined || !/^\p{Lu}/u.test(word.original)) continue;
    let best: { code: string; length: number } | undefined;
    for (const name of placeNames().get(word.folded.slice(0, 3)) ?? []) {
      if (name.caseSensitive !== undefined && name.caseSensitive !== word.original) continue;
      const multiword = name.tokens.length > 1;
      const fits = name.tokens.every((token, k) => {
        const candidate = words[i + k];
        return candidate !== undefined && wordMatches(candidate.folded, token, multiword);
      });
      if (fits && (best === undefined || name.tokens.length > best.length)) {
        best = { code: name.code, length: name.tokens.length };
      }
    }
    if (best === undefined) continue;
    // "South America", "West Africa", "Južna Amerika": a region, not the country of that name
    const before = words[i - 1];
    if (best.length === 1 && before !== undefined && REGION.test(before.folded)) continue;
    const last = words[i + best.length - 1] ?? word;
    found.push({ code: best.code, start: word.start, end: last.end });
    i += best.length - 1;
  }
  return found;
}

/** The distinct country codes a text names, in order. */
export function countriesIn(text: string): string[] {
  return [...new Set(placesIn(text).map((p) => p.code))];
}

/**
 * The country named right after `at` by "in", "te" or "u" ("three in Montenegro", "šest u
 * Srbiji"): the place a figure in a list of counts by place belongs to.
 */
export function placeJustAfter(text: string, at: number): string | undefined {
  const preposition = /^\s+(?:in|te|u)\s+/i.exec(text.slice(at, at + 12));
  if (preposition === null) return undefined;
  const from = at + preposition[0].length;
  const place = placesIn(text.slice(from, from + 60))[0];
  return place?.start === 0 ? place.code : undefined;
}
