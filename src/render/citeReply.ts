import type { CiteResult } from '../engine/types.ts';
import type { Answer } from './answer.ts';
import { describeSource, quoteLink } from './footnotes.ts';
import { formatValue } from './format.ts';
import { escapeMarkdown } from './markdown.ts';

const QUOTE_MAX = 1200;

/** A Markdown blockquote ready to paste, its source line, and the figure the claim names. */
export function citeReply(result: CiteResult): Answer {
  const quote = result.citation.quote.replace(/\s*\n\s*/g, ' ');
  const shown = quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote;
  const lines: string[] = [];
  if (result.unsupportedNumbers.length > 0) {
    const numbers = result.unsupportedNumbers.join(', ');
    lines.push(`_The sources do not state ${numbers} here. The closest passage says:_`);
  } else if (result.coverage < 0.5) {
    lines.push('_Closest passage in the sources — it may not support the whole claim:_');
  }
  lines.push(
    `> ${escapeMarkdown(shown)} ${quoteLink(result.document, result.citation.quote)}`,
    `— ${describeSource(result.document).replace(/ — (https?:\/\/\S+)$/, ', <$1>')}`,
  );
  const { fact, operation } = result;
  if (fact !== undefined) {
    const where =
      operation === undefined ? 'background figure, no single operation' : operation.name;
    lines.push('', `**Figure:** ${formatValue(fact)} ${fact.label} — ${fact.scope} (${where})`);
  }
  return { ok: true, ephemeral: false, content: lines.join('\n'), citations: [result.citation] };
}
