/** What an extractor found in a source: the article's text and whatever metadata the source states. */
export interface ExtractedDocument {
  /** Paragraphs separated by blank lines; list items and table rows one per line. */
  text: string;
  title?: string;
  publisher?: string;
  /** ISO date at day, month or year precision. */
  published?: string;
  url?: string;
  /** The language the source declares (an HTML lang attribute), used only to settle sr/hr/bs. */
  languageHint?: string;
}

/** Collapses runs of spaces and tabs, keeps line breaks, trims each line. */
export function tidyLine(text: string): string {
  return text.replace(/[ \t\u00a0\u202f\u200b\r\n]+/g, ' ').trim();
}
