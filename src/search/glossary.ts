import { countryDirectory } from '../corpus/countries.ts';
import { BCS_LANGUAGES } from '../corpus/quantities.ts';
import { tokenize } from '../text/normalize.ts';

// English, Dutch and Serbian/Croatian/Bosnian words for the same things, so any of the languages
// finds any document. Each group is folded with the shared normalisation, so "cocaïne" and
// "cocaine", "хапшење" and "hapšenje" are one term; the region's words come in their common case
// forms, since the index matches whole words. Each word is listed under the languages that
// write it (sh: Serbian, Croatian, Bosnian), so the index can tell a word in its own language
// from one quoted in another's text (see `languagesOf`).
interface Group {
  en: readonly string[];
  nl: readonly string[];
  sh: readonly string[];
}

const GROUPS: readonly Group[] = [
  {
    en: ['arrest', 'arrests', 'arrested', 'detention'],
    nl: ['arrestatie', 'arrestaties', 'gearresteerd', 'aangehouden', 'aanhouding', 'aanhoudingen'],
    sh: [
      'uhapšen',
      'uhapšena',
      'uhapšeno',
      'uhapšeni',
      'uhapšene',
      'uhapsio',
      'uhapsila',
      'uhapsili',
      'hapšenje',
      'hapšenja',
      'hapšenju',
      'uhićen',
      'uhićeno',
      'uhićeni',
      'uhićenje',
      'uhićenja',
    ],
  },
  {
    en: ['search', 'searches', 'raids'],
    nl: ['huiszoeking', 'huiszoekingen', 'zoekacties'],
    sh: ['pretres', 'pretresa', 'pretresi', 'pretresanje', 'pretraga', 'pretrage'],
  },
  {
    en: ['seize', 'seized', 'seizure', 'seizures'],
    nl: ['inbeslagname', 'inbeslagnames', 'beslag'],
    sh: [
      'zaplijenjeno',
      'zaplijenjena',
      'zaplijenjen',
      'zaplijenjeni',
      'zaplenjeno',
      'zaplenjena',
      'zaplenjen',
      'zaplenjeni',
      'zapljena',
      'zapljene',
      'zaplena',
      'zaplene',
      'oduzeto',
      'oduzeta',
    ],
  },
  { en: ['cocaine'], nl: ['cocaïne'], sh: ['kokain', 'kokaina', 'kokainom', 'kokainu'] },
  { en: ['drugs'], nl: ['drugs'], sh: ['droga', 'droge', 'narkotici', 'narkotika'] },
  {
    en: ['cash'],
    nl: ['cash', 'contanten'],
    sh: ['gotovina', 'gotovine', 'gotovini', 'gotovinu', 'novac', 'novca'],
  },
  {
    en: ['vehicle', 'vehicles', 'car', 'cars'],
    nl: ['voertuig', 'voertuigen'],
    sh: ['vozilo', 'vozila', 'automobil', 'automobila', 'automobili'],
  },
  {
    en: ['weapon', 'weapons', 'firearms'],
    nl: ['wapens', 'vuurwapens'],
    sh: ['oružje', 'oružja'],
  },
  { en: ['ammunition'], nl: ['munitie'], sh: ['municija', 'municije'] },
  { en: ['explosives'], nl: ['explosieven'], sh: ['eksploziv', 'eksplozivi', 'eksploziva'] },
  { en: ['migrants'], nl: ['migranten'], sh: ['migranti', 'migranata'] },
  { en: ['victims'], nl: ['slachtoffers'], sh: ['žrtve', 'žrtava'] },
  { en: ['officers', 'agents'], nl: ['agenten'], sh: ['policajci', 'službenici'] },
  { en: ['countries'], nl: ['landen'], sh: ['zemlje', 'zemalja', 'države', 'država'] },
  { en: ['passports'], nl: ['paspoorten'], sh: ['pasoši', 'pasoša', 'putovnice'] },
  { en: ['flights'], nl: ['vluchten'], sh: ['letovi', 'letova'] },
  { en: ['leaders'], nl: ['leiders'], sh: ['vođe', 'lideri'] },
  {
    en: ['watch', 'watches'],
    nl: ['horloge', 'horloges', 'luxehorloges'],
    sh: ['satovi'],
  },
  { en: ['ship', 'vessel'], nl: ['schip'], sh: ['brod', 'broda'] },
  {
    en: ['cartel'],
    nl: ['kartel', 'drugskartel'],
    sh: ['kartel', 'kartela', 'kartelom', 'kartelu', 'karteli'],
  },
  {
    en: ['balkan'],
    nl: ['balkan'],
    sh: [
      'balkan',
      'balkanski',
      'balkanskog',
      'balkanskom',
      'balkanskim',
      'balkanska',
      'balkanske',
      'balkanskih',
      'balkanskoga',
    ],
  },
  // "tone", "mart", "luxe": also English words, of other meanings; listed there too, so an
  // English text holding them is not taken for a quote.
  { en: ['ton', 'tons', 'tonne', 'tonnes', 'tone'], nl: ['ton'], sh: ['tona', 'tone'] },
  {
    en: ['kilo', 'kilos', 'kg', 'kgs', 'kilogram', 'kilograms'],
    nl: ['kilo', 'kg', 'kilogram'],
    sh: ['kilo', 'kg', 'kilogram', 'kilograma', 'kila'],
  },
  {
    en: ['action'],
    nl: ['actie', 'actiedag'],
    sh: ['akcija', 'akcije', 'akciji', 'akcijski', 'akcioni', 'akcionih'],
  },
  { en: ['day', 'days'], nl: ['dag', 'dagen', 'actiedag'], sh: ['dani', 'dana'] },
  // Words of operation names as the region's press writes them ("Тезеј", "Скај ЕЦЦ").
  {
    en: ['joint'],
    nl: ['gezamenlijke'],
    sh: ['zajednički', 'zajednička', 'zajedničke', 'zajedničkih'],
  },
  { en: ['theseus'], nl: ['theseus'], sh: ['tezej', 'tezeja', 'tezeju', 'tezejom'] },
  { en: ['sky'], nl: ['sky'], sh: ['sky', 'skaj'] },
  {
    en: ['investigator', 'investigators'],
    nl: ['onderzoeker', 'onderzoekers'],
    sh: ['istražitelji', 'istražioci'],
  },
  { en: ['encrypted'], nl: ['versleutelde'], sh: ['šifrovane', 'kriptirane'] },
  { en: ['network', 'networks'], nl: ['netwerk', 'netwerken'], sh: ['mreža', 'mreže'] },
  {
    en: ['police'],
    nl: ['politie', 'politiediensten'],
    sh: ['policija', 'policije', 'policiji'],
  },
  { en: ['operational'], nl: ['operationele'], sh: [] },
  {
    en: ['serbian'],
    nl: ['servische'],
    sh: ['srpski', 'srpska', 'srpske', 'srpskih'],
  },
  {
    en: ['spanish'],
    nl: ['spaanse'],
    sh: ['španski', 'španjolski', 'španske', 'španjolske'],
  },
  {
    en: ['organiser', 'organisers', 'organizer', 'organizers'],
    nl: ['organisatoren'],
    sh: [],
  },
  { en: ['accounts'], nl: ['bankrekeningen'], sh: ['računi', 'računa'] },
  { en: ['property'], nl: ['onroerend'], sh: ['imovina', 'imovine'] },
  { en: ['luxury', 'luxe'], nl: ['luxe'], sh: ['luksuzni', 'luksuzna', 'luksuzne'] },
  // Months, so "maj 2023" or "kolovoz" finds "May 2023" and "augustus".
  { en: ['january'], nl: ['januari'], sh: ['januar', 'januara', 'siječanj', 'siječnja'] },
  { en: ['february'], nl: ['februari'], sh: ['februar', 'februara', 'veljača', 'veljače'] },
  { en: ['march', 'mart'], nl: ['maart'], sh: ['mart', 'marta', 'ožujak', 'ožujka'] },
  { en: ['april'], nl: ['april'], sh: ['april', 'aprila', 'travanj', 'travnja'] },
  { en: ['may'], nl: ['mei'], sh: ['maj', 'maja', 'svibanj', 'svibnja'] },
  { en: ['june'], nl: ['juni'], sh: ['jun', 'juna', 'lipanj', 'lipnja'] },
  { en: ['july'], nl: ['juli'], sh: ['jul', 'jula', 'srpanj', 'srpnja'] },
  { en: ['august'], nl: ['augustus'], sh: ['avgust', 'avgusta', 'kolovoz', 'kolovoza'] },
  { en: ['september'], nl: ['september'], sh: ['septembar', 'septembra', 'rujan', 'rujna'] },
  { en: ['october'], nl: ['oktober'], sh: ['oktobar', 'oktobra', 'listopad', 'listopada'] },
  { en: ['november'], nl: ['november'], sh: ['novembar', 'novembra', 'studeni', 'studenoga'] },
  { en: ['december'], nl: ['december'], sh: ['decembar', 'decembra', 'prosinac', 'prosinca'] },
];

