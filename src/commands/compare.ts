import type { Operation } from '../corpus/types.ts';
import type { Engine } from '../engine/engine.ts';
import { compareOperations } from '../engine/compare.ts';
import { defineCommand } from '../interactions/command.ts';
import type { Answer } from '../render/answer.ts';
import { compareCard } from '../render/compareCard.ts';
import { LIMITS } from '../render/limits.ts';
import type { Locale } from '../render/locale.ts';
import { problemAnswer } from '../render/problems.ts';
import { resolveOperation } from './resolve.ts';

// A picked pair travels as one key: both ids, which are slugs, joined by a space.
const SEPARATOR = ' ';

function compared(engine: Engine, a: Operation, b: Operation, locale: Locale): Answer {
  if (a.id === b.id) return problemAnswer({ kind: 'same-operation', name: a.name }, locale);
  return compareCard(compareOperations(a, b), engine.corpus.documents, locale);
}

export const compare = defineCommand({
  name: 'compare',
  description: {
    en: 'Two operations side by side, figure by figure, each with its scope',
    nl: 'Twee operaties naast elkaar, cijfer voor cijfer, elk met reikwijdte',
    hr: 'Dvije operacije usporedno, podatak po podatak, svaki sa svojim opsegom',
  },
  options: {
    a: {
      type: 'string',
      localizedName: { nl: 'a', hr: 'a' },
      description: {
        en: 'The first operation, e.g. sky-ecc',
        nl: 'De eerste operatie, bijv. sky-ecc',
        hr: 'Prva operacija, npr. sky-ecc',
      },
      required: true,
      maxLength: 200,
      autocomplete: true,
    },
    b: {
      type: 'string',
      localizedName: { nl: 'b', hr: 'b' },
      description: {
        en: 'The second operation, e.g. Theseus',
        nl: 'De tweede operatie, bijv. Theseus',
        hr: 'Druga operacija, npr. Theseus',
      },
      required: true,
      maxLength: 200,
      autocomplete: true,
    },
  },
  example: '/compare a:sky-ecc b:theseus',
  run({ engine, locale }, options) {
    const view = { command: 'compare', view: 'card' };
    // An ambiguous first name offers its candidates paired with the second, when that one is
    // clear; then the second name gets the same treatment paired with the first.
    const other = engine.findOperation(options.b);
    const a = resolveOperation(
      engine,
      options.a,
      locale,
      other.kind === 'found'
        ? { view, keyOf: (op) => [op.id, other.operation.id].join(SEPARATOR) }
        : undefined,
    );
    if (a.kind === 'problem') return a.answer;
    const b = resolveOperation(engine, options.b, locale, {
      view,
      keyOf: (op) => [a.value.id, op.id].join(SEPARATOR),
    });
    if (b.kind === 'problem') return b.answer;
    return compared(engine, a.value, b.value, locale);
  },
  autocomplete({ engine }, _option, value) {
    return engine.completeOperations(value, LIMITS.choices);
  },
  view({ engine, locale }, state) {
    const [aId = '', bId = ''] = state.key.split(SEPARATOR);
    const a = engine.getOperation(aId);
    const b = engine.getOperation(bId);
    return a === undefined || b === undefined ? undefined : compared(engine, a, b, locale);
  },
});
