import { getCountry } from '../corpus/countries.ts';
import { factFields } from '../corpus/factFields.ts';
import type { Fact, Operation, OperationCountry } from '../corpus/types.ts';
import { isoDateInWords } from '../text/dates.ts';
import type { FactRef, FactView } from './types.ts';

export function factView(fact: Fact, operation: Operation | undefined): FactView {
  return { operation: operation?.id ?? null, ...factFields(fact) };
}

export function factRef(fact: Fact, operation: Operation | undefined): FactRef {
  const ref: FactRef = { view: factView(fact, operation), citation: fact.citation, fact };
  if (operation !== undefined) ref.operation = operation;
  return ref;
}

export function countryName(code: string): string {
  return getCountry(code)?.name ?? code;
}

/** A role as the claim layer's data labels it, in English (renderers localize it by the role). */
export const ROLE_LABELS: Record<OperationCountry['role'], string> = {
  lead: 'led the operation',
  participant: 'took part',
  support: 'supported the operation',
  'event location': 'hosted the operation',
  'seizure location': 'place of a seizure',
  origin: 'origin of the drugs',
  transit: 'transit country',
  destination: 'destination',
  funder: 'funded the operation',
  mentioned: 'mentioned',
};

// Role, body and date refs are made once per corpus entry: a corpus is never changed in place,
// and a /check of many role or date claims would otherwise build the same views again and again.
const ROLE_REFS = new WeakMap<OperationCountry, FactRef>();
const BODY_REFS = new WeakMap<Operation['bodies'][number], FactRef>();
const DATE_REFS = new WeakMap<Operation, FactRef>();

/** The ref made for `key` before, when it was made for the same operation; else a new one. */
function remembered<K extends object>(
  cache: WeakMap<K, FactRef>,
  key: K,
  operation: Operation,
  make: () => FactRef,
): FactRef {
  const known = cache.get(key);
  if (known?.operation === operation) return known;
  const made = make();
  cache.set(key, made);
  return made;
}

/** A country's role in an operation as a fact the bot can show with its quote. */
export function roleRef(operation: Operation, entry: OperationCountry): FactRef {
  return remembered(ROLE_REFS, entry, operation, () => makeRoleRef(operation, entry));
}

export function bodyRef(operation: Operation, body: Operation['bodies'][number]): FactRef {
  return remembered(BODY_REFS, body, operation, () => makeBodyRef(operation, body));
}

/** The operation's date with its quote; undefined when the sources give none. */
export function dateRef(operation: Operation): FactRef | undefined {
  const { date } = operation;
  if (date.precision === 'unknown') return undefined;
  return remembered(DATE_REFS, operation, operation, () => makeDateRef(operation, date));
}

function makeRoleRef(operation: Operation, entry: OperationCountry): FactRef {
  const scope = [entry.group, entry.note].filter((s) => s !== undefined).join('; ');
  return {
    view: {
      operation: operation.id,
      metric: entry.role === 'lead' ? 'lead' : 'role',
      label: `${entry.name}: ${ROLE_LABELS[entry.role]}`,
      value: null,
      unit: null,
      qualifier: 'exact',
      scope: scope === '' ? entry.role : `${entry.role} (${scope})`,
      document: entry.citation.document,
      quote: entry.citation.quote,
    },
    citation: entry.citation,
    operation,
    role: entry.role,
    country: entry.code,
  };
}

function makeBodyRef(operation: Operation, body: Operation['bodies'][number]): FactRef {
  return {
    view: {
      operation: operation.id,
      metric: 'body',
      label: body.name,
      value: null,
      unit: null,
      qualifier: 'exact',
      scope: 'coordinating or supporting body',
      document: body.citation.document,
      quote: body.citation.quote,
    },
    citation: body.citation,
    operation,
  };
}

function makeDateRef(
  operation: Operation,
  date: Exclude<Operation['date'], { precision: 'unknown' }>,
): FactRef {
  return {
    view: {
      operation: operation.id,
      metric: 'date',
      label:
        date.precision === 'range'
          ? `${isoDateInWords(date.start)} – ${isoDateInWords(date.end)}`
          : isoDateInWords(date.value),
      value: null,
      unit: null,
      qualifier: 'exact',
      scope: date.note ?? `date of the operation (${date.precision})`,
      document: date.citation.document,
      quote: date.citation.quote,
    },
    citation: date.citation,
    operation,
  };
}
