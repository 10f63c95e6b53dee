import type { Answer } from './answer.ts';
import { listOf } from './intl.ts';
import type { Locale } from './locale.ts';
import { escapeUserText } from './markdown.ts';
import { MESSAGES } from './messages.ts';

/**
 * Everything that can stop an answer, as data. Commands, the dispatcher and the console build
 * these; `problemAnswer` is the one place their text is written.
 */
export type Problem =
  | { kind: 'empty-line' }
  | { kind: 'not-a-command' }
  | { kind: 'takes-no-text'; command: string; options: readonly string[] }
  | { kind: 'unknown-command'; name: string; known: readonly string[] }
  | { kind: 'unknown-option'; command: string; option: string; known: readonly string[] }
  | { kind: 'missing-option'; command: string; option: string; example: string }
  | { kind: 'too-long'; option: string; length: number; max: number }
  | { kind: 'operation-not-found'; query: string; suggestions: readonly string[] }
  | {
      kind: 'operation-ambiguous';
      query: string;
      candidates: readonly { id: string; name: string }[];
    }
  | { kind: 'country-not-found'; query: string; suggestions: readonly string[] }
  | { kind: 'country-not-mentioned'; country: string }
  | { kind: 'no-passage'; query: string }
  | { kind: 'no-claims'; text: string }
  | { kind: 'not-a-metric'; query: string; known: readonly string[] }
  | { kind: 'no-events'; subject: string }
  | { kind: 'same-operation'; name: string }
  | { kind: 'not-a-format'; query: string; known: readonly string[] }
  | { kind: 'export-too-large'; megabytes: number; maxMegabytes: number }
  | { kind: 'button-expired' }
  | { kind: 'view-gone' }
  | { kind: 'unexpected' };

function text(problem: Problem, locale: Locale): string {
  const t = MESSAGES[locale].problems;
  switch (problem.kind) {
    case 'empty-line':
      return t.emptyLine;
    case 'not-a-command':
      return t.notACommand;
    case 'takes-no-text':
      return t.takesNoText(problem.command, problem.options);
    case 'unknown-command':
      return t.unknownCommand(
        escapeUserText(problem.name, 40),
        problem.known.map((n) => `/${n}`).join(', '),
      );
    case 'unknown-option':
      return t.unknownOption(problem.command, escapeUserText(problem.option, 40), problem.known);
    case 'missing-option':
      return t.missingOption(problem.command, problem.option, problem.example);
    case 'too-long':
      return t.tooLong(problem.option, problem.length, problem.max);
    case 'operation-not-found':
      return [
        t.operationNotFound(escapeUserText(problem.query)),
        ...problem.suggestions.map((name) => `• ${name}`),
      ].join('\n');
    case 'operation-ambiguous':
      return [
        t.operationAmbiguous(escapeUserText(problem.query)),
        ...problem.candidates.map((op) => `• **${op.name}** — \`/operation ${op.id}\``),
      ].join('\n');
    case 'country-not-found': {
      const names = problem.suggestions.map((name) => `**${name}**`);
      const hint = names.length > 0 ? t.didYouMean(listOf(names, locale)) : t.countryHint;
      return `${t.countryNotFound(escapeUserText(problem.query))} ${hint}`;
    }
    case 'country-not-mentioned':
      return t.countryNotMentioned(problem.country);
    case 'no-passage':
      return t.noPassage(escapeUserText(problem.query));
    case 'no-claims':
      return t.noClaims(escapeUserText(problem.text));
    case 'not-a-metric':
      return t.notAMetric(escapeUserText(problem.query), problem.known.join(', '));
    case 'no-events':
      return t.noEvents(problem.subject);
    case 'same-operation':
      return t.sameOperation(problem.name);
    case 'not-a-format':
      return t.notAFormat(escapeUserText(problem.query), problem.known.join(', '));
    case 'export-too-large':
      return t.exportTooLarge(problem.megabytes, problem.maxMegabytes);
    case 'button-expired':
      return t.buttonExpired;
    case 'view-gone':
      return t.viewGone;
    case 'unexpected':
      return t.unexpected;
  }
}

/** A helpful, ephemeral error in the reader's language: no stack, no raw error text. */
export function problemAnswer(problem: Problem, locale: Locale = 'en'): Answer {
  return { ok: false, ephemeral: true, content: text(problem, locale), citations: [], locale };
}
