const formats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

function formatsFor(locale: string): { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat } {
  let found = formats.get(locale);
  if (found === undefined) {
    found = {
      day: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    formats.set(locale, found);
  }
  return found;
}

/**
 * An ISO date at its own precision in words: "2023-05-12" → "12 May 2023", "2023-09" →
 * "September 2023", "2020" → "2020". Used to show dates and to look operations up by them.
 */
export function isoDateInWords(value: string, locale = 'en-GB'): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || !(month >= 1 && month <= 12)) return value;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const { day: dayFormat, month: monthFormat } = formatsFor(locale);
  return (day === undefined ? monthFormat : dayFormat).format(date);
}
