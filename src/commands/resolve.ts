import type { Country } from '../corpus/countries.ts';
import type { Operation } from '../corpus/types.ts';
import type { Engine } from '../engine/engine.ts';
import type { Choice } from '../engine/types.ts';
import type { CommandContext } from '../interactions/command.ts';
import type { Answer, ViewState } from '../render/answer.ts';
import { LIMITS } from '../render/limits.ts';
import type { Locale } from '../render/locale.ts';
import { MESSAGES } from '../render/messages.ts';
import { problemAnswer } from '../render/problems.ts';

/** Countries matching what is being typed, each named in the reply's language. */
export function countryChoices({ engine, locale }: CommandContext, typed: string): Choice[] {
  const t = MESSAGES[locale];
  return engine
    .completeCountries(typed, LIMITS.choices)
    .map((c) => ({ name: t.countryName(c.value, c.name), value: c.value }));
}

/** What a country is called in the reply's language. */
export function nameOfCountry(country: Country, locale: Locale): string {
  return MESSAGES[locale].countryName(country.code, country.name);
}

export type Resolved<T> = { kind: 'found'; value: T } | { kind: 'problem'; answer: Answer };

/** Where picking a candidate of an ambiguous name leads: a view, keyed by the candidate. */
export interface PickTarget {
  view: Omit<ViewState, 'key'>;
  keyOf: (operation: Operation) => string;
}

/**
 * An operation by name, alias or date, or the answer that says why not: an ambiguous name
 * offers its candidates as a select menu (when a view can open them), an unknown one suggestions.
 */
export function resolveOperation(
  engine: Engine,
  query: string,
  locale: Locale,
  target?: PickTarget,
): Resolved<Operation> {
  const found = engine.findOperation(query);
  switch (found.kind) {
    case 'found':
      return { kind: 'found', value: found.operation };
    case 'ambiguous': {
      const answer = problemAnswer(
        { kind: 'operation-ambiguous', query, candidates: found.candidates },
        locale,
      );
      const options = (target === undefined ? [] : found.candidates)
        .map((op) => ({ label: op.name, value: target?.keyOf(op) ?? op.id }))
        .filter((option) => option.value.length <= LIMITS.selectValue);
      if (target === undefined || options.length === 0) return { kind: 'problem', answer };
      return {
        kind: 'problem',
        answer: {
          ...answer,
          pick: { placeholder: MESSAGES[locale].reply.pickOperation, view: target.view, options },
        },
      };
    }
    case 'none':
      return {
        kind: 'problem',
        answer: problemAnswer(
          {
            kind: 'operation-not-found',
            query,
            suggestions: found.suggestions.map((op) => op.name),
          },
          locale,
        ),
      };
  }
}

/** A country in any language or by its ISO code, or the answer that says why not. */
export function resolveCountry(engine: Engine, query: string, locale: Locale): Resolved<Country> {
  const found = engine.findCountry(query);
  if (found.kind === 'found') return { kind: 'found', value: found.report.country };
  return {
    kind: 'problem',
    answer: problemAnswer(
      {
        kind: 'country-not-found',
        query,
        suggestions: found.suggestions.map((c) => nameOfCountry(c, locale)),
      },
      locale,
    ),
  };
}