/** A group's words in every language. */
function wordsOf(group: Group): string[] {
  return [...group.en, ...group.nl, ...group.sh];
}

function addGroup(map: Map<string, Set<string>>, words: readonly string[]): void {
  const folded = [...new Set(words.flatMap((w) => tokenize(w)))];
  for (const word of folded) {
    const known = map.get(word) ?? new Set<string>();
    for (const other of folded) if (other !== word) known.add(other);
    map.set(word, known);
  }
}

// Built on first use: the HTTP endpoint's start builds it right after it listens
// (prepareGlossary), a one-question CLI only when its question needs it.
let table: ReadonlyMap<string, readonly string[]> | undefined;

function equivalentsTable(): ReadonlyMap<string, readonly string[]> {
  if (table !== undefined) return table;
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) addGroup(map, wordsOf(group));
  for (const country of countryDirectory().values()) {
    addGroup(
      map,
      country.names.filter((name) => tokenize(name).length === 1),
    );
  }
  table = new Map([...map].map(([word, others]) => [word, [...others]]));
  return table;
}

// Each word of a group → the group's English word, for names typed in another language (built
// on first use, as the table above).
let english: ReadonlyMap<string, string> | undefined;

function englishTable(): ReadonlyMap<string, string> {
  english ??= new Map(
    GROUPS.flatMap((group) => {
      const [head] = tokenize(group.en[0] ?? '');
      return head === undefined
        ? []
        : wordsOf(group).flatMap((w) => tokenize(w).map((t) => [t, head] as const));
    }),
  );
  return english;
}

