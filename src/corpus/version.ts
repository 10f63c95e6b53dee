import { createHash } from 'node:crypto';
import type { Corpus } from './types.ts';

/**
 * A content hash of the verified corpus: the same documents and facts give the same version,
 * whatever their files are called or where the corpus lies. Shown by /healthz after a reload and
 * the key of the answer cache. `documentsKey`, when the index cache has already hashed every
 * document, stands in for their text (so no document is decoded to compute it).
 */
export function corpusVersion(corpus: Corpus, documentsKey?: string): string {
  const hash = createHash('sha256');
  if (documentsKey !== undefined) {
    hash.update(documentsKey).update('\0');
  } else {
    const ids = [...corpus.documents.keys()].sort();
    for (const id of ids) {
      const doc = corpus.documents.get(id);
      if (doc === undefined) continue;
      hash.update(id).update('\0').update(doc.text).update('\0');
    }
  }
  for (const id of [...corpus.documents.keys()].sort()) {
    const doc = corpus.documents.get(id);
    if (doc === undefined) continue;
    const { title, publisher, published, url, language, note } = doc;
    hash.update(JSON.stringify({ id, title, publisher, published, url, language, note }));
  }
  const operations = corpus.operations.map(({ file: _file, ...op }) => op);
  hash.update(JSON.stringify(operations)).update('\0').update(JSON.stringify(corpus.background));
  return hash.digest('hex').slice(0, 16);
}
