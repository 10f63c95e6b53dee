import type { LoadedDate } from '../corpus/types.ts';
import { isoDateInWords } from '../text/dates.ts';
import { INTL_TAG, type Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';

/** "2023-05-12" → "12 May 2023", "2023-09" → "September 2023", "2020" → "2020". */
export function formatIsoDate(value: string, locale: Locale = 'en'): string {
  return isoDateInWords(value, INTL_TAG[locale]);
}

export function formatOperationDate(date: LoadedDate, locale: Locale = 'en'): string {
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatIsoDate(date.value, locale);
    case 'range':
      return `${formatIsoDate(date.start, locale)} – ${formatIsoDate(date.end, locale)}`;
    case 'unknown':
      return MESSAGES[locale].dateNotGiven;
  }
}
