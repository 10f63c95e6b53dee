import { parseArgs } from 'node:util';
import { corpusDirFromEnv } from '../config.ts';
import { addDocument, type AddOptions } from '../ingest/addDocument.ts';
import { IngestError } from '../ingest/errors.ts';

// `corpus:add <file-or-url> [--url URL] [--id ID] [--title T] [--publisher P] [--published DATE]
// [--language CODE] [--retrieved YYYY-MM-DD] [--json]`: adds one document to CORPUS_DIR.
const USAGE =
  'usage: npm run corpus:add -- <file-or-url> [--url URL] [--id ID] [--title T] [--publisher P] [--published YYYY[-MM[-DD]]] [--language CODE] [--retrieved YYYY-MM-DD] [--json]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      language: { type: 'string' },
      retrieved: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0) throw new IngestError(USAGE);
  const { json, ...flags } = values;
  const options: AddOptions = Object.fromEntries(
    Object.entries(flags).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const added = await addDocument(corpusDirFromEnv(), source, options);
  if (json) {
    const { id, file, title, publisher, published, retrieved, language, url, passages } = added;
    const report = {
      id,
      file,
      title,
      publisher,
      published: published ?? null,
      retrieved,
      language,
      url,
      passages,
    };
    console.log(JSON.stringify(report));
  } else {
    console.log(
      `added ${added.id} (${added.language}, ${added.passages} passages) to ${added.file}\n` +
        `next: npm run facts:suggest -- ${added.id} --write`,
    );
  }
}

main().catch((error: unknown) => {
  if (!(error instanceof IngestError) && !(error instanceof TypeError)) throw error;
  console.error(`corpus:add: ${error.message}`);
  process.exitCode = 1;
});
