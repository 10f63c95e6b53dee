import { countryDirectory } from '../corpus/countries.ts';
import { tokenize } from '../text/normalize.ts';

// English, Dutch and Serbian/Croatian/Bosnian words for the same things, so any of the languages
// finds any document. Each group is folded with the shared normalisation, so "cocaïne" and
// "cocaine", "хапшење" and "hapšenje" are one term; the region's words come in their common case
// forms, since the index matches whole words.
const GROUPS: string[][] = [
  [
    'arrest',
    'arrests',
    'arrested',
    'arrestatie',
    'arrestaties',
    'gearresteerd',
    'aangehouden',
    'aanhouding',
    'aanhoudingen',
    'detention',
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
  [
    'search',
    'searches',
    'huiszoeking',
    'huiszoekingen',
    'zoekacties',
    'raids',
    'pretres',
    'pretresa',
    'pretresi',
    'pretresanje',
    'pretraga',
    'pretrage',
  ],
  [
    'seize',
    'seized',
    'seizure',
    'seizures',
    'inbeslagname',
    'inbeslagnames',
    'beslag',
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
  ['cocaine', 'kokain', 'kokaina', 'kokainom', 'kokainu'],
  ['drugs', 'droga', 'droge', 'narkotici', 'narkotika'],
  ['cash', 'contanten', 'gotovina', 'gotovine', 'gotovini', 'gotovinu', 'novac', 'novca'],
  [
    'vehicle',
    'vehicles',
    'car',
    'cars',
    'voertuig',
    'voertuigen',
    'vozilo',
    'vozila',
    'automobil',
    'automobila',
    'automobili',
  ],
  ['weapon', 'weapons', 'firearms', 'wapens', 'vuurwapens', 'oružje', 'oružja'],
  ['ammunition', 'munitie', 'municija', 'municije'],
  ['explosives', 'explosieven', 'eksploziv', 'eksplozivi', 'eksploziva'],
  ['migrants', 'migranten', 'migranti', 'migranata'],
  ['victims', 'slachtoffers', 'žrtve', 'žrtava'],
  ['officers', 'agents', 'agenten', 'policajci', 'službenici'],
  ['countries', 'landen', 'zemlje', 'zemalja', 'države', 'država'],
  ['passports', 'paspoorten', 'pasoši', 'pasoša', 'putovnice'],
  ['flights', 'vluchten', 'letovi', 'letova'],
  ['leaders', 'leiders', 'vođe', 'lideri'],
  ['watch', 'watches', 'horloge', 'horloges', 'luxehorloges', 'satovi'],
  ['ship', 'vessel', 'schip', 'brod', 'broda'],
  ['cartel', 'kartel', 'drugskartel', 'kartela', 'kartelom', 'kartelu', 'karteli'],
  [
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
  ['ton', 'tons', 'tonne', 'tonnes', 'tona', 'tone'],
  ['kilo', 'kilos', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilograma', 'kila'],
  ['action', 'actie', 'actiedag', 'akcija', 'akcije', 'akciji', 'akcijski', 'akcioni', 'akcionih'],
  ['day', 'days', 'dag', 'dagen', 'actiedag', 'dani', 'dana'],
  // Words of operation names as the region's press writes them ("Тезеј", "Скај ЕЦЦ").
  ['joint', 'gezamenlijke', 'zajednički', 'zajednička', 'zajedničke', 'zajedničkih'],
  ['theseus', 'tezej', 'tezeja', 'tezeju', 'tezejom'],
  ['sky', 'skaj'],
  ['investigator', 'investigators', 'onderzoeker', 'onderzoekers', 'istražitelji', 'istražioci'],
  ['encrypted', 'versleutelde', 'šifrovane', 'kriptirane'],
  ['network', 'networks', 'netwerk', 'netwerken', 'mreža', 'mreže'],
  ['police', 'politie', 'politiediensten', 'policija', 'policije', 'policiji'],
  ['operational', 'operationele'],
  ['serbian', 'servische', 'srpski', 'srpska', 'srpske', 'srpskih'],
  ['spanish', 'spaanse', 'španski', 'španjolski', 'španske', 'španjolske'],
  ['organiser', 'organisers', 'organizer', 'organizers', 'organisatoren'],
  ['accounts', 'bankrekeningen', 'računi', 'računa'],
  ['property', 'onroerend', 'imovina', 'imovine'],
  ['luxury', 'luxe', 'luksuzni', 'luksuzna', 'luksuzne'],
  // Months, so "maj 2023" or "kolovoz" finds "May 2023" and "augustus".
  ['january', 'januari', 'januar', 'januara', 'siječanj', 'siječnja'],
  ['february', 'februari', 'februar', 'februara', 'veljača', 'veljače'],
  ['march', 'maart', 'mart', 'marta', 'ožujak', 'ožujka'],
  ['april', 'aprila', 'travanj', 'travnja'],
  ['may', 'mei', 'maj', 'maja', 'svibanj', 'svibnja'],
  ['june', 'juni', 'jun', 'juna', 'lipanj', 'lipnja'],
  ['july', 'juli', 'jul', 'jula', 'srpanj', 'srpnja'],
  ['august', 'augustus', 'avgust', 'avgusta', 'kolovoz', 'kolovoza'],
  ['september', 'septembar', 'septembra', 'rujan', 'rujna'],
  ['october', 'oktober', 'oktobar', 'oktobra', 'listopad', 'listopada'],
  ['november', 'novembar', 'novembra', 'studeni', 'studenoga'],
  ['december', 'decembar', 'decembra', 'prosinac', 'prosinca'],
];

function addGroup(map: Map<string, Set<string>>, words: string[]): void {
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
  for (const group of GROUPS) addGroup(map, group);
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
      const [head] = tokenize(group[0] ?? '');
      return head === undefined
        ? []
        : group.flatMap((w) => tokenize(w).map((t) => [t, head] as const));
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

/** Builds the tables `equivalents` and `inEnglish` read, ahead of the first query that needs them. */
export function prepareGlossary(): void {
  equivalentsTable();
  englishTable();
}

/** Every other word for `term` the index should also look for (country names in any language). */
export function equivalents(term: string): readonly string[] {
  return equivalentsTable().get(term) ?? NONE;
}
