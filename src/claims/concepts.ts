import type { Metric } from '../corpus/types.ts';
import { matchesStem } from './tokens.ts';

/**
 * The things figures count, in English, Dutch and Serbian/Croatian/Bosnian (folded, so Cyrillic
 * and Latin are one), as words or stems: "uhaps*" is uhapšen, uhapšeno, ухапшени. A `metric` concept
 * names what a figure measures; a `thing` narrows it ("flights" among the checks), and a claim
 * naming a thing is matched only against facts whose label names it too.
 */
export interface Concept {
  id: string;
  metrics: readonly Metric[];
  thing: boolean;
  stems: readonly string[];
  /**
   * Narrows only its own metrics, whatever labels name it: people are what every arrest counts
   * ("13 people arrested" is the "arrests" figure), but among the checks they are one kind.
   */
  ownMetricsOnly?: boolean;
}

const SEIZURES: readonly Metric[] = [
  'cocaine-seized',
  'drugs-seized',
  'cash-seized',
  'assets-seized',
  'vehicles-seized',
  'weapons-seized',
  'ammunition-seized',
  'explosives-seized',
  'documents-seized',
  'boats-seized',
  'valuables-seized',
];

function concept(id: string, metrics: readonly Metric[], stems: string, thing = false): Concept {
  return { id, metrics, thing, stems: stems.split(' ') };
}

