// Quotes are matched with whitespace runs and typographic quotes folded, then mapped back to
// the exact characters of the document, so a citation always shows the source's own text.

const TYPOGRAPHIC: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
};

interface Folded {
  text: string;
  /** For each folded character, the index of the original character it came from. */
  origin: number[];
}

function foldForQuote(input: string): Folded {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < input.length; i += 1) {
    const ch = input.charAt(i);
    if (/\s/.test(ch)) {
      if (!inSpace) {
        text += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += TYPOGRAPHIC[ch] ?? ch;
    origin.push(i);
  }
  return { text, origin };
}

export interface QuoteSpan {
  start: number;
  end: number;
}

const cache = new WeakMap<object, Folded>();

/** Where `quote` stands in `documentText`, or undefined when it is not there verbatim. */
export function locateQuote(
  documentText: string,
  quote: string,
  key?: object,
): QuoteSpan | undefined {
  let folded = key === undefined ? undefined : cache.get(key);
  if (folded === undefined) {
    folded = foldForQuote(documentText);
    if (key !== undefined) cache.set(key, folded);
  }
  const needle = foldForQuote(quote.trim()).text;
  if (needle.length === 0) return undefined;
  const at = folded.text.indexOf(needle);
  if (at < 0) return undefined;
  const start = folded.origin[at];
  const last = folded.origin[at + needle.length - 1];
  if (start === undefined || last === undefined) return undefined;
  return { start, end: last + 1 };
}
