export interface PdfLine {
  text: string;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
}

// Lines this close to a page's top or bottom are where running heads and footers live.
const EDGE_LINES = 3;
const PAGE_NUMBER =
  /^(?:(?:page|pagina|pag|blz|p|str|strana|stranica|strana br)\.?\s*)?[-–—(]?\s*\d{1,4}\s*(?:(?:\/|of|van|od|iz)\s*\d{1,4})?\s*[-–—)]?$/i;

/** A line's text with digits folded, so "Page 2 of 9" and "Page 3 of 9" count as one line. */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Lines repeated near the top or bottom of at least half the pages (two at least). */
function runningLines(pages: readonly PdfLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set(
      [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => shape(l.text)),
    );
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...seen].filter(([, n]) => n >= needed).map(([key]) => key));
}

function isFurniture(line: PdfLine, index: number, count: number, running: Set<string>): boolean {
  const atEdge = index < EDGE_LINES || index >= count - EDGE_LINES;
  if (!atEdge) return false;
  return PAGE_NUMBER.test(line.text) || running.has(shape(line.text));
}

const SENTENCE_END = /[.!?:;"”’)]$/;

/** Joins a line to the paragraph so far: a word hyphenated at the line's end is made whole. */
function join(paragraph: string, line: string): string {
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

/**
 * Page lines (top to bottom) to text: furniture dropped, lines joined into paragraphs. A new
 * paragraph starts after a gap taller than the usual line spacing, or after a short line that
 * ends a sentence; a paragraph broken by a page break is joined again.
 */
export function pdfPagesToText(pages: readonly PdfLine[][]): string {
  const running = runningLines(pages);
  const paragraphs: string[] = [];
  let open = '';
  let openEnded = true;
  for (const page of pages) {
    const lines = page.filter((line, i) => !isFurniture(line, i, page.length, running));
    const gaps = lines
      .slice(1)
      .map((line, i) => (lines[i]?.y ?? line.y) - line.y)
      .sort((a, b) => a - b);
    const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
    const widest = Math.max(0, ...lines.map((l) => l.text.length));
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const gap = previous === undefined ? 0 : previous.y - line.y;
      const continuesAcrossPage =
        previous === undefined && !openEnded && /^\p{Ll}/u.test(line.text);
      const breaks =
        open === '' ||
        (previous === undefined && !continuesAcrossPage) ||
        (previous !== undefined && gap > usual * 1.4) ||
        (previous !== undefined &&
          SENTENCE_END.test(previous.text) &&
          previous.text.length < widest * 0.7) ||
        /^[•\-–*]\s/.test(line.text);
      if (breaks) {
        if (open !== '') paragraphs.push(open);
        open = line.text;
      } else {
        open = join(open, line.text);
      }
      openEnded = SENTENCE_END.test(line.text);
    });
  }
  if (open !== '') paragraphs.push(open);
  return paragraphs.join('\n\n');
}
