import type { SourcesOverview } from '../engine/types.ts';
import type { Answer } from './answer.ts';
import { describeSource } from './footnotes.ts';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', nl: 'Dutch' };

export function sourcesCard(overview: SourcesOverview): Answer {
  const fields = overview.documents.map(({ document, operations }) => {
    const covers =
      operations.length === 0
        ? 'background analysis (no operation)'
        : operations.map((op) => op.name).join('; ');
    return {
      name: document.publisher,
      value: `${describeSource(document)}\nLanguage: ${LANGUAGE_NAMES[document.language] ?? document.language} · Covers: ${covers}`,
    };
  });
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: 'Sources',
      description: `${overview.documents.length} documents, ${overview.operations} operations, ${overview.facts} figures — every figure quoted verbatim from one of these.`,
      fields,
    },
    citations: [],
  };
}
