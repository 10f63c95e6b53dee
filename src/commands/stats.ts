import { parseClaim } from '../claims/index.ts';
import type { Metric } from '../corpus/types.ts';
import type { Engine } from '../engine/engine.ts';
import { STAT_METRICS, type StatMetric } from '../engine/types.ts';
import { defineCommand } from '../interactions/command.ts';
import { STAT_LABELS } from '../render/labels.ts';
import type { Locale } from '../render/locale.ts';
import { problemAnswer } from '../render/problems.ts';
import { statsCard } from '../render/statsCard.ts';
import type { Answer } from '../render/answer.ts';
import { statsCharts } from './pictures.ts';

const metrics = Object.keys(STAT_METRICS) as StatMetric[];

/**
 * The metric named by its key, its label ("house searches") or, as the console allows, a word
 * for it in any language the claim layer reads: "hapšenja", "кокаин", "arrestaties".
 */
function metricNamed(engine: Engine, text: string): StatMetric | undefined {
  const key = (words: string): string => words.trim().toLowerCase().replace(/\s+/g, '-');
  const wanted = key(text);
  // Its key, or its label in any language the bot replies in.
  const named = metrics.find(
    (m) => m === wanted || Object.values(STAT_LABELS[m]).some((label) => key(label) === wanted),
  );
  if (named !== undefined) return named;
  for (const metric of parseClaim(engine, text).metrics) {
    const stat = metrics.find((m) => {
      const gathered: readonly Metric[] = STAT_METRICS[m];
      return gathered.includes(metric);
    });
    if (stat !== undefined) return stat;
  }
  return undefined;
}

/** The ranking with its bar charts attached. */
function ranking(engine: Engine, metric: StatMetric, locale: Locale): Answer {
  const result = engine.stats(metric);
  return {
    ...statsCard(result, engine.corpus.documents, locale),
    files: statsCharts(engine, result, locale),
  };
}

export const stats = defineCommand({
  name: 'stats',
  description: {
    en: 'Operations ranked by one figure, each with its scope and source',
    nl: 'Operaties gerangschikt op één cijfer, elk met reikwijdte en bron',
    hr: 'Operacije rangirane po jednom podatku, svaka s opsegom i izvorom',
  },
  options: {
    metric: {
      type: 'string',
      localizedName: { nl: 'maatstaf', hr: 'mjera' },
      description: { en: 'What to rank by', nl: 'Waarop te rangschikken', hr: 'Po čemu rangirati' },
      required: true,
      choices: metrics.map((m) => ({ value: m, name: STAT_LABELS[m] })),
    },
  },
  example: '/stats cocaine',
  run({ engine, locale }, options) {
    const metric = metricNamed(engine, options.metric);
    if (metric === undefined) {
      return problemAnswer({ kind: 'not-a-metric', query: options.metric, known: metrics }, locale);
    }
    return ranking(engine, metric, locale);
  },
  view({ engine, locale }, state) {
    const metric = metricNamed(engine, state.key);
    return metric === undefined ? undefined : ranking(engine, metric, locale);
  },
});
