import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { getCountry } from '../corpus/countries.ts';
import { namesCountry } from '../corpus/countries.ts';
import { BODIES, operationSchema, type OperationInput, type Role } from '../corpus/schema.ts';
import type { SourceDocument } from '../corpus/types.ts';
import { foldText } from '../text/normalize.ts';
import { findDates } from './dates.ts';
import { IngestError } from './errors.ts';
import { foldWithOffsets, originalSpan } from './foldedText.ts';
import { fragmentFor, sentenceAround } from './fragments.ts';
import { placesIn } from './places.ts';
import type { Suggestion } from './suggest.ts';

type DraftDocument = Pick<SourceDocument, 'id' | 'title' | 'text' | 'language' | 'published'>;

const LEAD =
  /\b(led by|under the lead|leading|lead(?:ing)? country|coordinated by|onder leiding van|geleid door|pod vodstvom|predvod|koordinir\w* od)/;
const PARTICIPANT =
  /\b(took part|taking part|participat|involved|joint|in cooperation with|together with|namen deel|deelnemende|samen met|in samenwerking met|ucestvoval|ucestvoval|sudjelova|u saradnji|u suradnji|zajednick)/;

const PUBLISHED = /(published|updated|gepubliceerd|bijgewerkt|objavljeno|azurirano|datum)/;

const OPERATION_NAME =
  /\b(?:operation|operatie|operacij[aeiu]|akcij[aeiu]|акциј[аеиу]|операциј[аеиу]|Operation|Operatie|Operacij[aeiu]|Akcij[aeiu]|Акциј[аеиу]|Операциј[аеиу])\s+[„"“'‘«]?(\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)?)/u;

const BODY_NAMES: Record<(typeof BODIES)[number], RegExp> = {
  Europol: /\b(europol|evropol)\b/g,
  INTERPOL: /\binterpol\b/g,
  Eurojust: /\b(eurojust|evrojust|eurodzast)\b/g,
  Frontex: /\bfrontex\b/g,
  'MAOC-N': /\bmaoc\b/g,
  EMPACT: /\bempact\b/g,
};

function quoteAround(doc: DraftDocument, start: number, end: number, key: object): string {
  const range = fragmentFor(doc.text, { start, end }, key);
  return doc.text.slice(range.start, range.end);
}

/** "Podgorica, 14 March 2024 – ": a dateline before the lede's first words. */
const DATELINE = /^[^\n]{0,60}\d[^\n]{0,20}?\s[–—-]\s+/;

function summaryOf(doc: DraftDocument): string {
  // the lede, not the headline repeated as the text's first line
  const title = foldText(doc.title).trim();
  const firstParagraph =
    doc.text
      .split(/\n\s*\n/)
      .find((p) => p.trim().split(/\s+/).length >= 8 && foldText(p).trim() !== title) ?? doc.title;
  const lede = firstParagraph.trim().replace(DATELINE, '');
  const range = sentenceAround(lede, 0, 1);
  const sentence = lede.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
  return sentence.length <= 300 ? sentence : `${sentence.slice(0, 296).replace(/\s+\S*$/, '')} …`;
}

/** Words that put a date on the action itself: its day, its raids, arrests and searches. */
const ACTION =
  /\b(action days?|actiedag\w*|dan akcije|akcijsk\w* dan\w*|raid\w*|inval\w*|pretres\w*|arrest\w*|gearresteerd|aangehouden|uhaps\w*|uhapsen\w*|uhic\w*|searches|huiszoeking\w*|seized|in beslag|zaplen\w*|zaplijen\w*)/;

/** "Podgorica, 14 March 2024 –": the date a release opens with is the release's. */
function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  return start - lineStart <= 60 && /^\s*[–—:-]/.test(text.slice(end, end + 4));
}

function dateOf(doc: DraftDocument, key: object): OperationInput['date'] {
  // the operation's date, not the release's: a "Published 14 March 2024" line is skipped, and
  // a date whose sentence speaks of the action (its day, raids, arrests, searches, seizures)
  // wins over a dateline or a date in passing
  const dates = findDates(foldWithOffsets(doc.text)).filter((d) => {
    const lineStart = doc.text.lastIndexOf('\n', d.start) + 1;
    return d.precision !== 'month' && !PUBLISHED.test(foldText(doc.text.slice(lineStart, d.start)));
  });
  const ofAction = dates.find((d) => {
    if (isDateline(doc.text, d.start, d.end)) return false;
    const sentence = sentenceAround(doc.text, d.start, d.end);
    return ACTION.test(foldText(doc.text.slice(sentence.start, sentence.end)));
  });
  const date = ofAction ?? dates.find((d) => !isDateline(doc.text, d.start, d.end)) ?? dates[0];
  if (date === undefined)
    return { precision: 'unknown', note: 'no date found in the text: set it by hand' };
  const quote = quoteAround(doc, date.start, date.end, key);
  if (date.precision === 'day')
    return { precision: 'day', value: date.iso, document: doc.id, quote };
  const year = doc.published?.slice(0, 4);
  if (year === undefined)
    return { precision: 'unknown', note: `the text gives "${quote}" without a year` };
  return {
    precision: 'day',
    value: `${year}-${date.iso}`,
    note: `the text gives the day without a year; the year is the release's (${year}): check`,
    document: doc.id,
    quote,
  };
}

const ROLE_STRENGTH: Partial<Record<Role, number>> = { lead: 3, participant: 2, mentioned: 1 };

