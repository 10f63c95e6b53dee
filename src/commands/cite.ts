import { defineCommand } from '../interactions/command.ts';
import { citeReply } from '../render/citeReply.ts';
import { problemAnswer } from '../render/problems.ts';

export const cite = defineCommand({
  name: 'cite',
  description: {
    en: 'The best supporting quote for a claim, ready to paste',
    nl: 'Het beste citaat dat een bewering onderbouwt, klaar om te plakken',
  },
  options: {
    claim: {
      type: 'string',
      localizedName: { nl: 'bewering' },
      description: {
        en: 'The claim, e.g. 626 kilos of cocaine were seized',
        nl: 'De bewering, bijv. 626 kilo cocaïne in beslag genomen',
      },
      required: true,
      maxLength: 300,
    },
  },
  example: '/cite 626 kilos of cocaine',
  slow: true,
  run({ engine }, { claim }) {
    const result = engine.cite(claim);
    return result === undefined ? problemAnswer({ kind: 'no-support', claim }) : citeReply(result);
  },
});
