import { loadCorpus, loadDrafts } from '../corpus/loadCorpus.ts';
import { CorpusError } from '../corpus/errors.ts';
import { corpusDirFromEnv } from '../config.ts';

const dir = process.argv[2] ?? corpusDirFromEnv();
try {
  const corpus = loadCorpus(dir);
  const facts = corpus.operations.reduce((n, op) => n + op.facts.length, corpus.background.length);
  const drafts = loadDrafts(corpus);
  const draftFacts = drafts.reduce((n, op) => n + op.facts.length, 0);
  console.log(
    `corpus ok: ${corpus.documents.size} documents, ${corpus.passages.length} passages, ` +
      `${corpus.operations.length} operations, ${facts} facts` +
      (drafts.length > 0 ? `, ${drafts.length} drafts with ${draftFacts} facts` : '') +
      ', every quote verified',
  );
} catch (error) {
  if (!(error instanceof CorpusError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
