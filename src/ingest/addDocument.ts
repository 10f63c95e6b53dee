import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { splitPassages } from '../corpus/passages.ts';
import type { DocumentFrontMatter } from '../corpus/schema.ts';
import { writeDocument } from './documentFile.ts';
import { IngestError } from './errors.ts';
import type { ExtractedDocument } from './extracted.ts';
import { DEFAULT_FETCH_LIMITS, fetchSource, type FetchLimits } from './fetchSource.ts';
import { extractHtml } from './html.ts';
import { detectLanguage } from './language.ts';
import { extractPdf } from './pdf.ts';
import { extractPlainText } from './plainText.ts';
import { documentId } from './slug.ts';
import { kindOfFile, type SourceKind } from './sourceKind.ts';

/** What the curator states on the command line; each one wins over what the source says. */
export interface AddOptions {
  url?: string;
  id?: string;
  title?: string;
  publisher?: string;
  published?: string;
  language?: string;
  /** The day the source was fetched or read (YYYY-MM-DD); today when not given. */
  retrieved?: string;
}

export interface AddedDocument {
  id: string;
  file: string;
  title: string;
  publisher: string;
  published?: string;
  retrieved: string;
  language: string;
  url: string;
  passages: number;
}

/** Today as YYYY-MM-DD in UTC: the day a source is fetched or read. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function extract(kind: SourceKind, body: Uint8Array): Promise<ExtractedDocument> {
  if (kind === 'pdf') {
    // pdf.js wants a plain Uint8Array it may take over, not a Buffer
    return extractPdf(new Uint8Array(body)).catch((error: unknown) => {
      throw new IngestError(
        `cannot read the PDF: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
  const text = new TextDecoder('utf-8').decode(body);
  return kind === 'html' ? extractHtml(text) : extractPlainText(text);
}

async function readSource(
  source: string,
  limits: FetchLimits,
): Promise<{ extracted: ExtractedDocument; fetchedUrl?: string; file?: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^(file|ftp|data|javascript):/i.test(source)) {
    const fetched = await fetchSource(source, limits);
    return { extracted: await extract(fetched.kind, fetched.body), fetchedUrl: fetched.url };
  }
  const kind = kindOfFile(source);
  let body: Buffer;
  try {
    body = readFileSync(source);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new IngestError(`cannot read "${source}": ${reason}`);
  }
  return { extracted: await extract(kind, body), file: basename(source) };
}

function required(value: string | undefined, what: string, flag: string): string {
  if (value === undefined || value.trim() === '') {
    throw new IngestError(`the source does not state its ${what}: pass ${flag}`);
  }
  return value.trim();
}

/**
 * Adds a document to the corpus from a file or an http(s) URL: the text extracted, the metadata
 * taken from the source where it states it and from `options`, which win. A value the source
 * does not state and no option gives is left out when the corpus allows it (published) and
 * asked for otherwise — never guessed.
 */
export async function addDocument(
  corpusDir: string,
  source: string,
  options: AddOptions = {},
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<AddedDocument> {
  const { extracted, fetchedUrl, file } = await readSource(source, limits);
  if (extracted.text.trim().length === 0) throw new IngestError(`no text found in "${source}"`);
  const title = required(options.title ?? extracted.title, 'title', '--title');
  const publisher = required(options.publisher ?? extracted.publisher, 'publisher', '--publisher');
  const url = required(options.url ?? extracted.url ?? fetchedUrl, 'URL', '--url');
  const language = required(
    options.language ?? detectLanguage(extracted.text, extracted.languageHint),
    'language (it could not be detected with confidence)',
    '--language',
  );
  const id = options.id ?? documentId(publisher, title);
  const published = options.published ?? extracted.published;
  const retrieved = options.retrieved ?? today();

  const meta: DocumentFrontMatter = {
    id,
    title,
    publisher,
    ...(published === undefined ? {} : { published }),
    url,
    retrieved,
    language,
    ...(file === undefined ? {} : { source_file: file }),
  };
  const written = writeDocument(corpusDir, meta, extracted.text);
  const added: AddedDocument = {
    id,
    file: written,
    title,
    publisher,
    retrieved,
    language,
    url,
    passages: splitPassages(id, extracted.text.trim()).length,
  };
  if (published !== undefined) added.published = published;
  return added;
}
