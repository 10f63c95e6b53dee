import type { Corpus } from '../../src/corpus/types.ts';
import { factRows, factsToCsv } from '../../src/export/facts.ts';
import { defineCommand, type Command } from '../../src/interactions/command.ts';
import { renderStatsChart } from '../../src/pictures/chart.ts';
import type { Answer, Attachment } from '../../src/render/answer.ts';

/** A real chart (the pictures module) of each operation's first arrests figure. */
export function arrestsChart(corpus: Corpus): Attachment {
  const bars = corpus.operations.flatMap((op) => {
    const fact = op.facts.find((f) => f.metric === 'arrests' && f.value !== undefined);
    return fact?.value === undefined
      ? []
      : [{ label: op.name, value: fact.value, scope: fact.scope }];
  });
  return renderStatsChart({ title: 'Arrests', unit: 'count', bars });
}

/** Every fact as CSV (the export module), as /export attaches it. */
export function factsCsv(corpus: Corpus): Attachment {
  return {
    name: 'facts.csv',
    description: 'Every fact of the corpus, one row each, with its quote and source',
    contentType: 'text/csv; charset=utf-8',
    data: Buffer.from(factsToCsv(factRows(corpus)), 'utf8'),
  };
}

function exhibit(corpus: Corpus, view: string, name: string): Answer {
  const files = view === 'card' ? [arrestsChart(corpus), factsCsv(corpus)] : [];
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: 'Exhibit',
      fields: [{ name: 'Files', value: `${files.length} attached` }],
    },
    citations: [],
    files,
    state: { command: name, key: 'all', view },
    otherViews: [{ view: view === 'card' ? 'plain' : 'card', label: 'Other view' }],
  };
}

function exhibitCommand(name: string, slow: boolean): Command {
  return defineCommand({
    name,
    description: {
      en: 'A test answer with a chart and a CSV',
      nl: 'Een testantwoord',
      hr: 'Probni odgovor',
    },
    options: {},
    example: `/${name}`,
    slow,
    run: (ctx) => exhibit(ctx.engine.corpus, 'card', name),
    view: (ctx, state) => exhibit(ctx.engine.corpus, state.view, name),
  });
}

/**
 * Test-only commands whose answers carry files, as /stats, /operation and /export will: one
 * answered at once (`/exhibit`), one deferred first (`/exhibit-later`). Their "Other view"
 * button switches to a view without files and back.
 */
export const EXHIBIT_COMMANDS: readonly Command[] = [
  exhibitCommand('exhibit', false),
  exhibitCommand('exhibit-later', true),
];
