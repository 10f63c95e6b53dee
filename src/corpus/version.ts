import { createHash } from 'node:crypto';
import type { Corpus } from './types.ts';

/**
 * A content hash of the verified corpus: the same documents and facts give the same version,
 * whatever their files are called or where the corpus lies. Shown by /healthz after a reload.
 */
export function corpusVersion(corpus: Corpus): string {
  const hash = createHash('sha256');
  const ids = [...corpus.documents.keys()].sort();
  for (const id of ids) {
    const doc = corpus.documents.get(id);
    if (doc === undefined) continue;
    const { file: _file, text, ...meta } = doc;
    hash.update(JSON.stringify(meta)).update('\0').update(text).update('\0');
  }
  const operations = corpus.operations.map(({ file: _file, ...op }) => op);
  hash.update(JSON.stringify(operations)).update('\0').update(JSON.stringify(corpus.background));
  return hash.digest('hex').slice(0, 16);
}
