import type { LoadedDate } from '../corpus/types.ts';
import { isoDateInWords } from '../text/dates.ts';

/** "2023-05-12" → "12 May 2023", "2023-09" → "September 2023", "2020" → "2020". */
export function formatIsoDate(value: string): string {
  return isoDateInWords(value);
}

export function formatOperationDate(date: LoadedDate): string {
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatIsoDate(date.value);
    case 'range':
      return `${formatIsoDate(date.start)} – ${formatIsoDate(date.end)}`;
    case 'unknown':
      return 'date not given in the sources';
  }
}
