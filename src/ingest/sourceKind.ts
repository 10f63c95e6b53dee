import { extname } from 'node:path';
import { IngestError } from './errors.ts';

export type SourceKind = 'html' | 'pdf' | 'text';

/** What a file holds, by its extension. */
export function kindOfFile(path: string): SourceKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.txt' || ext === '.md') return 'text';
  throw new IngestError(
    `cannot read "${path}": unsupported file type "${ext || '(none)'}" (use .html, .htm, .pdf, .txt or .md)`,
  );
}

/** What a response holds, by its Content-Type; undefined for anything else. */
export function kindOfContentType(contentType: string): SourceKind | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return undefined;
}
