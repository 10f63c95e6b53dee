import type { AnswerResult } from '../claims/types.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer } from './answer.ts';
import { askData } from './answerData.ts';
import { factLine, factLines, refsOf } from './factViews.ts';
import { Footnotes } from './footnotes.ts';
import { escapeMarkdown, escapeUserText } from './markdown.ts';
import { evidenceLabel, verdictHeading } from './verdicts.ts';

// /ask and mentions: the figure(s) that answer the question, most direct first, each with its
// scope and quote; "the sources do not say" with nearby figures (no quotes: they are not the
// answer); or a question back listing the operations to choose from.

function title(result: AnswerResult): string {
  switch (result.kind) {
    case 'answer':
      return result.verdict === undefined ? 'What the sources say' : verdictHeading(result.verdict);
    case 'not-in-sources':
      return '❔ The sources do not say';
    case 'clarify':
      return '❓ Which operation?';
  }
}

function body(result: AnswerResult, notes: Footnotes): string[] {
  const facts = refsOf(result.refs, result.facts);
  const related = refsOf(result.refs, result.related);
  switch (result.kind) {
    case 'answer': {
      const lines = factLines(facts, notes, true);
      // A yes/no question about a claim: the facts are support, or the right figures.
      if (result.verdict !== undefined) lines.unshift(evidenceLabel(result.verdict, facts.length));
      return lines;
    }
    case 'not-in-sources': {
      const unknown = result.parsed.unknownOperation;
      const lines = [
        unknown === undefined
          ? 'Nothing in the sources answers this.'
          : `The sources hold no operation called “${escapeUserText(unknown, 60)}”.`,
      ];
      if (related.length > 0) {
        lines.push(
          '**What they do say nearby (not an answer):**',
          ...factLines(related, notes, false),
        );
      }
      return lines;
    }
    case 'clarify':
      return [
        'The sources give this figure for several operations. Ask again naming one of them:',
        ...result.operations.map((op) => {
          const own = facts.filter((r) => r.view.operation === op.id).slice(0, 1);
          const figure = own.map((r) => `\n  ${factLine(r, notes, false)}`).join('');
          return `• **${escapeMarkdown(op.name)}**${figure}`;
        }),
      ];
  }
}

export function askAnswer(result: AnswerResult, documents: Documents): Answer {
  const notes = new Footnotes(documents);
  const description = [
    `**Question:** ${escapeUserText(result.question, 300)}`,
    ...body(result, notes),
  ].join('\n');
  const sources = notes.lines();
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: title(result),
      description,
      fields: sources.length === 0 ? [] : [{ name: 'Sources', value: sources.join('\n') }],
    },
    citations: notes.citations,
    data: askData(result),
  };
}
