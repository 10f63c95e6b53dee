import type { LoadedDate, Operation, SourceDocument } from '../corpus/types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-05-12" → "12 May 2023", "2023-09" → "September 2023", "2020" → "2020". */
export function formatIsoDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? value;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function formatOperationDate(date: LoadedDate): string {
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatIsoDate(date.value);
    case 'range':
      return `${formatIsoDate(date.start)} – ${formatIsoDate(date.end)}`;
    case 'unknown':
      return 'date not given in the sources';
  }
}

/** A sortable key, newest last; an undated operation falls back to its sources' dates. */
export function operationSortKey(
  operation: Operation,
  documents: Map<string, SourceDocument>,
): string {
  const { date } = operation;
  if (date.precision === 'day' || date.precision === 'month') return date.value;
  if (date.precision === 'range') return date.start;
  const published = operation.facts
    .map((fact) => documents.get(fact.citation.document)?.published)
    .filter((value): value is string => value !== undefined)
    .sort();
  return published[0] ?? '0000';
}
