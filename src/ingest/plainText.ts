import { dateInOpening } from './dates.ts';
import { tidyLine, type ExtractedDocument } from './extracted.ts';
import { foldWithOffsets } from './foldedText.ts';

/**
 * A text or Markdown file, kept as written (line endings and trailing spaces normalised). Its
 * title is a first line that reads as one — a Markdown heading, or a short line without a
 * sentence's end followed by a blank line — and its date the first full date in its opening.
 */
export function extractPlainText(raw: string): ExtractedDocument {
  const text = raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const found: ExtractedDocument = { text };
  const [first = '', second] = text.split('\n');
  const heading = /^#{1,3}\s+(.+)$/.exec(first)?.[1];
  if (heading !== undefined) found.title = tidyLine(heading);
  else if (
    first.length <= 160 &&
    !/[.!?,;:]$/.test(first) &&
    (second === undefined || second === '')
  ) {
    found.title = tidyLine(first);
  }
  const published = dateInOpening(foldWithOffsets(text));
  if (published !== undefined) found.published = published;
  return found;
}
