import type { Citation, SourceDocument } from '../corpus/types.ts';
import type { Documents } from '../engine/types.ts';
import { formatIsoDate } from './dates.ts';

export function describeSource(doc: SourceDocument): string {
  const date = doc.published === undefined ? 'date unknown' : formatIsoDate(doc.published);
  return `${doc.publisher}, “${doc.title}”, ${date} — ${doc.url}`;
}

/** Numbers each cited document once, in order of first use, and collects the citations. */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly citations: Citation[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly documents: Documents) {}

  /** "[2]" for the citation's document; the citation joins the answer's list. */
  mark(citation: Citation): string {
    const key = `${citation.document}:${citation.start}:${citation.end}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.citations.push(citation);
    }
    let n = this.numbers.get(citation.document);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(citation.document, n);
    }
    return `[${n}]`;
  }

  /** How many documents have a number so far. */
  get count(): number {
    return this.numbers.size;
  }

  /** One line per document: "[1] Europol, “…”, 12 May 2023 — https://…". */
  lines(): string[] {
    return [...this.numbers.entries()].flatMap(([id, n]) => {
      const doc = this.documents.get(id);
      return doc === undefined ? [] : [`[${n}] ${describeSource(doc)}`];
    });
  }
}
