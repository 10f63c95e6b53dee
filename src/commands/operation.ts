import { defineCommand } from '../interactions/command.ts';
import { LIMITS } from '../render/limits.ts';
import { operationCard, operationQuotes } from '../render/operationCard.ts';
import { problemAnswer } from '../render/problems.ts';

export const operation = defineCommand({
  name: 'operation',
  description: {
    en: 'An operation: date, countries, and every figure with its source',
    nl: 'Een operatie: datum, landen en elk cijfer met zijn bron',
  },
  options: {
    name: {
      type: 'string',
      localizedName: { nl: 'naam' },
      description: {
        en: 'Name, alias or date, e.g. sky-ecc, Theseus, JAD SEE',
        nl: 'Naam, alias of datum, bijv. sky-ecc, Theseus, JAD SEE',
      },
      required: true,
      maxLength: 200,
      autocomplete: true,
    },
  },
  example: '/operation sky-ecc',
  run({ engine }, { name }) {
    const found = engine.findOperation(name);
    const documents = engine.corpus.documents;
    switch (found.kind) {
      case 'found':
        return operationCard(found.operation, documents);
      case 'ambiguous':
        return {
          ...problemAnswer({
            kind: 'operation-ambiguous',
            query: name,
            candidates: found.candidates,
          }),
          pick: {
            placeholder: 'Pick the operation',
            view: { command: 'operation', view: 'card' },
            options: found.candidates.map((op) => ({ label: op.name, value: op.id })),
          },
        };
      case 'none':
        return problemAnswer({
          kind: 'operation-not-found',
          query: name,
          suggestions: found.suggestions.map((op) => op.name),
        });
    }
  },
  autocomplete({ engine }, _option, value) {
    return engine.completeOperations(value, LIMITS.choices);
  },
  view({ engine }, state) {
    const op = engine.getOperation(state.key);
    if (op === undefined) return undefined;
    const documents = engine.corpus.documents;
    return state.view === 'quotes' ? operationQuotes(op, documents) : operationCard(op, documents);
  },
});
