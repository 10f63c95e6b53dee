import { checkClaim } from '../claims/index.ts';
import { defineCommand } from '../interactions/command.ts';
import { citeVerdict } from '../render/verdicts.ts';

export const cite = defineCommand({
  name: 'cite',
  description: {
    en: 'Whether the sources support a claim: the verdict, then the quote',
    nl: 'Of de bronnen een bewering steunen: het oordeel, dan het citaat',
    hr: 'Potvrđuju li izvori tvrdnju: presuda, zatim citat',
  },
  options: {
    claim: {
      type: 'string',
      localizedName: { nl: 'bewering', hr: 'tvrdnja' },
      description: {
        en: 'The claim, e.g. 626 kilos of cocaine were seized in JAD SEE',
        nl: 'De bewering, bijv. 626 kilo cocaïne in beslag genomen bij JAD SEE',
        hr: 'Tvrdnja, npr. u JAD SEE zaplijenjeno je 626 kilograma kokaina',
      },
      required: true,
      maxLength: 300,
    },
  },
  example: '/cite 626 kilos of cocaine were seized in JAD SEE',
  slow: true,
  run({ engine, locale }, { claim }) {
    return citeVerdict(checkClaim(engine, claim), engine.corpus.documents, locale);
  },
});
