import type { SlashCommand } from '../src/app/command.ts';
import { slashCommandData } from '../src/app/slashCommandData.ts';
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

const data = slashCommandData(
  'stats',
  {
    en: 'Operations ranked by one figure, each with its scope and source',
    nl: 'Operaties gerangschikt op één cijfer, elk met reikwijdte en bron',
  },
  {
    name: { en: 'metric', nl: 'maatstaf' },
    description: { en: 'What to rank by', nl: 'Waarop te rangschikken' },
    choices: metrics.map((m) => ({ value: m, name: { en: STAT_METRICS[m].label, nl: DUTCH[m] } })),
  },
);

export const stats: SlashCommand = {
  data,
  example: '/stats cocaine',
  execute({ engine }, options) {
    // The console takes the label too: "/stats house searches", "/stats cocaine seized".
    const raw = (options.metric ?? '').trim().toLowerCase().replace(/\s+/g, '-');
    const metric = metrics.find(
      (m) => m === raw || STAT_METRICS[m].label.toLowerCase().replace(/\s+/g, '-') === raw,
    );
    if (metric === undefined) {
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
