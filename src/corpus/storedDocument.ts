import type { TextSpan, TextStore } from './textStore.ts';
import type { SourceDocument } from './types.ts';

/** A document's front matter, as the index cache saves it. */
export type DocumentMeta = Omit<SourceDocument, 'text'>;

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

  meta(): DocumentMeta {
    const { id, title, publisher, published, url, language, note, file } = this;
    return { id, title, publisher, published, url, language, note, file };
  }
}
