import { defineCommand } from '../interactions/command.ts';
import { sourcesCard } from '../render/sourcesCard.ts';

export const sources = defineCommand({
  name: 'sources',
  description: {
    en: 'The source documents: publisher, date and link',
    nl: 'De brondocumenten: uitgever, datum en link',
    hr: 'Izvorni dokumenti: izdavač, datum i poveznica',
  },
  options: {},
  example: '/sources',
  run({ engine, locale }) {
    return sourcesCard(engine.sourcesOverview(), locale);
  },
});
