import type { StatMetric } from '../engine/types.ts';

/** What each `/stats` metric is called, per language (also the command's choice names). */
export const STAT_LABELS: Record<StatMetric, { en: string; nl: string }> = {
  arrests: { en: 'Arrests', nl: 'Arrestaties' },
  'house-searches': { en: 'House searches', nl: 'Huiszoekingen' },
  cocaine: { en: 'Cocaine seized', nl: 'Cocaïne in beslag genomen' },
  cash: { en: 'Cash seized', nl: 'Contant geld in beslag genomen' },
  weapons: { en: 'Weapons seized', nl: 'Wapens in beslag genomen' },
  countries: { en: 'Countries taking part', nl: 'Deelnemende landen' },
  officers: { en: 'Officers involved', nl: 'Ingezette agenten' },
};
