import type { FactRef } from '../claims/types.ts';
import type { Footnotes } from './footnotes.ts';
import { formatFigure } from './format.ts';
import { escapeMarkdown } from './markdown.ts';

// One fact as the verdict and answer renderers show it: the figure line (like `figureLine`) and,
// where the fact is shown as support or as the right figure, its verbatim quote.

const QUOTE_MAX = 500;

/** Where the fact belongs, after its scope: the operation's name, or that it is background. */
function belongsTo(ref: FactRef): string {
  if (ref.operation !== undefined) return ` · _${escapeMarkdown(ref.operation.name)}_`;
  return ref.view.operation === null ? ' · _background figure, no single operation_' : '';
}

/**
 * "• **13** arrests — in Serbia on the action day (11 May 2023) · _Sky ECC …_ [1]". Roles,
 * bodies and dates have no number: "• Serbia: led the operation · _…_ [1]".
 */
export function factLine(ref: FactRef, notes: Footnotes, withOperation = true): string {
  const { view } = ref;
  const mark = notes.mark(ref.citation);
  const where = withOperation ? belongsTo(ref) : '';
  switch (view.metric) {
    case 'lead':
    case 'role':
    case 'body':
      return `• ${escapeMarkdown(view.label)}${where} ${mark}`;
    case 'date':
      return `• **${escapeMarkdown(view.label)}** — ${escapeMarkdown(view.scope)}${where} ${mark}`;
    default: {
      const figure =
        view.value === null || view.unit === null
          ? `${escapeMarkdown(view.label)} (no number given)`
          : `**${formatFigure(view.value, view.unit, view.qualifier)}** ${escapeMarkdown(view.label)}`;
      return `• ${figure} — ${escapeMarkdown(view.scope)}${where} ${mark}`;
    }
  }
}

/** The fact's quote as a Markdown blockquote, on one line, verbatim up to a length. */
export function quoteLine(ref: FactRef): string {
  const quote = ref.view.quote.replace(/\s+/g, ' ').trim();
  const shown = quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote;
  return `> ${escapeMarkdown(shown)}`;
}

/** The line and its quote, for facts shown as support or as the right figure; the quote opens
 * its source scrolled to it. */
export function quotedFact(ref: FactRef, notes: Footnotes, withOperation = true): string {
  const link = notes.link(ref.citation);
  return `${factLine(ref, notes, withOperation)}${link === '' ? '' : ` ${link}`}\n${quoteLine(ref)}`;
}

/** The one operation every ref belongs to, named once above them instead of on each line. */
function sharedOperation(refs: readonly FactRef[]): string | undefined {
  const names = new Set(refs.map((r) => r.operation?.name ?? ''));
  const [only] = names;
  return names.size === 1 && only !== '' ? only : undefined;
}

/**
 * Facts as lines, with their quotes when `quoted` (support, or the right figure). Facts of one
 * operation get its name once, above them.
 */
export function factLines(refs: readonly FactRef[], notes: Footnotes, quoted: boolean): string[] {
  const shared = refs.length > 1 ? sharedOperation(refs) : undefined;
  const lines = refs.map((r) =>
    quoted ? quotedFact(r, notes, shared === undefined) : factLine(r, notes, shared === undefined),
  );
  return shared === undefined ? lines : [`_${escapeMarkdown(shared)}_`, ...lines];
}

/**
 * The refs behind `views`, in the views' order: results keep the refs of the facts shown and of
 * the related facts in one list, and the views are the refs' own objects.
 */
export function refsOf(refs: readonly FactRef[], views: readonly FactRef['view'][]): FactRef[] {
  return views.flatMap((view) => refs.filter((r) => r.view === view).slice(0, 1));
}
