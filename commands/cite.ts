import { SlashCommandBuilder } from '@discordjs/builders';
import type { SlashCommand } from '../src/app/command.ts';
import { citeReply } from '../src/render/citeReply.ts';

const data = new SlashCommandBuilder()
  .setName('cite')
  .setDescription('The best supporting quote for a claim, ready to paste')
  .setDescriptionLocalizations({
    nl: 'Het beste citaat dat een bewering onderbouwt, klaar om te plakken',
  })
  .addStringOption((option) =>
    option
      .setName('claim')
      .setNameLocalizations({ nl: 'bewering' })
      .setDescription('The claim, e.g. 626 kilos of cocaine were seized')
      .setDescriptionLocalizations({ nl: 'De bewering, bijv. 626 kilo cocaïne in beslag genomen' })
      .setRequired(true)
      .setMaxLength(300),
  )
  .toJSON();

export const cite: SlashCommand = {
  data,
  slow: true,
  example: '/cite 626 kilos of cocaine',
  execute({ engine }, options) {
    const claim = options.claim ?? '';
    return citeReply(engine, claim, engine.cite(claim));
  },
};
