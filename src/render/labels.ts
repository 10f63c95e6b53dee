import type { StatMetric } from '../engine/types.ts';

/** What each `/stats` metric is called, per language (also the command's choice names). */
export const STAT_LABELS: Record<StatMetric, { en: string; nl: string; hr: string }> = {
  arrests: { en: 'Arrests', nl: 'Arrestaties', hr: 'Uhićenja' },
  'house-searches': { en: 'House searches', nl: 'Huiszoekingen', hr: 'Pretrage kuća' },
  cocaine: { en: 'Cocaine seized', nl: 'Cocaïne in beslag genomen', hr: 'Zaplijenjeni kokain' },
  cash: { en: 'Cash seized', nl: 'Contant geld in beslag genomen', hr: 'Zaplijenjeni novac' },
  weapons: { en: 'Weapons seized', nl: 'Wapens in beslag genomen', hr: 'Zaplijenjeno oružje' },
  countries: { en: 'Countries taking part', nl: 'Deelnemende landen', hr: 'Države sudionice' },
  officers: { en: 'Officers involved', nl: 'Ingezette agenten', hr: 'Uključeni službenici' },
};
