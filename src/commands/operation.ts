import type { Operation } from '../corpus/types.ts';
import type { Engine } from '../engine/engine.ts';
import { defineCommand } from '../interactions/command.ts';
import type { Answer } from '../render/answer.ts';
import { LIMITS } from '../render/limits.ts';
import type { Locale } from '../render/locale.ts';
import { operationCard, operationQuotes } from '../render/operationCard.ts';
import { operationMap } from './pictures.ts';
import { resolveOperation } from './resolve.ts';

/** The operation's card with its map attached. */
function withMap(engine: Engine, op: Operation, locale: Locale): Answer {
  return {
    ...operationCard(op, engine.corpus.documents, locale),
    files: [operationMap(engine, op, locale)],
  };
}

export const operation = defineCommand({
  name: 'operation',
  description: {
    en: 'An operation: date, countries, and every figure with its source',
    nl: 'Een operatie: datum, landen en elk cijfer met zijn bron',
    hr: 'Operacija: datum, države i svaki podatak s izvorom',
  },
  options: {
    name: {
      type: 'string',
      localizedName: { nl: 'naam', hr: 'naziv' },
      description: {
        en: 'Name, alias or date, e.g. sky-ecc, Theseus, JAD SEE',
        nl: 'Naam, alias of datum, bijv. sky-ecc, Theseus, JAD SEE',
        hr: 'Naziv, drugi naziv ili datum, npr. sky-ecc, Theseus, JAD SEE',
      },
      required: true,
      maxLength: 200,
      autocomplete: true,
    },
  },
  example: '/operation sky-ecc',
  run({ engine, locale }, { name }) {
    const found = resolveOperation(engine, name, locale, {
      view: { command: 'operation', view: 'card' },
      keyOf: (op) => op.id,
    });
    return found.kind === 'found' ? withMap(engine, found.value, locale) : found.answer;
  },
  autocomplete({ engine }, _option, value) {
    return engine.completeOperations(value, LIMITS.choices);
  },
  view({ engine, locale }, state) {
    const op = engine.getOperation(state.key);
    if (op === undefined) return undefined;
    return state.view === 'quotes'
      ? operationQuotes(op, engine.corpus.documents, locale)
      : withMap(engine, op, locale);
  },
});
