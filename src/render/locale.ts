/** The languages replies are written in; quotes always stay as their sources wrote them. */
export type Locale = 'en' | 'nl' | 'hr';

/** BCP 47 tags for Intl: dates and numbers the way each language writes them. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL', hr: 'hr-HR' };

/**
 * The reply language for Discord's `interaction.locale`: Dutch and Croatian where asked for
 * (Croatian also serves Serbian and Bosnian readers in Latin script; Discord offers no sr or bs),
 * else English.
 */
export function localeOf(discordLocale: string | undefined): Locale {
  const base = (discordLocale ?? '').toLowerCase().split('-')[0];
  if (base === 'nl') return 'nl';
  if (base === 'hr' || base === 'sr' || base === 'bs') return 'hr';
  return 'en';
}
