import { FACT_COLUMNS } from '../export/facts.ts';
import type { Answer, Attachment } from './answer.ts';
import { listOf } from './intl.ts';
import type { Locale } from './locale.ts';
import { MESSAGES, type Messages } from './messages.ts';

export interface ExportSummary {
  /** "Sky ECC takedown …", "Serbia", "All operations" (in the reader's language). */
  subject: string;
  facts: number;
  /** Names of the operations whose facts are in the files. */
  operations: readonly string[];
  /** Figures that belong to no operation (in an export of everything only). */
  background: number;
}

function formatNote(contentType: string, t: Messages['export']): string {
  if (contentType.startsWith('text/csv')) return t.csvNote;
  if (contentType === 'application/json') return t.jsonNote;
  return contentType;
}

/** What the attached files hold: how many facts, from which operations, in which columns. */
export function exportCard(
  summary: ExportSummary,
  files: readonly Attachment[],
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale].export;
  const { facts, operations, background } = summary;
  const from = listOf(
    [
      t.operationCount(operations.length),
      ...(background > 0 ? [t.backgroundCount(background)] : []),
    ],
    locale,
  );
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: t.title(summary.subject),
      description: t.description(facts, from, FACT_COLUMNS.join(', ')),
      fields: [
        ...(operations.length === 0
          ? []
          : [{ name: t.operations, value: operations.map((name) => `• ${name}`).join('\n') }]),
        {
          name: t.files,
          value: files
            .map((file) => `• \`${file.name}\` — ${formatNote(file.contentType, t)}`)
            .join('\n'),
        },
      ],
    },
    citations: [],
    files: [...files],
    locale,
  };
}
