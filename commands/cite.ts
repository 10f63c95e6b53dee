import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';
import { citeReply } from '../src/render/citeReply.ts';

const data = slashCommandData(
  'cite',
  {
    en: 'The best supporting quote for a claim, ready to paste',
    nl: 'Het beste citaat dat een bewering onderbouwt, klaar om te plakken',
  },
  {
    name: { en: 'claim', nl: 'bewering' },
    description: {
      en: 'The claim, e.g. 626 kilos of cocaine were seized',
      nl: 'De bewering, bijv. 626 kilo cocaïne in beslag genomen',
    },
    maxLength: 300,
  },
);

export const cite: SlashCommand = {
  data,
  slow: true,
  example: '/cite 626 kilos of cocaine',
  execute({ engine }, options) {
    const claim = options.claim ?? '';
    return citeReply(engine, claim, engine.cite(claim));
  },
};
