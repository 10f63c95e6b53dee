import type { FactRef } from '../claims/types.ts';
import type { Footnotes } from './footnotes.ts';
import { formatOperationDate } from './dates.ts';
import { formatFigure } from './format.ts';
import type { Locale } from './locale.ts';
import { escapeMarkdown } from './markdown.ts';
import { MESSAGES } from './messages.ts';

// One fact as the verdict and answer renderers show it: the figure line (like `figureLine`) and,
// where the fact is shown as support or as the right figure, its verbatim quote.

const QUOTE_MAX = 500;

/** Where the fact belongs, after its scope: the operation's name, or that it is background. */
function belongsTo(ref: FactRef, locale: Locale): string {
  if (ref.operation !== undefined) return ` · _${escapeMarkdown(ref.operation.name)}_`;
  return ref.view.operation === null ? ` · _${MESSAGES[locale].facts.background}_` : '';
}

/**
 * A role, lead or date in the reader's language. The claim layer words them in English; they
 * are rebuilt here from the role and the operation they came from, never from that wording.
 */
function statement(ref: FactRef, locale: Locale): { label: string; scope: string } {
  const { view, operation } = ref;
  const t = MESSAGES[locale].facts;
  if (operation !== undefined && ref.role !== undefined) {
    const entry = operation.countries.find(
      (c) =>
        c.role === ref.role &&
        (ref.country === undefined || c.code === ref.country) &&
        c.citation.document === ref.citation.document &&
        c.citation.start === ref.citation.start,
    );
    if (entry !== undefined)
      return {
        label: `${MESSAGES[locale].countryName(entry.code, entry.name)}: ${t.roles[entry.role]}`,
        scope: view.scope,
      };
  }
  if (view.metric === 'date' && operation !== undefined && operation.date.precision !== 'unknown') {
    const { date } = operation;
    return {
      label: formatOperationDate(date, locale),
      scope: date.note ?? t.operationDate[date.precision],
    };
  }
  return { label: view.label, scope: view.scope };
}

/**
 * "• **13** arrests — in Serbia on the action day (11 May 2023) · _Sky ECC …_ [1]". Roles,
 * bodies and dates have no number: "• Serbia: led the operation · _…_ [1]".
 */
export function factLine(
  ref: FactRef,
  notes: Footnotes,
  locale: Locale,
  withOperation = true,
): string {
  const { view } = ref;
  const mark = notes.mark(ref.citation);
  const where = withOperation ? belongsTo(ref, locale) : '';
  switch (view.metric) {
    case 'lead':
    case 'role':
    case 'body':
      return `• ${escapeMarkdown(statement(ref, locale).label)}${where} ${mark}`;
    case 'date': {
      const { label, scope } = statement(ref, locale);
      return `• **${escapeMarkdown(label)}** — ${escapeMarkdown(scope)}${where} ${mark}`;
    }
    default: {
      const figure =
        view.value === null || view.unit === null
          ? `${escapeMarkdown(view.label)} (${MESSAGES[locale].noNumber})`
          : `**${formatFigure(view.value, view.unit, view.qualifier, locale)}** ${escapeMarkdown(view.label)}`;
      return `• ${figure} — ${escapeMarkdown(view.scope)}${where} ${mark}`;
    }
  }
}

/** The fact's quote as a Markdown blockquote, on one line, verbatim up to a length. */
export function quoteLine(ref: FactRef): string {
  // Made once per fact: a fact's ref is built once per corpus, and replies quote the same few.
  let line = quoteLines.get(ref);
  if (line === undefined) {
    const quote = ref.view.quote.replace(/\s+/g, ' ').trim();
    const shown = quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote;
    line = `> ${escapeMarkdown(shown)}`;
    quoteLines.set(ref, line);
  }
  return line;
}

const quoteLines = new WeakMap<FactRef, string>();

/** The line and its quote, for facts shown as support or as the right figure; the quote opens
 * its source scrolled to it. */
export function quotedFact(
  ref: FactRef,
  notes: Footnotes,
  locale: Locale,
  withOperation = true,
): string {
  const link = notes.link(ref.citation);
  return `${factLine(ref, notes, locale, withOperation)}${link === '' ? '' : ` ${link}`}\n${quoteLine(ref)}`;
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
export function factLines(
  refs: readonly FactRef[],
  notes: Footnotes,
  quoted: boolean,
  locale: Locale,
): string[] {
  const shared = refs.length > 1 ? sharedOperation(refs) : undefined;
  const own = shared === undefined;
  const lines = sameRoleGroups(refs).map((group) => {
    const [first] = group;
    if (first === undefined) return '';
    const line =
      group.length > 1
        ? roleGroupLine(group, notes, locale, own)
        : factLine(first, notes, locale, own);
    if (!quoted) return line;
    const link = notes.link(first.citation);
    return `${line}${link === '' ? '' : ` ${link}`}\n${quoteLine(first)}`;
  });
  return shared === undefined ? lines : [`_${escapeMarkdown(shared)}_`, ...lines];
}

/**
 * Refs in order, countries that share a role in one operation by one quote grouped ("countries
 * including Albania, …, Serbia and Turkey" is one quote, not eight lines repeating it).
 */
function sameRoleGroups(refs: readonly FactRef[]): FactRef[][] {
  const groups: FactRef[][] = [];
  const byKey = new Map<string, FactRef[]>();
  for (const ref of refs) {
    const key =
      ref.view.metric === 'role' && ref.role !== undefined && ref.operation !== undefined
        ? `${ref.operation.id}\u0000${ref.role}\u0000${ref.citation.document}\u0000${String(ref.citation.start)}`
        : undefined;
    const group = key === undefined ? undefined : byKey.get(key);
    if (group !== undefined) {
      group.push(ref);
      continue;
    }
    const created = [ref];
    groups.push(created);
    if (key !== undefined) byKey.set(key, created);
  }
  return groups;
}

/** "• Albania, Bulgaria and Serbia: Taking part · _Operation …_ [1]": one role, one quote. */
function roleGroupLine(
  group: readonly FactRef[],
  notes: Footnotes,
  locale: Locale,
  withOperation: boolean,
): string {
  const [first] = group;
  if (first === undefined) return '';
  const t = MESSAGES[locale];
  const names = group.flatMap((ref) => {
    const entry = ref.operation?.countries.find(
      (c) => c.role === ref.role && c.code === ref.country,
    );
    return entry === undefined ? [] : [t.countryName(entry.code, entry.name)];
  });
  if (names.length !== group.length || first.role === undefined)
    return group.map((ref) => factLine(ref, notes, locale, withOperation)).join('\n');
  const where = withOperation ? belongsTo(first, locale) : '';
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return `• ${escapeMarkdown(`${list}: ${t.facts.roles[first.role]}`)}${where} ${notes.mark(first.citation)}`;
}

/**
 * The refs behind `views`, in the views' order: results keep the refs of the facts shown and of
 * the related facts in one list, and the views are the refs' own objects.
 */
export function refsOf(refs: readonly FactRef[], views: readonly FactRef['view'][]): FactRef[] {
  return views.flatMap((view) => refs.filter((r) => r.view === view).slice(0, 1));
}
