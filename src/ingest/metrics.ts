import type { Metric } from '../corpus/schema.ts';
import { foldText } from '../text/normalize.ts';
import type { FigureUnit } from './figures.ts';

// Stems (folded: lower case, no diacritics, Cyrillic in Latin) of the words that say what a
// count counts, in English, Dutch and Serbian/Croatian/Bosnian. Tried in order: the first
// whose stem starts a word right after the number wins.
const COUNTED: [Metric, RegExp][] = [
  ['arrests', /^(uhapsen|uhicen|privedenih|arrest|aanhouding|arrestatie|hapsenj|uhicenj|lisenj)/],
  [
    'house-searches',
    /^(search|house search|raid|premises|doorzoeking|huiszoeking|inval|pretres|pretrag|premetacin)/,
  ],
  [
    'vehicles-seized',
    /^(vehicle|car|cars|truck|lorr|van|vans|motorcycle|auto|voertuig|vrachtwagen|personenauto|vozil|automobil|kamion|motocikl)/,
  ],
  [
    'boats-seized',
    /^(boat|speedboat|vessel|ship|yacht|boot|boten|schip|schepen|vaartuig|camac|camc|plovil|brod|jaht|gliser)/,
  ],
  [
    'weapons-seized',
    /^(weapon|gun|pistol|rifle|firearm|revolver|kalashnikov|machine gun|assault rifle|sniper|wapen|vuurwapen|pistool|pistolen|geweer|geweren|automatisch|oruzj|pistolj|pusk|puska|revolver|automatsk|snajper|kalasnjikov)/,
  ],
  [
    'ammunition-seized',
    /^(round|ammunition|cartridge|bullet|munitie|patronen|kogel|metak|metaka|municij|komad\w* municij)/,
  ],
  [
    'explosives-seized',
    /^(explosive|grenade|hand grenade|detonator|bomb|plastic explosive|explosiev|handgranat|granat|eksploziv|rucn\w* bomb|bomb|detonator|kapisl)/,
  ],
  [
    'documents-seized',
    /^(document|passport|id card|identity card|paspoort|identiteitsbewij|dokument|pasos|licn\w* kart)/,
  ],
  [
    'valuables-seized',
    /^(watch|jewel|luxury|horloge|sieraden|sieraad|sat |satov|nakit|zlat|goud|gold)/,
  ],
  ['checks', /^(check|control|inspection|controle|kontrol|provjer|proverk|screen)/],
  ['detections', /^(detection|hit|detectie|otkrivanj)/],
  ['victims-rescued', /^(victim|slachtoffer|zrtv)/],
  ['migrants', /^(migrant|migranat|migranata|refugee|vluchteling|izbeglic|izbjeglic)/],
  [
    'officers',
    /^(officer|police officer|policemen|policeman|agent|agenten|politiemensen|rechercheur|politieagent|opsporingsambtena|sluzbenik|sluzbenic|policajac|policajc|pripadni\w* polic|inspektor|investigator|personnel|staff|law enforcement officer)/,
  ],
  ['experts-deployed', /^(expert|specialist|deskundig|strucnjak|specijalist|analyst|analist)/],
  ['countries', /^(countr|nation|landen|land |zemal|zemlj|drzav)/],
  ['targets-identified', /^(target|high value target|hvt|doelwit)/],
  [
    'duration',
    /^(day|days|week|month|year|hour|dag|dagen|weken|maanden|jaar|jaren|uur|dan|dana|sedmic|tjed|mesec|mjesec|godin|sat|sati|casova)\b/,
  ],
];

// Words for people: who they are, and what happened to them, decides the metric.
const PEOPLE =
  /^(suspect|person|people|individual|member|men|man|women|woman|national|citizen|verdachte|persoon|personen|mannen|vrouwen|leden|osumnjicen|osob|lica|lice|clan|drzavljan|muskarac|muskarc|zena|zene|pripadnik|leader|leiders|kopstuk|vodj|vodi|bos)/;
const ARREST =
  /\b(arrest|detain|apprehend|taken into custody|aangehouden|gearresteerd|opgepakt|aanhouding|uhaps|uhic|uhit|privede|priveden|lisen\w* slobode|zadrz|pritvor|hapsen)/;
const IDENTIFIED = /\b(identif|geidentificeerd|identifik)/;
const CHARGED =
  /\b(charged|indicted|prosecuted|aangeklaagd|vervolgd|optuz|podnet\w* krivic|podnesen\w* kaznen|prijav)/;

const DRUGS =
  /\b(heroin|heroine|cannabis|marijuana|marihuana|skunk|hashish|hasj|hasis|amphetamine|amfetamin|mdma|ecstasy|xtc|methamphetamine|crystal meth|synthetic drug|drugs|drug|synthetische drugs|droge|droga|narkotik|opojn|pills|pillen|tablet|captagon|ketamine|speed)/;
const COCAINE = /\b(cocaine|cocaine|kokain|coke)/;
const CASH =
  /\b(cash|contant|contanten|geld|banknote|bankbiljet|gotovin|novca|novac|gotov\w* novc)/;
const FROZEN = /\b(frozen|freeze|bevroren|beslag gelegd op tegoeden|zamrzn|blokir)/;
const ASSETS =
  /\b(asset|property|properties|real estate|vermogen|vastgoed|woning|imovin|nekretnin|worth|value|waarde|vrijednost|vrednost|luxury|jewel|watches)/;
const PRICE = /\b(price|per kilo|per kg|prijs|cijen|cena|cene|kilo price)/;
const SEIZED =
  /\b(seiz|confiscat|recovered|found|inbeslag|beslag|aangetroffen|zaplijen|zaplen|oduz|pronad|pronaslo|pronasl)/;
