import type { Fact, Metric, Operation } from '../corpus/types.ts';
import type { Comparison, MetricComparison, MetricVerdict } from '../engine/compare.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer, CardField } from './answer.ts';
import { formatOperationDate } from './dates.ts';
import { FIGURE_GROUPS } from './figures.ts';
import { Footnotes } from './footnotes.ts';
import { formatAmount, formatValue } from './format.ts';
import { escapeMarkdown } from './markdown.ts';
import { shortName } from './shortName.ts';

const METRIC_ORDER: readonly Metric[] = FIGURE_GROUPS.flatMap((group) => group.metrics);

/** "house-searches" → "House searches". */
function metricTitle(metric: Metric): string {
  const words = metric.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function figure(fact: Fact, notes: Footnotes): string {
  const value =
    fact.value === undefined
      ? `${fact.label} (no number given)`
      : `**${formatValue(fact)}** ${fact.label}`;
  return `${value} — ${escapeMarkdown(fact.scope)} ${notes.mark(fact.citation)}`;
}

function side(name: string, facts: readonly Fact[], notes: Footnotes): string[] {
  if (facts.length === 0) return [`${name}: not stated in the sources`];
  const [first, ...rest] = facts.map((f) => figure(f, notes));
  return [`${name}: ${first ?? ''}`, ...rest.map((line) => `  ${line}`)];
}

const times = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** The last line of a metric: the difference when there is one, else why there is none. */
function verdictLine(verdict: MetricVerdict, names: { a: string; b: string }): string | undefined {
  switch (verdict.kind) {
    case 'one-sided':
      return undefined;
    case 'compared': {
      const scope = `same scope (“${escapeMarkdown(verdict.a.scope)}”)`;
      if (verdict.difference === 0) return `→ ${scope}: the same figure`;
      const more = verdict.difference > 0 ? names.b : names.a;
      const amount = formatAmount(Math.abs(verdict.difference), verdict.a.unit);
      const ratio =
        verdict.ratio === undefined
          ? ''
          : `, ${times.format(Math.max(verdict.ratio, 1 / verdict.ratio))}×`;
      return `→ ${scope}: ${amount} more in ${more}${ratio}`;
    }
    case 'not-comparable': {
      const { a, b } = verdict;
      switch (verdict.reason) {
        case 'scope':
          return `→ not comparable: ${escapeMarkdown(a.scope)} vs ${escapeMarkdown(b.scope)}`;
        case 'unit':
          return `→ not comparable: ${a.unit} vs ${b.unit}`;
        case 'estimate':
          return `→ not compared: ${formatValue(a)} vs ${formatValue(b)} — an estimate or a bound is not a count`;
      }
    }
  }
}

function metricField(
  row: MetricComparison,
  names: { a: string; b: string },
  notes: Footnotes,
): CardField {
  const verdict = verdictLine(row.verdict, names);
  return {
    name: metricTitle(row.metric),
    value: [
      ...side(names.a, row.a, notes),
      ...side(names.b, row.b, notes),
      ...(verdict === undefined ? [] : [verdict]),
    ].join('\n'),
  };
}

function heading(operation: Operation, name: string, notes: Footnotes): string {
  const { date } = operation;
  const mark = date.precision === 'unknown' ? '' : ` ${notes.mark(date.citation)}`;
  return `**${name}** — ${escapeMarkdown(operation.name)}; ${formatOperationDate(date)}${mark}`;
}

/**
 * Two operations metric by metric, each figure with its scope and footnote. A difference is
 * shown only where the engine found the same scope and unit; anywhere else the card says why
 * the figures are not comparable.
 */
export function compareCard(comparison: Comparison, documents: Documents): Answer {
  const notes = new Footnotes(documents);
  const short = { a: shortName(comparison.a), b: shortName(comparison.b) };
  // Two operations known by the same short name are told apart by their full names.
  const names = short.a === short.b ? { a: comparison.a.name, b: comparison.b.name } : short;
  const description = [
    heading(comparison.a, names.a, notes),
    heading(comparison.b, names.b, notes),
    '',
    'Figures side by side, each with its scope. A difference is given only between figures that count the same thing, in the same scope and unit.',
  ].join('\n');
  const rank = (metric: Metric): number => {
    const at = METRIC_ORDER.indexOf(metric);
    return at === -1 ? METRIC_ORDER.length : at;
  };
  const rows = [...comparison.metrics].sort((x, y) => rank(x.metric) - rank(y.metric));
  const fields = rows.map((row) => metricField(row, names, notes));
  fields.push({ name: 'Sources', value: notes.lines().join('\n') });
  return {
    ok: true,
    ephemeral: false,
    card: { title: `${names.a} vs ${names.b}`, description, fields },
    citations: notes.citations,
  };
}
