import type { StatMetric } from '../engine/types.ts';
import type { Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';

function inEveryLanguage(metric: StatMetric): Record<Locale, string> {
  return {
    en: MESSAGES.en.statMetrics[metric],
    nl: MESSAGES.nl.statMetrics[metric],
    hr: MESSAGES.hr.statMetrics[metric],
  };
}

/** What each `/stats` metric is called, per language (also the command's choice names). */
export const STAT_LABELS: Record<StatMetric, Record<Locale, string>> = {
  arrests: inEveryLanguage('arrests'),
  'house-searches': inEveryLanguage('house-searches'),
  cocaine: inEveryLanguage('cocaine'),
  cash: inEveryLanguage('cash'),
  weapons: inEveryLanguage('weapons'),
  countries: inEveryLanguage('countries'),
  officers: inEveryLanguage('officers'),
};
