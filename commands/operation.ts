import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';
import { errorAnswer } from '../src/render/answer.ts';
import { escapeUserText } from '../src/render/markdown.ts';
import { operationCard, operationQuotes } from '../src/render/operationCard.ts';

const data = slashCommandData(
  'operation',
  {
    en: 'An operation: date, countries, and every figure with its source',
    nl: 'Een operatie: datum, landen en elk cijfer met zijn bron',
  },
  {
    name: { en: 'name', nl: 'naam' },
    description: {
      en: 'Name, alias or date, e.g. sky-ecc, Theseus, JAD SEE',
      nl: 'Naam, alias of datum, bijv. sky-ecc, Theseus, JAD SEE',
    },
    maxLength: 200,
    autocomplete: true,
  },
);

export const operation: SlashCommand = {
  data,
  example: '/operation sky-ecc',
  execute({ engine }, options) {
    const query = options.name ?? '';
    const found = engine.findOperation(query);
    if (found.kind === 'found') return operationCard(engine, found.operation);
    if (found.kind === 'ambiguous') {
      const list = found.candidates
        .map((op) => `• **${op.name}** — \`/operation ${op.id}\``)
        .join('\n');
      return errorAnswer(`“${escapeUserText(query)}” fits several operations; which one?\n${list}`);
    }
    const list = found.suggestions.map((op) => `• ${op.name}`).join('\n');
    return errorAnswer(
      `No operation matches “${escapeUserText(query)}”. Did you mean one of these?\n${list}`,
    );
  },
  autocomplete({ engine }, _option, value) {
    return engine.completeOperations(value);
  },
  view({ engine }, state) {
    const op = engine.getOperation(state.key);
    if (op === undefined) return undefined;
    return state.view === 'quotes' ? operationQuotes(engine, op) : operationCard(engine, op);
  },
};
