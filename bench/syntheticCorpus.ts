import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random, Zipf } from './random.ts';

export interface PlantedPassage {
  /** What a user types to find it (typos included for some). */
  query: string;
  typo: boolean;
  /** The document that holds the planted passage. */
  document: string;
  /** A phrase that only the planted passage holds. */
  phrase: string;
}

export interface SyntheticCorpus {
  dir: string;
  documents: number;
  planted: PlantedPassage[];
}

const PASSAGES_PER_DOCUMENT = 20;
const SYNTHETIC_WORDS = 30_000;
const PLANTED = 60;
const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'g',
  'gr',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'pr',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
  'sh',
  'ch',
  'j',
  'h',
  'f',
  'r',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ij', 'ou', 'ie', 'ee', 'oo'];
const CODAS = ['', '', 'n', 'r', 's', 'k', 'l', 't', 'm', 'st', 'nd', 'rk'];

/**
 * Words of the shipped documents (real English and Dutch vocabulary), most frequent first.
 * Zipf's law ranks words by how often they occur, so the order is their frequency in the shipped
 * text (ties in reading order): a word the documents use once must not become one of the noise's
 * commonest words just because its document is read first (it did: the Dutch document's words
 * held ranks 57–79, each in about 9 % of synthetic passages).
 */
function realWords(corpusDir: string): string[] {
  const counts = new Map<string, number>();
  for (const name of [
    'crime-nieuws-balkan-cartel-cocaine-seizure',
    'europol-balkan-drug-lords-sky-ecc',
    'illicit-trade-interpol-theseus',
    'grey-dynamics-balkan-drug-trade',
    'occrp-joint-action-days-see',
  ]) {
    const text = readFileSync(join(corpusDir, 'documents', `${name}.md`), 'utf8')
      .split('---\n')
      .slice(2)
      .join('');
    for (const word of text.match(/\p{L}{2,}/gu) ?? []) {
      const folded = word.toLowerCase();
      counts.set(folded, (counts.get(folded) ?? 0) + 1);
    }
  }
  // Array.prototype.sort is stable: equal counts keep their reading order.
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

function syntheticWord(random: Random): string {
  let word = '';
  const syllables = random.int(1, 4);
  for (let i = 0; i < syllables; i += 1)
    word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return word;
}

function typo(word: string, random: Random): string {
  const edits = word.length >= 8 && random.next() < 0.4 ? 2 : 1;
  let out = word;
  for (let e = 0; e < edits; e += 1) {
    const at = random.int(1, out.length - 2);
    const kind = random.int(0, 2);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 1)
      out = out.slice(0, at) + out.charAt(at + 1) + out.charAt(at) + out.slice(at + 2);
    else out = out.slice(0, at) + random.pick(['a', 'e', 'o', 'r', 's', 't']) + out.slice(at + 1);
  }
  return out;
}

/**
 * Writes a deterministic corpus of about `passages` passages in the corpus layout: the shipped
 * corpus (documents, operations, background) plus synthetic documents with Zipf-distributed
 * real and invented words, ~100-word passages, numbers in both formats, and planted passages
 * that only one query should find first.
 */
export function writeSyntheticCorpus(
  shippedDir: string,
  dir: string,
  passages: number,
  seed = 2026,
): SyntheticCorpus {
  const random = new Random(seed + passages);
  cpSync(shippedDir, dir, { recursive: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  const stop = [
    'the',
    'of',
    'and',
    'in',
    'to',
    'a',
    'was',
    'de',
    'het',
    'van',
    'een',
    'for',
    'on',
    'with',
    'by',
  ];
  const invented = new Set<string>();
  while (invented.size < SYNTHETIC_WORDS + PLANTED * 3) invented.add(syntheticWord(random));
  const inventedList = [...invented];
  // The last words are reserved: each appears only in its planted passage.
  const reserved = inventedList.slice(SYNTHETIC_WORDS);
  const vocabulary = [...stop, ...realWords(shippedDir), ...inventedList.slice(0, SYNTHETIC_WORDS)];
  const zipf = new Zipf(vocabulary.length, random);
  const word = (): string => vocabulary[zipf.next()] ?? 'the';

  const sentence = (): string => {
    const words = Array.from({ length: random.int(8, 20) }, word);
    if (random.next() < 0.15)
      words.splice(
        random.int(0, words.length - 1),
        0,
        random.pick(['2,7 ton', '550.000 euro', '1,200 kilos', '23', '2.5 million', '€7 000']),
      );
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const passage = (): string => Array.from({ length: random.int(4, 7) }, sentence).join(' ');

  const documents = Math.max(1, Math.round(passages / PASSAGES_PER_DOCUMENT));
  const plantEvery = Math.max(1, Math.floor(documents / PLANTED));
  const planted: PlantedPassage[] = [];
  for (let d = 0; d < documents; d += 1) {
    const id = `synthetic-report-${String(d).padStart(6, '0')}`;
    const paragraphs = Array.from({ length: PASSAGES_PER_DOCUMENT }, passage);
    if (d % plantEvery === 0 && planted.length < PLANTED) {
      const n = planted.length;
      const rare = reserved.slice(n * 3, n * 3 + 3);
      const phrase = rare.join(' ');
      const at = random.int(0, paragraphs.length - 1);
      paragraphs[at] = `${sentence()} Investigators traced the ${phrase} shipment. ${sentence()}`;
      const words = rare.slice(0, random.int(1, 3));
      const withTypo = random.next() < 0.3;
      const typed = withTypo ? words.map((w, i) => (i === 0 ? typo(w, random) : w)) : words;
      planted.push({ query: typed.join(' '), typo: withTypo, document: id, phrase });
    }
    const published = `20${String(10 + (d % 15)).padStart(2, '0')}-${String(1 + (d % 12)).padStart(2, '0')}`;
    const front = [
      '---',
      `id: ${id}`,
      `title: "Synthetic report ${d}"`,
      'publisher: "Benchmark Wire"',
      `published: '${published}'`,
      `url: https://example.org/reports/${d}`,
      'language: en',
      '---',
    ].join('\n');
    writeFileSync(join(dir, 'documents', `${id}.md`), `${front}\n${paragraphs.join('\n\n')}\n`);
  }
  // Beside the corpus, not in it: the loader reads only documents/, operations/ and background/.
  writeFileSync(join(dir, PLANTED_FILE), JSON.stringify(planted));
  return { dir, documents, planted };
}

const PLANTED_FILE = 'planted.json';

export function readPlanted(dir: string): PlantedPassage[] {
  return JSON.parse(readFileSync(join(dir, PLANTED_FILE), 'utf8')) as PlantedPassage[];
}
