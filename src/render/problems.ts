import type { Answer } from './answer.ts';
import { escapeUserText } from './markdown.ts';

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

function text(problem: Problem): string {
  switch (problem.kind) {
    case 'empty-line':
      return 'Type a command, for example `/operation sky-ecc`, or `/help`.';
    case 'not-a-command':
      return 'Commands start with “/”, for example `/operation sky-ecc`. Type `/help` for the list.';
    case 'takes-no-text':
      return `/${problem.command} takes no text here (${problem.options.length === 0 ? 'it has no options' : `options: ${problem.options.join(', ')}`}).`;
    case 'unknown-command':
      return `Unknown command “/${escapeUserText(problem.name, 40)}”. Commands: ${problem.known.map((n) => `/${n}`).join(', ')}.`;
    case 'unknown-option':
      return `/${problem.command} has no option “${escapeUserText(problem.option, 40)}” (options: ${problem.known.join(', ') || 'none'}).`;
    case 'missing-option':
      return `/${problem.command} needs a ${problem.option}: for example \`${problem.example}\`.`;
    case 'too-long':
      return `The ${problem.option} is too long (${problem.length} characters; at most ${problem.max}).`;
    case 'operation-not-found':
      return `No operation matches “${escapeUserText(problem.query)}”. Did you mean one of these?\n${problem.suggestions.map((name) => `• ${name}`).join('\n')}`;
    case 'operation-ambiguous':
      return `“${escapeUserText(problem.query)}” fits several operations; which one?\n${problem.candidates.map((op) => `• **${op.name}** — \`/operation ${op.id}\``).join('\n')}`;
    case 'country-not-found': {
      const hint =
        problem.suggestions.length > 0
          ? ` Did you mean ${problem.suggestions.map((name) => `**${name}**`).join(', ')}?`
          : ' Try its English name, its name in the local language, or its ISO code.';
      return `No country matches “${escapeUserText(problem.query)}”.${hint}`;
    }
    case 'country-not-mentioned':
      return `The sources do not mention **${problem.country}** in any operation. Try \`/sources\` to see what the corpus covers.`;
    case 'no-passage':
      return `No passage matches “${escapeUserText(problem.query)}”. Try fewer or other words (English or Dutch), or \`/operation\` for an operation's figures.`;
    case 'no-claims':
      return `“${escapeUserText(problem.text)}” states no figure, role or date to check. Try a sentence with a figure, for example \`/check 23 arrests in Sky ECC\`, or \`/ask\` a question.`;
    case 'not-a-metric':
      return `“${escapeUserText(problem.query)}” is not a metric. Choose one of: ${problem.known.join(', ')}.`;
    case 'no-events':
      return `The sources date no event for ${problem.subject}. Try \`/timeline\` with no option for every operation.`;
    case 'same-operation':
      return `Both names are **${problem.name}**: name two different operations to compare, e.g. \`/compare a:sky-ecc b:theseus\`.`;
    case 'not-a-format':
      return `“${escapeUserText(problem.query)}” is not an export format. Choose one of: ${problem.known.join(', ')}.`;
    case 'export-too-large':
      return `That export would be ${problem.megabytes} MB, over Discord's ${problem.maxMegabytes} MB for an attachment. Export one operation or country, or run \`npm run export\` on the server.`;
    case 'button-expired':
      return 'This button is no longer valid. Run the command again.';
    case 'view-gone':
      return 'That answer is no longer in the sources. Run the command again.';
    case 'unexpected':
      return 'Something went wrong while answering. It has been logged; please try again or rephrase.';
  }
}

/** A helpful, ephemeral error: no stack, no raw error text. */
export function problemAnswer(problem: Problem): Answer {
  return { ok: false, ephemeral: true, content: text(problem), citations: [] };
}