const TREND =
  /\b(increase|decrease|rise|fell|drop|growth|stijging|daling|toename|afname|porast|pad|smanjen|povecan)/;

// Labels for figures whose own words name no thing ("£1.3 million and EUR 850,000 in cash").
const DEFAULT_LABELS: Partial<Record<Metric, string>> = {
  'cash-seized': 'cash',
  'assets-seized': 'assets',
  'assets-frozen': 'assets frozen',
  'cocaine-seized': 'cocaine',
  'drugs-seized': 'drugs',
  trend: 'change',
  price: 'price',
};

export interface Classified {
  metric?: Metric;
  /** What was counted, in the document's words: "assault rifles", "kg of cocaine". */
  label: string;
}

const SCALE_WORD =
  /^(million|millions|mln|miljoen|thousand|duizend|billion|miljard|miliona|milion|milijuna|milijun|hiljada|hiljadu|tisuca|tisuce|milijardi)$/;
// A past participle ends the counted thing: "officers carried out", "personen gearresteerd".
const PARTICIPLE = /^(\p{L}{3,}ed|ge\p{L}{4,}[dt])$/u;

const STOP_LABEL =
  /^(in|at|on|from|during|across|to|into|for|with|by|after|before|near|te|in|op|bij|uit|tijdens|naar|van|met|door|u|na|iz|kod|tokom|tijekom|sa|s|prilikom|and|en|i|or|of|while|which|who|that|were|was|are|have|has|had|die|dat|werden|zijn|is|su|je|koji|koja|koje|including|inclusief|waaronder|ukljucujuc|medju|od)$/;

/** Up to four words after the number, stopping at a preposition, a verb or punctuation. */
function labelAfter(after: string): string {
  const clause = /^[^.,;:!?()|\n]*/.exec(after)?.[0] ?? '';
  const words: string[] = [];
  for (const m of clause.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const word = m[0];
    if (SCALE_WORD.test(foldText(word))) continue;
    if (words.length > 0 && PARTICIPLE.test(word.toLowerCase()) && words.length >= 1) break;
    if (words.length > 0 && STOP_LABEL.test(word.toLowerCase())) {
      // "kg of cocaine", "tonnes of cocaine": the substance after "of" is the label's point
      if (/^(of|van|od)$/i.test(word) && words.length === 1) {
        words.push(word);
        continue;
      }
      break;
    }
    if (words.length === 0 && STOP_LABEL.test(word.toLowerCase())) continue;
    words.push(word);
    if (words.length >= 4) break;
  }
  return words.join(' ');
}

const PLACES_SEARCHED =
  /^(address|adres|adressen|adresa|location|locatie|lokacij|objekat|objekata|objekt|panden|pand |woning|stanov|kuc|premises)/;
const SEARCHING = /\b(raid|search|doorzoch|doorzoek|inval|binnengevallen|pretres|pretrag|pretraz)/;

function countMetric(foldedAfter: string, sentence: string): Metric | undefined {
  const words = foldedAfter.replace(/^[\s\-–:]+/, '');
  // skip a few adjectives ("high-end cars", "automatic rifles"): try each of the next words
  const starts = [...words.matchAll(/[a-z]+/g)].slice(0, 4).map((m) => words.slice(m.index));
  for (const start of starts) {
    if (PEOPLE.test(start)) {
      if (IDENTIFIED.test(sentence) && !ARREST.test(sentence)) return 'targets-identified';
      if (ARREST.test(sentence)) return 'arrests';
      if (CHARGED.test(sentence)) return undefined;
      return /^(suspect|verdachte|osumnjicen)/.test(start) ? 'arrests' : undefined;
    }
    if (PLACES_SEARCHED.test(start) && SEARCHING.test(sentence)) return 'house-searches';
    const metric = COUNTED.find(([, pattern]) => pattern.test(start))?.[0];
    if (metric !== undefined) return metric;
    if (COCAINE.test(` ${start.slice(0, 30)}`)) return 'cocaine-seized';
    if (DRUGS.test(` ${start.slice(0, 30)}`)) return 'drugs-seized';
  }
  return undefined;
}

/**
 * The metric and label a figure proposes, from the words after it and its sentence. A figure
 * whose metric cannot be told is left without one: the curator decides.
 */
export function classify(
  unit: FigureUnit,
  foldedAfter: string,
  foldedSentence: string,
  after: string,
  foldedParagraph = foldedSentence,
): Classified {
  const near = foldedAfter.slice(0, 60);
  let metric: Metric | undefined;
  if (unit === 'kg') {
    // the substance is named after the weight, else in the sentence, else in the paragraph
    const context = [` ${near}`, foldedSentence, foldedParagraph].find(
      (t) => COCAINE.test(t) || DRUGS.test(t),
    );
    if (context !== undefined) metric = COCAINE.test(context) ? 'cocaine-seized' : 'drugs-seized';
  } else if (unit === 'percent') {
    metric = TREND.test(foldedSentence) ? 'trend' : undefined;
  } else if (unit !== 'count') {
    if (PRICE.test(near)) metric = 'price';
    else if (FROZEN.test(foldedSentence)) metric = 'assets-frozen';
    else if (CASH.test(near) || (CASH.test(foldedSentence) && !ASSETS.test(near)))
      metric = 'cash-seized';
    else if (ASSETS.test(foldedSentence) && SEIZED.test(foldedSentence)) metric = 'assets-seized';
    // money seized with no word for assets is money found: cash
    else if (SEIZED.test(foldedSentence)) metric = 'cash-seized';
  } else {
    metric = countMetric(foldedAfter, foldedSentence);
  }
  const label = labelAfter(after);
  if (metric === undefined) return { label };
  return { metric, label: label === '' ? (DEFAULT_LABELS[metric] ?? metric) : label };
}
