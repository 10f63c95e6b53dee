export interface Passage {
  /** `<document>#<n>`, stable while the document does not change. */
  id: string;
  document: string;
  start: number;
  end: number;
  text: string;
}

const MAX_PASSAGE = 1200;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return lines;
}

/** A heading or a list item: short and without a sentence's end, it belongs with its neighbours. */
function isFragment(line: Line): boolean {
  return line.text.length < 90 && !/[.!?”"]$/.test(line.text);
}

/**
 * Paragraph-sized passages with their offsets in the document. Headings join the paragraph they
 * introduce and list items join the line that announces them ("…including:"), so a passage
 * reads on its own.
 */
export function splitPassages(documentId: string, text: string): Passage[] {
  const passages: Passage[] = [];
  let open: { start: number; end: number; listing: boolean; fragment: boolean } | undefined;
  const close = (): void => {
    if (open === undefined) return;
    passages.push({
      id: `${documentId}#${passages.length + 1}`,
      document: documentId,
      start: open.start,
      end: open.end,
      text: text.slice(open.start, open.end),
    });
    open = undefined;
  };
  for (const line of linesOf(text)) {
    const fragment = isFragment(line);
    const joins =
      open !== undefined &&
      line.end - open.start <= MAX_PASSAGE &&
      (open.fragment || (open.listing && (fragment || /^[•\-*]/.test(line.text))));
    if (joins && open !== undefined) {
      open.end = line.end;
      open.listing = open.listing || line.text.endsWith(':');
      open.fragment = fragment && !open.listing;
    } else {
      close();
      open = { start: line.start, end: line.end, listing: line.text.endsWith(':'), fragment };
    }
  }
  close();
  return passages;
}

/** What a passage table needs of a document: its id and its text (possibly decoded on demand). */
export interface PassageSourceDocument {
  readonly id: string;
  readonly text: string;
  /** The document's language code (en, nl, sr-Cyrl, …), when known. */
  readonly language?: string;
  /**
   * The text between two UTF-8 byte offsets, decoded alone — for documents stored as UTF-8,
   * so a passage is read without decoding its whole document.
   */
  textAtBytes?(start: number, end: number): string;
}

/** Passages' offsets in their document's UTF-8 bytes, for documents stored as UTF-8. */
export interface ByteColumns {
  byteStarts: Int32Array;
  byteEnds: Int32Array;
}

/** The UTF-8 byte offsets of passage boundaries (ascending, never inside a character). */
export function utf8Offsets(
  text: string,
  spans: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  // ASCII text: a character is a byte.
  if (!/[\u0080-\uffff]/.test(text)) return spans.map(({ start, end }) => ({ start, end }));
  let char = 0;
  let byte = 0;
  const at = (offset: number): number => {
    byte += Buffer.byteLength(text.slice(char, offset), 'utf8');
    char = offset;
    return byte;
  };
  return spans.map(({ start, end }) => ({ start: at(start), end: at(end) }));
}

/**
 * Every passage of a corpus as flat columns (document, start, end) instead of one object each:
 * a million passages cost 12 MB of typed arrays rather than a million heap objects for the
 * garbage collector to walk. A `Passage` object is made only for the passages a query shows.
 */
export class PassageTable implements Iterable<Passage> {
  private constructor(
    private readonly docs: readonly PassageSourceDocument[],
    /** Per document, the index of its first passage; one extra entry closes the last. */
    readonly firstOfDocument: Int32Array,
    readonly documentOf: Int32Array,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly bytes?: ByteColumns,
  ) {}

  /** Splits every document into passages (the documents' order is the passages' order). */
  static split(documents: Iterable<PassageSourceDocument>): PassageTable {
    const docs = [...documents];
    const builder = new PassageTableBuilder();
    for (const doc of docs) builder.add(splitPassages(doc.id, doc.text));
    return builder.finish(docs);
  }

  /** A table over columns read back from a saved index; they are checked to fit the documents. */
  static fromColumns(
    docs: readonly PassageSourceDocument[],
    columns: {
      firstOfDocument: Int32Array;
      starts: Int32Array;
      ends: Int32Array;
      bytes?: ByteColumns | undefined;
    },
  ): PassageTable {
    const { firstOfDocument, starts, ends, bytes } = columns;
    const total = starts.length;
    if (
      firstOfDocument.length !== docs.length + 1 ||
      ends.length !== total ||
      (bytes !== undefined &&
        (bytes.byteStarts.length !== total || bytes.byteEnds.length !== total))
    )
      throw new Error('passage columns do not fit the documents');
    const documentOf = new Int32Array(total);
    for (let d = 0; d < docs.length; d += 1) {
      const from = firstOfDocument[d] ?? 0;
      const to = firstOfDocument[d + 1] ?? 0;
      if (from > to || to > total) throw new Error('passage columns are out of order');
      documentOf.fill(d, from, to);
    }
    if (firstOfDocument[docs.length] !== total) throw new Error('passage columns are truncated');
    return new PassageTable(docs, firstOfDocument, documentOf, starts, ends, bytes);
  }

  get length(): number {
    return this.starts.length;
  }

  get documentCount(): number {
    return this.docs.length;
  }

  document(d: number): PassageSourceDocument {
    const doc = this.docs[d];
    if (doc === undefined) throw new RangeError(`no document ${d}`);
    return doc;
  }

  /** The passage's text: only its own bytes decoded when it can, else its document's sliced. */
  text(i: number): string {
    const doc = this.document(this.documentOf[i] ?? -1);
    if (this.bytes !== undefined && doc.textAtBytes !== undefined)
      return doc.textAtBytes(this.bytes.byteStarts[i] ?? 0, this.bytes.byteEnds[i] ?? 0);
    return doc.text.slice(this.starts[i], this.ends[i]);
  }

  at(i: number): Passage {
    const d = this.documentOf[i];
    if (d === undefined) throw new RangeError(`no passage ${i}`);
    const doc = this.document(d);
    const start = this.starts[i] ?? 0;
    const end = this.ends[i] ?? 0;
    return {
      id: `${doc.id}#${i - (this.firstOfDocument[d] ?? 0) + 1}`,
      document: doc.id,
      start,
      end,
      text: this.text(i),
    };
  }

  *[Symbol.iterator](): Iterator<Passage> {
    for (let i = 0; i < this.length; i += 1) yield this.at(i);
  }
}

/** Collects passages one document at a time, for loaders that stream documents. */
export class PassageTableBuilder {
  private readonly first: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly byteStarts: number[] = [];
  private readonly byteEnds: number[] = [];

  /** The next document's passages, in order, with their UTF-8 offsets when it is so stored. */
  add(
    spans: readonly { start: number; end: number }[],
    bytes?: readonly { start: number; end: number }[],
  ): void {
    this.first.push(this.starts.length);
    for (const { start, end } of spans) {
      this.starts.push(start);
      this.ends.push(end);
    }
    for (const { start, end } of bytes ?? []) {
      this.byteStarts.push(start);
      this.byteEnds.push(end);
    }
  }

  /**
   * The next document's passages from packed spans: per passage four numbers (start, end,
   * UTF-8 byte start, byte end), its passages being numbers [first, first + count).
   */
  addSpans(spans: ArrayLike<number>, first: number, count: number): void {
    this.first.push(this.starts.length);
    for (let p = first; p < first + count; p += 1) {
      this.starts.push(spans[4 * p] ?? 0);
      this.ends.push(spans[4 * p + 1] ?? 0);
      this.byteStarts.push(spans[4 * p + 2] ?? 0);
      this.byteEnds.push(spans[4 * p + 3] ?? 0);
    }
  }

  finish(docs: readonly PassageSourceDocument[]): PassageTable {
    const complete = this.byteStarts.length === this.starts.length && this.starts.length > 0;
    return PassageTable.fromColumns(docs, {
      firstOfDocument: Int32Array.from([...this.first, this.starts.length]),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
      bytes: complete
        ? { byteStarts: Int32Array.from(this.byteStarts), byteEnds: Int32Array.from(this.byteEnds) }
        : undefined,
    });
  }
}
