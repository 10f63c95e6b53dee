import type { Operation, SourceDocument } from '../corpus/types.ts';

/** A sortable key, newest last; an undated operation falls back to its sources' dates. */
export function operationSortKey(
  operation: Operation,
  documents: ReadonlyMap<string, SourceDocument>,
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