const NONE: readonly string[] = [];

/** The text with every glossary word in English ("Тезеј" → "theseus"); undefined when none is. */
export function inEnglish(text: string): string | undefined {
  const words = tokenize(text);
  const table = englishTable();
  const inWords = words.map((w) => table.get(w) ?? w);
  return inWords.some((w, i) => w !== words[i]) ? inWords.join(' ') : undefined;
}

/** A folded word's English form, when the glossary has one ("kartela" → "cartel"). */
export function englishWord(word: string): string | undefined {
  return englishTable().get(word);
}

/**
 * Builds the tables `equivalents`, `inEnglish` and `languagesOf` read, ahead of the first query
 * that needs them.
 */
export function prepareGlossary(): void {
  equivalentsTable();
  englishTable();
  languagesTable();
}

/** Every other word for `term` the index should also look for (country names in any language). */
export function equivalents(term: string): readonly string[] {
  return equivalentsTable().get(term) ?? NONE;
}

/** The languages a glossary word is written in, one bit each (see `LANGUAGE_BITS`). */
export const LANGUAGE_BITS = { en: 1, nl: 2, sh: 4 } as const;

// Each folded word → the languages that write it (built on first use, as the tables above).
let languages: ReadonlyMap<string, number> | undefined;

function languagesTable(): ReadonlyMap<string, number> {
  if (languages !== undefined) return languages;
  const map = new Map<string, number>();
  for (const group of GROUPS)
    for (const language of ['en', 'nl', 'sh'] as const)
      for (const word of group[language])
        for (const folded of tokenize(word))
          map.set(folded, (map.get(folded) ?? 0) | LANGUAGE_BITS[language]);
  languages = map;
  return languages;
}

/**
 * The languages that write a folded word, as LANGUAGE_BITS ("huiszoekingen": Dutch; "april":
 * all three); 0 for a word the glossary does not list, which may be in any language.
 */
export function languagesOf(term: string): number {
  return languagesTable().get(term) ?? 0;
}

/**
 * A document's language (the corpus's two-letter code; a region suffix, as in "sr-Cyrl", is
 * read past) as LANGUAGE_BITS; 0 for any other.
 */
export function languageBit(code: string | undefined): number {
  const base = (code ?? '').slice(0, 2).toLowerCase();
  if (base === 'en') return LANGUAGE_BITS.en;
  if (base === 'nl') return LANGUAGE_BITS.nl;
  return BCS_LANGUAGES.has(base) ? LANGUAGE_BITS.sh : 0;
}
