import type { TextSpan, TextStore } from './textStore.ts';
import type { SourceDocument } from './types.ts';

/** A document's front matter, as the index cache saves it. */
export type DocumentMeta = Omit<SourceDocument, 'text'>;

/**
 * A copy of `value` that shares no memory with it. Parsers hand out slices of their input, and a
 * slice keeps its whole parent alive: a title sliced from a file would keep the file's text on
 * the heap, which is what the store exists to avoid.
 */
function detached(value: string): string {
  return Buffer.from(value, 'utf8').toString('utf8');
}

function detachedOptional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : detached(value);
}

/** The front matter with every string copied out of the file it was parsed from. */
export function detachedMeta(meta: DocumentMeta): DocumentMeta {
  return {
    id: detached(meta.id),
    title: detached(meta.title),
    publisher: detached(meta.publisher),
    published: detachedOptional(meta.published),
    url: detached(meta.url),
    language: detached(meta.language),
    note: detachedOptional(meta.note),
    file: detached(meta.file),
  };
}

/** A document whose text lives in a TextStore and is decoded when read. */
export class StoredDocument implements SourceDocument {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly published?: string | undefined;
  readonly url: string;
  readonly language: string;
  readonly note?: string | undefined;
  readonly file: string;

  constructor(
    meta: DocumentMeta,
    private readonly store: TextStore,
    readonly span: TextSpan,
  ) {
    this.id = meta.id;
    this.title = meta.title;
    this.publisher = meta.publisher;
    this.published = meta.published;
    this.url = meta.url;
    this.language = meta.language;
    this.note = meta.note;
    this.file = meta.file;
  }

  get text(): string {
    return this.store.read(this.span);
  }

  textAtBytes(start: number, end: number): string {
    return this.store.decode(this.span.offset + start, end - start);
  }

  meta(): DocumentMeta {
    const { id, title, publisher, published, url, language, note, file } = this;
    return { id, title, publisher, published, url, language, note, file };
  }
}
