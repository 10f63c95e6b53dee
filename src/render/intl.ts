import { INTL_TAG, type Locale } from './locale.ts';

// Lists and language names from the built-in Intl data, so each language joins and names them
// its own way ("a, b and c", "a, b en c", "a, b i c"; "Dutch", "Nederlands", "nizozemski").

const lists = new Map<Locale, Intl.ListFormat>();
const languages = new Map<Locale, Intl.DisplayNames>();

/** "the place and the scope": items joined as the language joins a list. */
export function listOf(items: readonly string[], locale: Locale): string {
  let format = lists.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
    lists.set(locale, format);
  }
  return format.format(items);
}

/** A document's language code ("nl") as the reader's language names it. */
export function languageName(code: string, locale: Locale): string {
  let names = languages.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'language', fallback: 'code' });
    languages.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a well-formed language tag: show it as written.
    return code;
  }
}
