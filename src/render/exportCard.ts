import { FACT_COLUMNS } from '../export/facts.ts';
import type { Answer, Attachment } from './answer.ts';

export interface ExportSummary {
  /** "Sky ECC takedown …", "Serbia", "all operations". */
  subject: string;
  facts: number;
  /** Names of the operations whose facts are in the files. */
  operations: readonly string[];
  /** Figures that belong to no operation (in an export of everything only). */
  background: number;
}

const FORMAT_NOTES: Record<string, string> = {
  'text/csv; charset=utf-8':
    'CSV, UTF-8 with a byte order mark: opens in Excel and LibreOffice with č, ë and Cyrillic intact',
  'application/json': 'JSON, an array of objects with the same fields',
};

/** What the attached files hold: how many facts, from which operations, in which columns. */
export function exportCard(summary: ExportSummary, files: readonly Attachment[]): Answer {
  const { facts, operations, background } = summary;
  const from = [
    `${operations.length} operation${operations.length === 1 ? '' : 's'}`,
    ...(background > 0 ? [`${background} background figure${background === 1 ? '' : 's'}`] : []),
  ].join(' and ');
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: `Facts — ${summary.subject}`,
      description: `${facts} fact${facts === 1 ? '' : 's'} from ${from}, one row each, every one with its verbatim quote and source link. Columns: ${FACT_COLUMNS.join(', ')}.`,
      fields: [
        ...(operations.length === 0
          ? []
          : [{ name: 'Operations', value: operations.map((name) => `• ${name}`).join('\n') }]),
        {
          name: 'Files',
          value: files
            .map(
              (file) =>
                `• \`${file.name}\` — ${FORMAT_NOTES[file.contentType] ?? file.contentType}`,
            )
            .join('\n'),
        },
      ],
    },
    citations: [],
    files: [...files],
  };
}
