import { foldText } from '../text/normalize.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countries from 'i18n-iso-countries';

// Names in English, Dutch, the region's languages and the languages of the other countries that
// take part most often, from i18n-iso-countries (maintained, with Kosovo as XK).
const LANGUAGES = [
  'en',
  'nl',
  'sr',
  'hr',
  'bs',
  'sq',
  'mk',
  'sl',
  'bg',
  'ro',
  'tr',
  'hu',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'pl',
  'uk',
] as const;

// Each file is read from the package's folder, found once: a require per file resolved the
// package again for each (three quarters of the time these 19 small files took).
const localeFolder = dirname(
  createRequire(import.meta.url).resolve('i18n-iso-countries/langs/en.json'),
);
for (const language of LANGUAGES) {
  const path = join(localeFolder, `${language}.json`);
  countries.registerLocale(JSON.parse(readFileSync(path, 'utf8')) as countries.LocaleData);
}

/** What people still type that no locale holds: short forms, former names, demonyms. */
const EXTRA_ALIASES: Record<string, string[]> = {
  NL: ['Holland', 'Dutch', 'Nederland', 'NL'],
  GB: ['Britain', 'UK', 'British', 'England'],
  US: ['USA', 'America', 'American'],
  MK: [
    'Macedonia',
    'FYROM',
    'Macedonian',
    'Makedonija',
    'Sjeverna Makedonija',
    'Severna Makedonija',
  ],
  BA: ['Bosnia', 'BiH', 'Bosnian', 'Herzegovina', 'Bosna i Hercegovina'],
  XK: ['Kosova', 'Kosovar', 'Kosovo*'],
  TR: ['Turkey', 'Turkish', 'Turkiye'],
  CZ: ['Czech Republic', 'Czech'],
  RS: ['Serbian', 'Srbija'],
  HR: ['Croatian', 'Hrvatska'],
  ME: ['Montenegrin', 'Crna Gora'],
  AL: ['Albanian', 'Shqiperia'],
  SI: ['Slovenian', 'Slovene', 'Slovenija'],
  BG: ['Bulgarian'],
  RO: ['Romanian'],
  MD: ['Moldovan', 'Moldavia'],
  UA: ['Ukrainian'],
  DE: ['German', 'Deutschland'],
  FR: ['French'],
  ES: ['Spanish', 'Espana'],
  IT: ['Italian'],
  PT: ['Portuguese'],
  PL: ['Polish'],
  BE: ['Belgian', 'Belgie'],
  AT: ['Austrian'],
  GR: ['Greek', 'Hellas'],
  HU: ['Hungarian'],
  SE: ['Swedish'],
  LU: ['Luxembourgish'],
  CO: ['Colombian'],
  BR: ['Brazilian', 'Brasil'],
  EC: ['Ecuadorian'],
  PE: ['Peruvian'],
  AW: ['Aruban'],
};

/** Display names where the library's English name is not the one the sources use. */
const DISPLAY: Record<string, string> = {
  TR: 'Turkey',
  MK: 'North Macedonia',
  MD: 'Moldova',
  NL: 'Netherlands',
  US: 'United States',
  RU: 'Russia',
  CZ: 'Czechia',
};

export interface Country {
  code: string;
  name: string;
  names: string[];
}

function namesOf(code: string): string[] {
  const all = new Set<string>();
  for (const language of LANGUAGES) {
    for (const name of countries.getName(code, language, { select: 'all' }) ?? []) all.add(name);
  }
  for (const alias of EXTRA_ALIASES[code] ?? []) all.add(alias);
  return [...all];
}

function displayName(code: string): string {
  const fixed = DISPLAY[code];
  if (fixed !== undefined) return fixed;
  const english = countries.getName(code, 'en', { select: 'all' }) ?? [];
  return english.find((name) => !name.includes(',')) ?? english[0] ?? code;
}

let directory: Map<string, Country> | undefined;
/** Countries made one at a time before the whole directory was asked for (one object per code). */
const made = new Map<string, Country>();

function makeCountry(code: string): Country {
  let country = made.get(code);
  if (country === undefined) {
    country = { code, name: displayName(code), names: namesOf(code) };
    made.set(code, country);
  }
  return country;
}

/** Every ISO 3166-1 country (and Kosovo, XK) with its names in every language above. */
export function countryDirectory(): Map<string, Country> {
  if (directory !== undefined) return directory;
  directory = new Map();
  for (const code of Object.keys(countries.getAlpha2Codes()))
    directory.set(code, makeCountry(code));
  return directory;
}

/** One country; verifying a corpus asks for the few it names, not the whole directory. */
export function getCountry(code: string): Country | undefined {
  if (directory !== undefined) return directory.get(code);
  return Object.hasOwn(countries.getAlpha2Codes(), code) ? makeCountry(code) : undefined;
}

/** Words only, lower case, no diacritics, padded: " serbia and peru ". */
function wordsOf(text: string): string {
  return ` ${foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Whether the text names the country, in any of its languages, as whole words: the one rule
 * for "this quote names Serbia" (the loader) and "this figure's scope is about Serbia" (the engine).
 */
export function namesCountry(text: string, code: string): boolean {
  let needles = foldedNames.get(code);
  if (needles === undefined) {
    needles = (getCountry(code)?.names ?? []).map(wordsOf).filter((n) => n.trim() !== '');
    foldedNames.set(code, needles);
  }
  const haystack = wordsOf(text);
  return needles.some((needle) => haystack.includes(needle));
}

const foldedNames = new Map<string, string[]>();

const localNames = new Map<string, string | undefined>();

/**
 * The country's everyday name in a reply language (nl, hr), from the same maintained library:
 * the shortest of its names without a comma ("Servië", not "Republiek Servië").
 */
export function countryNameIn(code: string, language: 'nl' | 'hr'): string | undefined {
  const key = `${language}:${code}`;
  if (localNames.has(key)) return localNames.get(key);
  const names = (countries.getName(code, language, { select: 'all' }) ?? []).filter(
    (name) => !name.includes(','),
  );
  const shortest = names.reduce<string | undefined>(
    (best, name) => (best === undefined || name.length < best.length ? name : best),
    undefined,
  );
  localNames.set(key, shortest);
  return shortest;
}
