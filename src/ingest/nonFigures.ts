import { findDates } from './dates.ts';
import { originalSpan, type FoldedText } from './foldedText.ts';

// Numbers that are not figures: dates, times, ages, page numbers, phone numbers, article and
// law numbers, case references, addresses, list markers. Patterns run on the folded text
// (lower case, no diacritics, Cyrillic in Latin), so one pattern serves every language.
const FOLDED_PATTERNS: RegExp[] = [
  // year ranges and periods: 2020-2022, 2021/22
  /\b(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)?\d{2})\b/g,
  // times: 10:00, 06.30 uur, om 6 uur, u 6 sati, at 6 a.m., 6pm
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s*(?:h|u|uur|sati|casova|hrs|am|pm))?/g,
  /\b(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:h|u|uur|sati|casova|hrs)\b/g,
  /\b(?:om|at|u|rond|around|oko|by|tot)\s+(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:uur|h|sati|casova|o'clock|a\.?m\.?|p\.?m\.?)(?![a-z])/g,
  /\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?![a-z])/g,
  // ages: aged 34, 34-year-old, 34 years old, 34-jarige, 34 jaar oud, 34-godisnji, star 34 godine, (34)
  /\b(?:aged?|age of|star[aoi]?|starosti|leeftijd van)\s+\d{1,3}\b/g,
  /\b\d{1,3}[- ]?(?:year|yr)s?[- ]old\b/g,
  /\b\d{1,3}[- ]?jarige?n?\b/g,
  /\b\d{1,3}\s+jaar\s+oud\b/g,
  /\b\d{1,3}[- ]?godisnj[a-z]*/g,
  /\b\d{1,3}\s+godina\s+starosti\b/g,
  /\(\s*\d{1,3}\s*\)/g,
  // age ranges: aged between 23 and 58, tussen de 24 en 51 jaar, u dobi od 29 do 47 godina
  /\b(?:aged|ages)\s+(?:between\s+)?\d{1,3}\s*(?:and|to|-|–)\s*\d{1,3}\b/g,
  /\btussen\s+(?:de\s+)?\d{1,3}\s+en\s+\d{1,3}\s+jaar\b/g,
  /\b(?:u dobi|starosti|uzrasta)\s+od\s+\d{1,3}\s*(?:do|-|–)\s*\d{1,3}\b/g,
  // ratios: one in five, 1 in 3, een op de vijf (a share, not a count; "jedan od pet" is also
  // "one of the five", a count, so BCS is left out)
  /\b(?:one|1|een)\s+(?:in|op|out of)\s+(?:de\s+|every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|twee|drie|vier|vijf|zes|tien|honderd)\b/g,
  // page numbers
  /\b(?:page|pages|pagina|blz|pp?|str|strana|stranica|stranici|strani)\.?\s*\d+(?:\s*(?:-|–|of|van|od|\/)\s*\d+)?\b/g,
  // phone numbers, and numbers to call
  /(?:\+|\b00)\d{1,3}[\s.-]?\(?\d+\)?(?:[\s.-]?\d+){2,}/g,
  /\b0\d{2,4}[\s-]\d{2,4}(?:[\s-]\d{2,4}){0,2}\b/g,
  /\b(?:tel|telefon|telephone|phone|fax|gsm|mob|mobile|telefoon|telefoonnummer|switchboard|hotline|meldnummer)\b\.?\s*:?\s*(?:number\s+|nummer\s+)?\+?\d[\d\s()./-]*\d/g,
  /\b(?:call|ring|dial|bel|bellen|nazovite|pozovite|pozvati|pozovi|nazvati)\s+(?:[a-z]+\s+){0,4}?(?:on\s+|op\s+|na\s+|broj\s+|nummer\s+)?\+?\d[\d\s-]*\d\b|\b(?:call|ring|dial|bel|bellen|nazovite|pozovite)\s+\d+\b/g,
  // article, section, paragraph and law numbers; case and reference numbers
  /(?:^|[^a-z])(?:article|articles|art|artikel|artikelen|section|sections|sec|paragraph|par|lid|leden|clan|clana|clanu|clanka|clanom|clanovima|stav|stava|stavu|stavka|tacka|tacke|tacki|tocka|tocke|tocki|alineja|alineje|§|no|nr|nrs|br|broj|number|nummer|case|zaak|predmet|ref|regulation|directive|richtlijn|verordening)\.?\s*\d+[a-z]?(?:\s*(?:,|and|en|i|or|of|-|–)\s*\d+[a-z]?)*/g,
  /\b\d+\/\d+(?:\/\d+)?\b/g,
  // addresses: street numbers, Dutch postcodes are matched on the original text below
  /(?:straat|weg|laan|plein|gracht|kade|street|road|avenue|ulica|ul|bulevar|trg)\.?\s+\d+[a-z]?\b/g,
  // web and mail addresses
  /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g,
  // list markers at a line's start, footnote markers
  /^[ \t]*\(?\d{1,2}[.)](?=\s)/gm,
  /\[\d+\]/g,
];

const ORIGINAL_PATTERNS: RegExp[] = [
  // Dutch postcode "2500 EH", a five-digit one before a town "11000 Beograd"
  /\b\d{4}\s?(?!KM|KG)[A-Z]{2}(?!\p{L})/gu,
  /\b\d{5}\s+(?=\p{Lu}\p{Ll})/gu,
];

export type Span = [number, number];

/** Spans of the original text that hold numbers which are not figures. */
export function nonFigureSpans(text: string, folded: FoldedText): Span[] {
  const spans: Span[] = findDates(folded).map((d): Span => [d.start, d.end]);
  for (const pattern of FOLDED_PATTERNS) {
    for (const m of folded.folded.matchAll(pattern)) {
      spans.push(originalSpan(folded, m.index, m.index + m[0].length));
    }
  }
  for (const pattern of ORIGINAL_PATTERNS) {
    for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