export const CONCEPTS: readonly Concept[] = [
  concept(
    'arrest',
    ['arrests'],
    'arrest* gearrest* aangehouden* aanhouding* aanhoudingen* opgepakt* detain* detention* detentie* uhaps* uhic* uhapsen* hapsen* hapse* hapsi* uhvacen* privedeni* priveden* lisen* lisena',
  ),
  concept(
    'search',
    ['house-searches'],
    'search* raid raids huiszoek* doorzoek* zoekactie* invallen* inval pretres* pretraz* pretrag* premetac*',
  ),
  concept(
    'seize',
    SEIZURES,
    'seiz* seize* confiscat* inbeslag* beslag* zaplij* zaplen* zaplje* oduz*',
  ),
  concept('cocaine', ['cocaine-seized'], 'cocain* kokain* coke'),
  concept(
    'drugs',
    ['drugs-seized', 'cocaine-seized'],
    'drug* narcot* droga* droge drog* narkotik* opojn*',
  ),
  concept(
    'cannabis',
    ['drugs-seized'],
    'cannabis* marijuan* marihuan* hasj* hasis* wiet kanabis* weed skunk*',
    true,
  ),
  concept('heroin', ['drugs-seized'], 'heroin*', true),
  concept(
    'cash',
    ['cash-seized'],
    'cash* money contant* geld gotovin* kes kesa novac novca novcu',
    true,
  ),
  concept(
    'assets',
    ['assets-seized'],
    'asset* property* vermogen* bezitting* imovin* nekretnin* onroerend*',
    true,
  ),
  concept('jewellery', ['assets-seized', 'valuables-seized'], 'jewel* sierad* juwel* nakit', true),
  concept('watch', ['valuables-seized', 'assets-seized'], 'watch* horlog* satova satovi', true),
  concept(
    'frozen',
    ['assets-frozen'],
    'frozen* freez* bevroren* geblokkeerd* blokira* zamrz*',
    true,
  ),
  concept('account', ['assets-frozen'], 'account* rekening* racun racuna racuni', true),
  concept(
    'vehicle',
    ['vehicles-seized'],
    'car cars vehicle* voertuig* auto autos vozil* automobil* truck* vrachtwagen* kamion*',
    true,
  ),
  concept('luxury', [], 'luxury* luxe luxueus* luksuz* high skup skupi skupih', true),
  concept(
    'weapon',
    ['weapons-seized'],
    'weapon* firearm* gun guns rifle* pistol* wapen* vuurwap* geweer* oruzj* puska puske pusaka pistolj* revolver*',
  ),
  concept('sniper', ['weapons-seized'], 'sniper* snajper* scherpschut* precizn*', true),
  concept('automatic', [], 'automatic* automatisch* automatsk*', true),
  concept('rifle', ['weapons-seized'], 'rifle* geweer* puska puske pusaka pusku', true),
  concept('silencer', ['weapons-seized'], 'silencer* geluiddemper* prigusiv*', true),
  concept(
    'ammunition',
    ['ammunition-seized'],
    'ammunition* ammo munitie* municij* metak metaka metke kogel*',
  ),
  concept('explosive', ['explosives-seized'], 'explosiv* eksploziv* springstof* bomb bombs', true),
  concept('detonator', ['explosives-seized'], 'detonat*', true),
  concept('package', [], 'package* pakket* paket paketa', true),
  concept(
    'document',
    ['documents-seized', 'detections'],
    'passport* paspoort* pasos* document* dokument* identit* identiteitskaart* osobn* licn*',
    true,
  ),
  concept('forged', [], 'forged* counterfeit* fake vals* vervals* lazn* falsif* krivotvor*', true),
  concept(
    'boat',
    ['boats-seized'],
    'boat boats vessel* ship ships boot* boten schip* schepen* vaartuig* brod broda brodova camac* camc* plovil* jaht*',
    true,
  ),
  concept('inflatable', ['boats-seized'], 'inflatable* opblaas* gumen* buoy* boei boeien', true),
  // "checked" says what was measured; "checks" and "control" may be part of another noun
  // ("border control officers"), so they count as nouns.
  concept(
    'check',
    ['checks'],
    'checked gecontroleerd gecheckt controlled monitored assessed screened inspected provereno provereni proverena provjereno provjereni provjerena kontrolisano kontrolirano pregledano pregledani',
  ),
  concept(
    'checks',
    ['checks'],
    'check checks control controls controle controles assessment* monitoring screening* inspection* provera provere provjera provjere kontrola kontrole pregled pregleda',
  ),
  concept('flight', ['checks'], 'flight* vlucht* let leta letova letove', true),
  concept('passenger', ['checks'], 'passenger* passagier* putnik*', true),
  concept('premises', ['checks'], 'premises* pand panden objekat* objekt* prostorij*', true),
  concept('parcel', ['checks'], 'parcel* postal* pakketten* posiljk* posta', true),
  concept('entity', ['checks'], 'entit*', true),
  concept('detect', ['detections'], 'detect* ontdekt* opgespoord* otkriv* detektov*', true),
  concept('illegal-entry', ['detections'], 'illegal* entr* illegale* nezakonit* ilegaln*', true),
  concept('migrant', ['migrants', 'detections'], 'migrant* migranat* migranata*', true),
  // The act, not its agents: "the Dunqett smugglers charged …" says nothing smuggled.
  concept(
    'smuggle',
    ['migrants'],
    'smuggle smuggled smuggles smuggling gesmokkeld* smokkelde smokkelden smokkelen krijumcaren* krijumcario krijumcarila krijumcarili krijumcarenje prokrijumc*',
    true,
  ),
  concept(
    'victim',
    ['victims-rescued'],
    'victim* slachtoffer* zrtv* zrtava rescu* freed bevrijd* gered spasen* spase* oslobod*',
    true,
  ),
  concept(
    'officer',
    ['officers'],
    'officer* agent* police policij* politie* agenten policajac* policajc* sluzbenik* sluzbenic* agenat*',
  ),
  concept(
    'expert',
    ['experts-deployed'],
    'expert* staff* deskundig* strucnjak* stafa investigator* onderzoeker* istrazitelj* istrazioc*',
    true,
  ),
  {
    id: 'person',
    metrics: ['checks'],
    thing: true,
    stems: 'people persons person individuals mensen personen persoon osoba osobe lica ljudi'.split(
      ' ',
    ),
    ownMetricsOnly: true,
  },
  concept(
    'country',
    ['countries'],
    'countr* land landen zemlj* zemalja drzava drzave drzav*',
    true,
  ),
  concept('target', ['targets-identified'], 'target* doelwit* meta mete metu', true),
  concept(
    'identify',
    ['targets-identified'],
    'identif* geidentificeerd identifikova* identificira*',
  ),
  concept('hvt', ['arrests'], 'hvt hvts leader* leider* vodj* lider*', true),
  concept('price', ['price'], 'charg* price* prijs cena cijena cost costs kostte* naplac*', true),
  concept(
    'duration',
    ['duration'],
    'last lasted lasts duration* duurde* duurt duur trajal* trajala trajao trajanj*',
    true,
  ),
  concept('trend', ['trend'], 'increas* rise grew toename* stijging* porast* povecan*', true),
  // Acts no fact counts: a figure of convictions or of drugs shipped is not in the facts table,
  // and an arrest or seizure figure neither supports nor contradicts it.
  concept(
    'convict',
    [],
    'convict* sentenc* jailed imprison* indict* prosecut* veroordeeld* veroordeel* aangeklaagd* vervolgd* gevangenisstraf* osud* optuz* presud*',
  ),
  // Released, extradited or escaped: what happened to people after their arrest, never counted
  // by a fact ("Of the 13 arrested, 3 were released" is not the 3 High Value Targets).
  concept(
    'release',
    [],
    'released releases acquitted extradited escaped fled vrijgelaten vrijgesproken uitgeleverd ontsnapt gevlucht pusten* izrucen* pobegl* pobjegl*',
  ),
  concept(
    'transport',
    [],
    'shipped trafficked imported exported transported sold verscheept geimporteerd geexporteerd vervoerd verhandeld verkocht uvezen* uvezeno izvezen* izvezeno prevezen* prevezeno transportovan* prodat* prodan*',
  ),
];