/**
 * Each country the text names, in the order it first names it, with the strongest role any of
 * its mentions gives it: a headline's "between Montenegro and Germany" is a mention, the body's
 * "authorities from Montenegro, Germany and Austria have dismantled" makes all three take part.
 */
function countriesOf(doc: DraftDocument, key: object): OperationInput['countries'] {
  const best = new Map<string, OperationInput['countries'][number]>();
  for (const place of placesIn(doc.text)) {
    const quote = quoteAround(doc, place.start, place.end, key);
    // the loader asks that the quote name the country itself; a city alone is not enough
    if (!namesCountry(quote, place.code)) continue;
    const sentence = sentenceAround(doc.text, place.start, place.end);
    const context = foldText(doc.text.slice(sentence.start, sentence.end));
    // "led by the United Kingdom": the lead is named right after the words that say so
    const justBefore = foldText(
      doc.text.slice(Math.max(sentence.start, place.start - 30), place.start),
    );
    const role: Role = LEAD.test(justBefore)
      ? 'lead'
      : PARTICIPANT.test(context)
        ? 'participant'
        : 'mentioned';
    const known = best.get(place.code);
    if (known !== undefined && (ROLE_STRENGTH[known.role] ?? 0) >= (ROLE_STRENGTH[role] ?? 0))
      continue;
    best.set(place.code, { codes: [place.code], role, document: doc.id, quote });
  }
  return [...best.values()];
}

function bodiesOf(doc: DraftDocument, key: object): OperationInput['bodies'] {
  const folded = foldWithOffsets(doc.text);
  return BODIES.flatMap((name) => {
    const match = folded.folded.matchAll(BODY_NAMES[name]).next();
    if (match.done === true) return [];
    const [start, end] = originalSpan(
      folded,
      match.value.index,
      match.value.index + match.value[0].length,
    );
    return [{ name, document: doc.id, quote: quoteAround(doc, start, end, key) }];
  });
}

function scopeText(s: Suggestion): string {
  if (s.scope === 'total') return 'in total';
  if (s.scope === 'per country') {
    const code = s.countries[0];
    return `in ${code === undefined ? 'one country' : (getCountry(code)?.name ?? code)}`;
  }
  if (s.scope === 'earlier') return 'earlier, before the action (check)';
  if (s.scope === 'traced') return 'traced to the network, not seized in this action (check)';
  return 'as the quote states (check)';
}

const FACT_UNITS = new Set(['count', 'kg', 'EUR', 'USD', 'percent']);

/** A draft operation file: everything proposed from the text, every quote the document's own. */
export function buildDraft(
  doc: DraftDocument,
  suggestions: readonly Suggestion[],
): { draft: OperationInput; left: Suggestion[] } {
  const key = {};
  const countries = countriesOf(doc, key);
  const lead = countries.find((c) => c.role === 'lead');
  const facts: OperationInput['facts'] = [];
  const left: Suggestion[] = [];
  for (const s of suggestions) {
    if (s.metric === undefined || !FACT_UNITS.has(s.unit)) {
      left.push(s);
      continue;
    }
    facts.push({
      id: s.id,
      metric: s.metric,
      label: s.label === '' ? s.metric : s.label,
      value: s.value,
      unit:
        s.unit === 'count' ||
        s.unit === 'kg' ||
        s.unit === 'EUR' ||
        s.unit === 'USD' ||
        s.unit === 'percent'
          ? s.unit
          : 'count',
      qualifier: s.qualifier,
      scope: scopeText(s),
      primary: false,
      document: doc.id,
      quote: s.quote,
    });
  }
  const name = OPERATION_NAME.exec(doc.text)?.[0] ?? doc.title;
  const draft: OperationInput = {
    id: doc.id,
    name: name.replace(/\s+/g, ' ').trim(),
    aliases: [],
    date: dateOf(doc, key),
    summary: summaryOf(doc),
    bodies: bodiesOf(doc, key),
    countries,
    facts,
  };
  if (lead !== undefined)
    draft.lead = { country: lead.codes[0] ?? '', document: doc.id, quote: lead.quote };
  return { draft: operationSchema.parse(draft), left };
}

function leftAsComments(left: readonly Suggestion[]): string {
  if (left.length === 0) return '';
  const lines = left.map(
    (s) => `#   ${s.value} ${s.unit} (${s.label || 'no label'}): "${s.quote.replace(/\s+/g, ' ')}"`,
  );
  return `\n# Figures without a metric the corpus knows, or in a currency it does not hold; add them by hand if they matter:\n${lines.join('\n')}\n`;
}

/** Writes `<corpus>/drafts/<id>.yaml`; an existing draft (perhaps edited) is never overwritten. */
export function writeDraft(
  corpusDir: string,
  doc: DraftDocument,
  suggestions: readonly Suggestion[],
): string {
  const { draft, left } = buildDraft(doc, suggestions);
  const dir = join(corpusDir, 'drafts');
  const file = join(dir, `${doc.id}.yaml`);
  if (existsSync(file))
    throw new IngestError(
      `${file} already exists; it is never overwritten (move or delete it first)`,
    );
  mkdirSync(dir, { recursive: true });
  const header =
    `# Draft proposed by facts:suggest from document "${doc.id}". Not served by the bot: review\n` +
    '# every item (metric, label, scope, primary, roles), then move it into operations/ or merge\n' +
    '# its facts into an existing operation. npm run corpus:check verifies it as it stands.\n';
  writeFileSync(file, header + stringify(draft, { lineWidth: 0 }) + leftAsComments(left), {
    flag: 'wx',
  });
  return file;
}
