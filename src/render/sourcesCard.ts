import type { Engine } from '../engine/engine.ts';
import type { Answer } from './answer.ts';
import { describeSource } from './footnotes.ts';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', nl: 'Dutch' };

export function sourcesCard(engine: Engine): Answer {
  const documents = [...engine.corpus.documents.values()].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? ''),
  );
  const fields = documents.map((doc) => {
    const operations = engine.corpus.operations.filter((op) =>
      op.facts.some((f) => f.citation.document === doc.id),
    );
    const covers =
      operations.length === 0
        ? 'background analysis (no operation)'
        : operations.map((op) => op.name).join('; ');
    return {
      name: doc.publisher,
      value: `${describeSource(doc)}\nLanguage: ${LANGUAGE_NAMES[doc.language] ?? doc.language} · Covers: ${covers}`,
    };
  });
  const facts = engine.allFacts().length;
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: 'Sources',
      description: `${documents.length} documents, ${engine.corpus.operations.length} operations, ${facts} figures — every figure quoted verbatim from one of these.`,
      fields,
    },
    citations: [],
  };
}
