import { SlashCommandBuilder } from '@discordjs/builders';
import type { SlashCommand } from '../src/app/command.ts';
import { STAT_METRICS, type StatMetric } from '../src/engine/types.ts';
import { errorAnswer } from '../src/render/answer.ts';
import { escapeUserText } from '../src/render/markdown.ts';
import { statsCard } from '../src/render/statsCard.ts';

const DUTCH: Record<StatMetric, string> = {
  arrests: 'Arrestaties',
  'house-searches': 'Huiszoekingen',
  cocaine: 'Cocaïne in beslag genomen',
  cash: 'Contant geld in beslag genomen',
  weapons: 'Wapens in beslag genomen',
  countries: 'Deelnemende landen',
  officers: 'Ingezette agenten',
};

const metrics = Object.keys(STAT_METRICS) as StatMetric[];

function isMetric(value: string): value is StatMetric {
  return (metrics as string[]).includes(value);
}

const data = new SlashCommandBuilder()
  .setName('stats')
  .setDescription('Operations ranked by one figure, each with its scope and source')
  .setDescriptionLocalizations({
    nl: 'Operaties gerangschikt op één cijfer, elk met reikwijdte en bron',
  })
  .addStringOption((option) =>
    option
      .setName('metric')
      .setNameLocalizations({ nl: 'maatstaf' })
      .setDescription('What to rank by')
      .setDescriptionLocalizations({ nl: 'Waarop te rangschikken' })
      .setRequired(true)
      .addChoices(
        ...metrics.map((m) => ({
          name: STAT_METRICS[m].label,
          value: m,
          name_localizations: { nl: DUTCH[m] },
        })),
      ),
  )
  .toJSON();

export const stats: SlashCommand = {
  data,
  example: '/stats cocaine',
  execute({ engine }, options) {
    const raw = (options.metric ?? '').trim().toLowerCase().replace(/\s+/g, '-');
    const metric = metrics.find(
      (m) => m === raw || STAT_METRICS[m].label.toLowerCase().replace(/\s+/g, '-') === raw,
    );
    if (metric === undefined || !isMetric(metric)) {
      return errorAnswer(
        `“${escapeUserText(options.metric ?? '')}” is not a metric. Choose one of: ${metrics.join(', ')}.`,
      );
    }
    return statsCard(engine, engine.stats(metric));
  },
  view({ engine }, state) {
    return isMetric(state.key) ? statsCard(engine, engine.stats(state.key)) : undefined;
  },
};
