import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { documentFrontMatterSchema, type DocumentFrontMatter } from '../corpus/schema.ts';
import { IngestError } from './errors.ts';

/** The ids the corpus's documents declare, so a new one never takes an existing id. */
function existingIds(documentsDir: string): Set<string> {
  const ids = new Set<string>();
  let names: string[];
  try {
    names = readdirSync(documentsDir).filter((name) => name.endsWith('.md'));
  } catch {
    return ids;
  }
  for (const name of names) {
    ids.add(name.slice(0, -'.md'.length));
    const head = readFileSync(join(documentsDir, name), 'utf8').slice(0, 2000);
    const id = /^id:\s*['"]?([a-z0-9-]+)/m.exec(head)?.[1];
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * Writes `<corpus>/documents/<id>.md`: the front matter the loader's schema requires, then the
 * text. An existing id is never overwritten.
 */
export function writeDocument(corpusDir: string, meta: DocumentFrontMatter, text: string): string {
  const parsed = documentFrontMatterSchema.safeParse(meta);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new IngestError(`the document's metadata is not valid: ${problems.join('; ')}`);
  }
  const dir = join(corpusDir, 'documents');
  if (existingIds(dir).has(meta.id)) {
    throw new IngestError(
      `a document with id "${meta.id}" already exists in ${dir}; it is never overwritten (choose another with --id)`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${meta.id}.md`);
  const frontMatter = stringify(parsed.data, { lineWidth: 0 }).trimEnd();
  try {
    // "wx": fails if the file appeared since the check
    writeFileSync(file, `---\n${frontMatter}\n---\n${text.trim()}\n`, { flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new IngestError(
        `${file} already exists; it is never overwritten (choose another id with --id)`,
      );
    }
    throw error;
  }
  return file;
}
