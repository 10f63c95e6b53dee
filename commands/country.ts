import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';
import { getCountry } from '../src/corpus/countries.ts';
import { errorAnswer } from '../src/render/answer.ts';
import { countryCard } from '../src/render/countryCard.ts';
import { escapeUserText } from '../src/render/markdown.ts';

const data = slashCommandData(
  'country',
  {
    en: 'Operations a country took part in, and where it is only mentioned',
    nl: 'Operaties waaraan een land deelnam, en waar het alleen genoemd wordt',
  },
  {
    name: { en: 'name', nl: 'naam' },
    description: {
      en: 'Country in any language or its ISO code, e.g. Serbia, Srbija, Nederland, XK',
      nl: 'Land in elke taal of ISO-code, bijv. Servië, Srbija, Nederland, XK',
    },
    maxLength: 100,
    autocomplete: true,
  },
);

export const country: SlashCommand = {
  data,
  example: '/country Srbija',
  execute({ engine }, options) {
    const query = options.name ?? '';
    const found = engine.findCountry(query);
    if (found.kind === 'found') return countryCard(engine, found.report);
    const hint =
      found.suggestions.length > 0
        ? ` Did you mean ${found.suggestions.map((c) => `**${c.name}**`).join(', ')}?`
        : ' Try its English name, its name in the local language, or its ISO code.';
    return errorAnswer(`No country matches “${escapeUserText(query)}”.${hint}`);
  },
  autocomplete({ engine }, _option, value) {
    return engine.completeCountries(value);
  },
  view({ engine }, state) {
    const found = getCountry(state.key);
    return found === undefined ? undefined : countryCard(engine, engine.countryReport(found));
  },
};
