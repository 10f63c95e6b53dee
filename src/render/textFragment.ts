// Text Fragments (WICG, "URL Fragment Text Directives"): a link that makes the browser scroll to
// and highlight a quote. Syntax: `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`.

/** Quotes longer than this many words are matched by their first and last words. */
const MAX_EXACT_WORDS = 12;
const EDGE_WORDS = 5;

const DIRECTIVE_DELIMITER = ':~:';

/**
 * One directive parameter, percent-encoded: encodeURIComponent leaves only characters the spec
 * allows unescaped, except `-`, which the spec reserves for prefix/suffix and so must be escaped.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

export interface TextFragmentContext {
  /** Text right before the quote (same block), to tell apart repeated quotes. */
  prefix?: string;
  /** Text right after the quote (same block). */
  suffix?: string;
}

/** The `text=` directive for a quote, without the leading `:~:`. */
export function textDirective(
  quote: string,
  context: TextFragmentContext = {},
  edgeWords = EDGE_WORDS,
): string {
  const quoteWords = words(quote);
  if (quoteWords.length === 0) throw new Error('a text fragment needs a non-empty quote');
  const terms: string[] = [];
  const prefix = words(context.prefix ?? '').join(' ');
  if (prefix !== '') terms.push(`${encodeTextDirectiveTerm(prefix)}-`);
  if (quoteWords.length > Math.min(MAX_EXACT_WORDS, 2 * edgeWords + 2)) {
    terms.push(encodeTextDirectiveTerm(quoteWords.slice(0, edgeWords).join(' ')));
    terms.push(encodeTextDirectiveTerm(quoteWords.slice(-edgeWords).join(' ')));
  } else {
    terms.push(encodeTextDirectiveTerm(quoteWords.join(' ')));
  }
  const suffix = words(context.suffix ?? '').join(' ');
  if (suffix !== '') terms.push(`-${encodeTextDirectiveTerm(suffix)}`);
  return `text=${terms.join(',')}`;
}

/**
 * `url` with a text directive for `quote`. An existing `#fragment` is kept (the browser still
 * uses it when the quote is not found); an existing fragment directive is replaced.
 */
export function textFragmentUrl(
  url: string,
  quote: string,
  context: TextFragmentContext = {},
  edgeWords = EDGE_WORDS,
): string {
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt + 1);
  const directiveAt = fragment.indexOf(DIRECTIVE_DELIMITER);
  const kept = directiveAt === -1 ? fragment : fragment.slice(0, directiveAt);
  return `${base}#${kept}${DIRECTIVE_DELIMITER}${textDirective(quote, context, edgeWords)}`;
}

/**
 * The quote's link within `max` characters (Discord caps a link button's url at 512): the whole
 * fragment, else one matched by fewer start and end words, else the plain url; undefined when
 * even that is too long. A quote with no words links to the page.
 */
export function textFragmentUrlWithin(url: string, quote: string, max: number): string | undefined {
  if (words(quote).length > 0) {
    for (const edgeWords of [EDGE_WORDS, 3, 2]) {
      const linked = textFragmentUrl(url, quote, {}, edgeWords);
      if (linked.length <= max) return linked;
    }
  }
  return url.length <= max ? url : undefined;
}
