import type { Fact, Metric, Operation } from '../corpus/types.ts';
import type { Comparison, MetricComparison, MetricVerdict } from '../engine/compare.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer, CardField } from './answer.ts';
import { formatOperationDate } from './dates.ts';
import { FIGURE_GROUPS } from './figures.ts';
import { Footnotes } from './footnotes.ts';
import { formatAmount, formatValue } from './format.ts';
import { INTL_TAG, type Locale } from './locale.ts';
import { escapeMarkdown } from './markdown.ts';
import { MESSAGES } from './messages.ts';
import { shortName } from './shortName.ts';

const METRIC_ORDER: readonly Metric[] = FIGURE_GROUPS.flatMap((group) => group.metrics);

function figure(fact: Fact, notes: Footnotes, locale: Locale): string {
  const value =
    fact.value === undefined
      ? `${fact.label} (${MESSAGES[locale].noNumber})`
      : `**${formatValue(fact, locale)}** ${fact.label}`;
  return `${value} — ${escapeMarkdown(fact.scope)} ${notes.mark(fact.citation)}`;
}

function side(name: string, facts: readonly Fact[], notes: Footnotes, locale: Locale): string[] {
  if (facts.length === 0) return [`${name}: ${MESSAGES[locale].notStated}`];
  const [first, ...rest] = facts.map((f) => figure(f, notes, locale));
  return [`${name}: ${first ?? ''}`, ...rest.map((line) => `  ${line}`)];
}

const ratios = new Map<Locale, Intl.NumberFormat>();

/** "2.5×" (or "2,5×"): how many times larger, as the language writes decimals. */
function times(ratio: number, locale: Locale): string {
  let format = ratios.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 1 });
    ratios.set(locale, format);
  }
  return `${format.format(ratio)}×`;
}

/** The last line of a metric: the difference when there is one, else why there is none. */
function verdictLine(
  verdict: MetricVerdict,
  names: { a: string; b: string },
  locale: Locale,
): string | undefined {
  const t = MESSAGES[locale].compare;
  switch (verdict.kind) {
    case 'one-sided':
      return undefined;
    case 'compared': {
      const scope = t.sameScope(escapeMarkdown(verdict.a.scope));
      if (verdict.difference === 0) return `→ ${scope}: ${t.sameFigure}`;
      const more = verdict.difference > 0 ? names.b : names.a;
      const amount = formatAmount(Math.abs(verdict.difference), verdict.a.unit, locale);
      const ratio =
        verdict.ratio === undefined
          ? ''
          : `, ${times(Math.max(verdict.ratio, 1 / verdict.ratio), locale)}`;
      return `→ ${scope}: ${t.more(amount, more)}${ratio}`;
    }
    case 'not-comparable': {
      const { a, b } = verdict;
      switch (verdict.reason) {
        case 'scope':
          return `→ ${t.notComparable}: ${escapeMarkdown(a.scope)} ${t.versus} ${escapeMarkdown(b.scope)}`;
        case 'unit':
          return `→ ${t.notComparable}: ${a.unit} ${t.versus} ${b.unit}`;
        case 'estimate':
          return `→ ${t.notCompared}: ${formatValue(a, locale)} ${t.versus} ${formatValue(b, locale)} — ${t.estimate}`;
      }
    }
  }
}

function metricField(
  row: MetricComparison,
  names: { a: string; b: string },
  notes: Footnotes,
  locale: Locale,
): CardField {
  const verdict = verdictLine(row.verdict, names, locale);
  return {
    name: MESSAGES[locale].metrics[row.metric],
    value: [
      ...side(names.a, row.a, notes, locale),
      ...side(names.b, row.b, notes, locale),
      ...(verdict === undefined ? [] : [verdict]),
    ].join('\n'),
  };
}

function heading(operation: Operation, name: string, notes: Footnotes, locale: Locale): string {
  const { date } = operation;
  const mark = date.precision === 'unknown' ? '' : ` ${notes.mark(date.citation)}`;
  return `**${name}** — ${escapeMarkdown(operation.name)}; ${formatOperationDate(date, locale)}${mark}`;
}

/**
 * Two operations metric by metric, each figure with its scope and footnote. A difference is
 * shown only where the engine found the same scope and unit; anywhere else the card says why
 * the figures are not comparable.
 */
export function compareCard(
  comparison: Comparison,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  const notes = new Footnotes(documents, locale);
  const short = { a: shortName(comparison.a), b: shortName(comparison.b) };
  // Two operations known by the same short name are told apart by their full names.
  const names = short.a === short.b ? { a: comparison.a.name, b: comparison.b.name } : short;
  const description = [
    heading(comparison.a, names.a, notes, locale),
    heading(comparison.b, names.b, notes, locale),
    '',
    t.compare.description,
  ].join('\n');
  const rank = (metric: Metric): number => {
    const at = METRIC_ORDER.indexOf(metric);
    return at === -1 ? METRIC_ORDER.length : at;
  };
  const rows = [...comparison.metrics].sort((x, y) => rank(x.metric) - rank(y.metric));
  const fields = rows.map((row) => metricField(row, names, notes, locale));
  fields.push({ name: t.sources, value: notes.lines().join('\n') });
  return {
    ok: true,
    ephemeral: false,
    card: { title: t.compare.title(names.a, names.b), description, fields },
    citations: notes.citations,
    locale,
  };
}