const known = new Map<string, readonly Concept[]>();
const MAX_KNOWN = 20_000;

/** The concepts `word` (folded) names; remembered, since messages repeat their words. */
export function conceptsOf(word: string): readonly Concept[] {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const found = CONCEPTS.filter((c) => c.stems.some((stem) => matchesStem(word, stem)));
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(word, found);
  return found;
}

/** The concept ids a text names, from its folded words. */
export function conceptIds(words: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (let at = 0; at < words.length; at += 1) {
    const phrase = phraseConceptAt(words, at);
    if (phrase !== undefined) {
      ids.add(phrase.id);
      at += phrase.length - 1;
      continue;
    }
    for (const c of conceptsOf(words[at] ?? '')) ids.add(c.id);
  }
  return ids;
}

/**
 * Names of several words whose words alone name other things: "high value targets" are the
 * HVTs (not luxury goods, not targets identified), "mete visoke vrednosti" too.
 */
const PHRASES: readonly { id: string; words: readonly string[] }[] = [
  { id: 'hvt', words: ['high', 'value', 'target*'] },
  { id: 'hvt', words: ['hoge', 'waarde', 'doelwit*'] },
  { id: 'hvt', words: ['met*', 'visok*', 'vrednost*'] },
  { id: 'hvt', words: ['met*', 'visok*', 'vrijednost*'] },
  { id: 'hvt', words: ['cilj*', 'visok*', 'vrednost*'] },
  { id: 'hvt', words: ['cilj*', 'visok*', 'vrijednost*'] },
];

/** Words a phrase of PHRASES can open: most words open none, and cost one test. */
function opensPhrase(word: string): boolean {
  return word === 'high' || word === 'hoge' || word.startsWith('met') || word.startsWith('cilj');
}

type Folded = string | { fold: string } | undefined;
const foldOf = (word: Folded): string => (typeof word === 'string' ? word : (word?.fold ?? ''));

/**
 * The concept a phrase starting at `words[at]` names (folded words, or tokens), and how many
 * words it spans. Allocates nothing: it runs for every word of every statement.
 */
export function phraseConceptAt(
  words: readonly Folded[],
  at: number,
): { id: string; length: number } | undefined {
  if (!opensPhrase(foldOf(words[at]))) return undefined;
  for (const phrase of PHRASES) {
    let k = 0;
    while (k < phrase.words.length && matchesStem(foldOf(words[at + k]), phrase.words[k] ?? ''))
      k += 1;
    if (k === phrase.words.length) return { id: phrase.id, length: k };
  }
  return undefined;
}

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function conceptById(id: string): Concept | undefined {
  return BY_ID.get(id);
}

// What a figure measures outranks what it counts: "67,277 vehicles were checked" is a check,
// "Serbian police arrested 13" an arrest; "seized" and "drugs" only say which family.
const MEASURES = new Set([
  'arrest',
  'check',
  'detect',
  'smuggle',
  'victim',
  'duration',
  'price',
  'trend',
  'frozen',
  'identify',
]);
const GENERIC = new Set(['seize', 'drugs']);
/** Acts the facts table never counts (see 'convict', 'release' and 'transport'). */
export const UNMEASURED: ReadonlySet<string> = new Set(['convict', 'transport', 'release']);

/** 3 for what a figure measures, 2 for what it counts, 1 for a family word. */
export function tierOf(id: string): number {
  if (MEASURES.has(id) || UNMEASURED.has(id)) return 3;
  return GENERIC.has(id) ? 1 : 2;
}
