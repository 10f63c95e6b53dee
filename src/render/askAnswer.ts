import type { AnswerResult } from '../claims/types.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer } from './answer.ts';
import { askData } from './answerData.ts';
import { factLine, factLines, refsOf } from './factViews.ts';
import { Footnotes } from './footnotes.ts';
import type { Locale } from './locale.ts';
import { escapeMarkdown, escapeUserText } from './markdown.ts';
import { MESSAGES } from './messages.ts';
import { evidenceLabel, verdictHeading } from './verdicts.ts';

// /ask and mentions: the figure(s) that answer the question, most direct first, each with its
// scope and quote; "the sources do not say" with nearby figures (no quotes: they are not the
// answer); or a question back listing the operations to choose from.

function title(result: AnswerResult, locale: Locale): string {
  const t = MESSAGES[locale].ask;
  switch (result.kind) {
    case 'answer':
      return result.verdict === undefined ? t.answer : verdictHeading(result.verdict, [], locale);
    case 'not-in-sources':
      return `❔ ${t.notInSources}`;
    case 'clarify':
      return `❓ ${t.clarify}`;
  }
}

function body(result: AnswerResult, notes: Footnotes, locale: Locale): string[] {
  const t = MESSAGES[locale];
  const facts = refsOf(result.refs, result.facts);
  const related = refsOf(result.refs, result.related);
  switch (result.kind) {
    case 'answer': {
      const lines = factLines(facts, notes, true, locale);
      // A yes/no question about a claim: the facts are support, or the right figures.
      if (result.verdict !== undefined) {
        lines.unshift(evidenceLabel(result.verdict, facts.length, locale));
      }
      return lines;
    }
    case 'not-in-sources': {
      const unknown = result.parsed.unknownOperation;
      const lines = [
        unknown === undefined ? t.ask.nothing : t.verdicts.noOperation(escapeUserText(unknown, 60)),
      ];
      if (related.length > 0) {
        lines.push(`**${t.ask.nearby}**`, ...factLines(related, notes, false, locale));
      }
      return lines;
    }
    case 'clarify':
      return [
        t.ask.askAgain,
        ...result.operations.map((op) => {
          const own = facts.filter((r) => r.view.operation === op.id).slice(0, 1);
          const figure = own.map((r) => `\n  ${factLine(r, notes, locale, false)}`).join('');
          return `• **${escapeMarkdown(op.name)}**${figure}`;
        }),
      ];
  }
}

export function askAnswer(
  result: AnswerResult,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const description = [
    `**${t.ask.question}:** ${escapeUserText(result.question, 300)}`,
    ...body(result, notes, locale),
  ].join('\n');
  const sources = notes.lines();
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: title(result, locale),
      description,
      fields: sources.length === 0 ? [] : [{ name: t.sources, value: sources.join('\n') }],
    },
    citations: notes.citations,
    data: askData(result),
    locale,
  };
}
