import { getCountry } from '../corpus/countries.ts';
import { defineCommand } from '../interactions/command.ts';
import { countryCard } from '../render/countryCard.ts';
import { problemAnswer } from '../render/problems.ts';
import { countryChoices, nameOfCountry } from './resolve.ts';

export const country = defineCommand({
  name: 'country',
  description: {
    en: 'Operations a country took part in, and where it is only mentioned',
    nl: 'Operaties waaraan een land deelnam, en waar het alleen genoemd wordt',
    hr: 'Operacije u kojima je država sudjelovala i gdje se samo spominje',
  },
  options: {
    name: {
      type: 'string',
      localizedName: { nl: 'naam', hr: 'naziv' },
      description: {
        en: 'Country in any language or its ISO code, e.g. Serbia, Srbija, Nederland, XK',
        nl: 'Land in elke taal of ISO-code, bijv. Servië, Srbija, Nederland, XK',
        hr: 'Država na bilo kojem jeziku ili ISO kod, npr. Srbija, Serbia, Nizozemska, XK',
      },
      required: true,
      maxLength: 100,
      autocomplete: true,
    },
  },
  example: '/country Srbija',
  run({ engine, locale }, { name }) {
    const found = engine.findCountry(name);
    if (found.kind === 'found') return countryCard(found.report, engine.corpus.documents, locale);
    return problemAnswer(
      {
        kind: 'country-not-found',
        query: name,
        suggestions: found.suggestions.map((c) => nameOfCountry(c, locale)),
      },
      locale,
    );
  },
  autocomplete(ctx, _option, value) {
    return countryChoices(ctx, value);
  },
  view({ engine, locale }, state) {
    const found = getCountry(state.key);
    return found === undefined
      ? undefined
      : countryCard(engine.countryReport(found), engine.corpus.documents, locale);
  },
});
