import { parseArgs } from 'node:util';
import { corpusDirFromEnv } from '../config.ts';
import { CorpusError } from '../corpus/errors.ts';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import { writeDraft } from '../ingest/draft.ts';
import { IngestError } from '../ingest/errors.ts';
import { suggestFacts } from '../ingest/suggest.ts';

// `facts:suggest <document-id> [--json] [--write]`: a fact proposed for every figure in a
// document of CORPUS_DIR; --write drafts an operation file into <CORPUS_DIR>/drafts/.
const USAGE = 'usage: npm run facts:suggest -- <document-id> [--json] [--write]';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
  });
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) throw new IngestError(USAGE);
  const dir = corpusDirFromEnv();
  const doc = loadCorpus(dir).documents.get(id);
  if (doc === undefined) throw new IngestError(`no document "${id}" in ${dir}/documents`);
  const suggestions = suggestFacts(doc);
  if (values.json) {
    console.log(
      JSON.stringify(
        suggestions.map((s) => ({ ...s, metric: s.metric ?? null, scope: s.scope ?? null })),
      ),
    );
  } else {
    for (const s of suggestions) {
      const where = s.countries.length > 0 ? ` [${s.countries.join(', ')}]` : '';
      console.log(
        `${s.id}: ${s.qualifier === 'exact' ? '' : `${s.qualifier} `}${s.value} ${s.unit} ${s.label}` +
          ` (${s.metric ?? 'no metric'}${s.scope === undefined ? '' : `, ${s.scope}`})${where}\n    "${s.quote}"`,
      );
    }
  }
  if (values.write) {
    const file = writeDraft(dir, doc, suggestions);
    (values.json ? console.error : console.log)(
      `draft written to ${file}; check it with npm run corpus:check`,
    );
  }
}

try {
  main();
} catch (error) {
  if (
    !(error instanceof IngestError) &&
    !(error instanceof CorpusError) &&
    !(error instanceof TypeError)
  )
    throw error;
  console.error(`facts:suggest: ${error.message}`);
  process.exitCode = 1;
}
