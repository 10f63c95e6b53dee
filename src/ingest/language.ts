import { franc } from 'franc';
import { foldText } from '../text/normalize.ts';

// franc's ISO 639-3 codes to the corpus's ISO 639-1 codes, for the languages the sources use.
const TO_CORPUS: Record<string, string> = {
  eng: 'en',
  nld: 'nl',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  cnr: 'sr',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  slv: 'sl',
  mkd: 'mk',
  bul: 'bg',
  ron: 'ro',
  als: 'sq',
  sqi: 'sq',
  tur: 'tr',
  hun: 'hu',
  pol: 'pl',
  ukr: 'uk',
  rus: 'ru',
  ell: 'el',
};

const SERBO_CROATIAN = new Set(['srp', 'hrv', 'bos', 'cnr']);

// Words that tell the three standards apart in police and prosecution releases. Ekavian forms
// (e → ije/je) are Serbian; Croatian and Bosnian are both ijekavian and differ in vocabulary.
const MARKERS: Record<'sr' | 'hr' | 'bs', RegExp> = {
  sr: /\b(zaplen\w*|dve|vreme\w*|mesto|mesta|gde|posle|deo|uslov\w*|svedok\w*|nedelj\w*|opstin\w*|dinar\w*|beograd\w*|srbij\w*|mup srbije|ovog meseca|mesec\w*)\b/g,
  hr: /\b(uhicen\w*|uhitil\w*|uhitio|tijekom|tisuc\w*|tjed\w*|sijecnj\w*|veljac\w*|ozujk\w*|travnj\w*|svibnj\w*|lipnj\w*|srpnj\w*|kolovoz\w*|rujn\w*|listopad\w*|studen\w*|prosin\w*|kun\w*|opcinsk\w* drzavn\w*|odvjetnistv\w*|uskok\w*|dorh|hrvatsk\w*|zagreb\w*|kaznen\w* prijav\w*|sto je|tko)\b/g,
  bs: /\b(hiljad\w*|sedmic\w*|historij\w*|km|konvertibiln\w*|maraka|sipa|tuzilastv\w* bih|fup|kanton\w*|sarajev\w*|bosn\w*|hercegovin\w*)\b/g,
};
const IJEKAVIAN =
  /\b(zaplijen\w*|dvije|vrijeme\w*|mjest\w*|gdje|poslije|dio|dijel\w*|svjedo\w*|nedjelj\w*|mjesec\w*|prije|vijest\w*|svijet\w*)\b/g;

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

/** sr, hr or bs for a text franc places in the Serbo-Croatian group; undefined when unclear. */
function serboCroatian(text: string, hint: string | undefined): string | undefined {
  const cyrillic = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  if (cyrillic > latin) return 'sr';
  const folded = foldText(text);
  const score = {
    sr: count(MARKERS.sr, folded),
    hr: count(MARKERS.hr, folded) + count(IJEKAVIAN, folded) / 2,
    bs: count(MARKERS.bs, folded) + count(IJEKAVIAN, folded) / 2,
  };
  const ranked = (Object.entries(score) as ['sr' | 'hr' | 'bs', number][]).sort(
    (a, b) => b[1] - a[1],
  );
  const [first, second] = ranked;
  if (first === undefined || second === undefined || first[1] === 0) return hint;
  if (first[1] > second[1]) return first[0];
  return hint !== undefined && (hint === first[0] || hint === second[0]) ? hint : undefined;
}

/**
 * The text's language as an ISO 639-1 code, or undefined when it cannot be established. `hint`
 * is the source's own declaration (an HTML lang attribute); it only settles a tie between Serbian,
 * Croatian and Bosnian, which share almost every trigram.
 */
export function detectLanguage(text: string, hint?: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const code = franc(sample, { minLength: 20 });
  const declared = hint?.toLowerCase().slice(0, 2);
  if (SERBO_CROATIAN.has(code)) {
    return serboCroatian(
      sample,
      declared === 'sr' || declared === 'hr' || declared === 'bs' ? declared : undefined,
    );
  }
  return TO_CORPUS[code];
}
