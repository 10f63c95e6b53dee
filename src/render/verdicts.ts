import type { ClaimResult, Verdict, WrongPart } from '../claims/types.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer, Card, CardField } from './answer.ts';
import { claimsData } from './answerData.ts';
import { factLines, refsOf } from './factViews.ts';
import { Footnotes } from './footnotes.ts';
import { listOf } from './intl.ts';
import { LIMITS } from './limits.ts';
import type { Locale } from './locale.ts';
import { escapeUserText } from './markdown.ts';
import { MESSAGES } from './messages.ts';
import { fitsOneMessage } from './reply.ts';

// Verdicts on claims for /cite, /check and "Check figures": the verdict first, then what the
// sources say. Only a supported claim's facts stand as support; a contradicted claim shows the
// right fact, labelled as such; a claim not in the sources gets related facts without quotes.

const VERDICT_MARKS: Record<Verdict, string> = {
  supported: '✅',
  contradicted: '❌',
  'not-in-sources': '❔',
};

/** "✅ Supported", "❌ Contradicted — the place and the scope", "❔ Not in the sources". */
export function verdictHeading(
  verdict: Verdict,
  wrong: readonly WrongPart[] = [],
  locale: Locale = 'en',
): string {
  const t = MESSAGES[locale].verdicts;
  const heading = `${VERDICT_MARKS[verdict]} ${t.headings[verdict]}`;
  if (verdict !== 'contradicted' || wrong.length === 0) return heading;
  return `${heading} — ${listOf(
    wrong.map((w) => t.wrong[w]),
    locale,
  )}`;
}

/** The label above quoted facts: support, or the right fact(s) for a contradicted claim. */
export function evidenceLabel(verdict: Verdict, count: number, locale: Locale = 'en'): string {
  const t = MESSAGES[locale].verdicts;
  switch (verdict) {
    case 'supported':
      return `**${t.supportedBy}**`;
    case 'contradicted':
      return `**${t.rightFact(count)}**`;
    case 'not-in-sources':
      return `**${t.related}**`;
  }
}

/** What the sources say about one claim, under the verdict: support, the right fact, or related. */
function verdictBody(result: ClaimResult, notes: Footnotes, locale: Locale): string[] {
  const t = MESSAGES[locale].verdicts;
  const facts = refsOf(result.refs, result.facts);
  const related = refsOf(result.refs, result.related);
  const lines: string[] = [];
  switch (result.verdict) {
    case 'supported':
    case 'contradicted':
      lines.push(
        evidenceLabel(result.verdict, facts.length, locale),
        ...factLines(facts, notes, true, locale),
      );
      break;
    case 'not-in-sources': {
      const unknown = result.parsed.unknownOperation;
      lines.push(unknown === undefined ? t.noFact : t.noOperation(escapeUserText(unknown, 60)));
      if (related.length > 0) {
        lines.push(`**${t.related}**`, ...factLines(related, notes, false, locale));
      }
      break;
    }
  }
  return lines;
}

function sourcesField(notes: Footnotes, locale: Locale): CardField[] {
  const lines = notes.lines();
  return lines.length === 0 ? [] : [{ name: MESSAGES[locale].sources, value: lines.join('\n') }];
}

/** /cite: one claim, the verdict as the title, then what the sources say. */
export function citeVerdict(
  result: ClaimResult,
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const notes = new Footnotes(documents, locale);
  const description = [
    `**${MESSAGES[locale].verdicts.claim}:** “${escapeUserText(result.claim, 300)}”`,
    ...verdictBody(result, notes, locale),
  ].join('\n');
  const card: Card = {
    title: verdictHeading(result.verdict, result.wrong, locale),
    description,
    fields: sourcesField(notes, locale),
  };
  return {
    ok: true,
    ephemeral: false,
    card,
    citations: notes.citations,
    data: claimsData([result]),
    locale,
  };
}

function tally(results: readonly ClaimResult[], locale: Locale): string {
  const count = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  const parts = (['supported', 'contradicted', 'not-in-sources'] as const)
    .filter((v) => count(v) > 0)
    .map((v) => `${VERDICT_MARKS[v]} ${count(v)}`);
  return MESSAGES[locale].verdicts.tally(results.length, parts.join(' · '));
}

/**
 * /check and "Check figures": one field per claim, in message order. A message with more than
 * one Discord message holds shows as many claims as fit, then says which were left out (a
 * button could not carry the text to page on, and `data` has every verdict).
 */
export function checkVerdicts(
  results: readonly ClaimResult[],
  documents: Documents,
  locale: Locale = 'en',
): Answer {
  const t = MESSAGES[locale];
  // Footnotes number documents in order of first use, so the first k claims rendered alone
  // number theirs exactly as here: each claim is rendered once, and a prefix of the fields,
  // of the source lines and of the citations is that prefix's card.
  const notes = new Footnotes(documents, locale);
  const rendered: { field: CardField; sources: number; citations: number }[] = [];
  // Once the fields' text alone exceeds a message's text, no more of them can be shown (a
  // field is laid out as its name and value, never shorter), so the claims after are not
  // rendered: a long message costs what one Discord message shows.
  for (let i = 0, length = 0; i < results.length && length <= LIMITS.text; i += 1) {
    const result = results[i];
    if (result === undefined) break;
    const field: CardField = {
      name: `${i + 1}. ${verdictHeading(result.verdict, result.wrong, locale)}`,
      value: [`“${escapeUserText(result.claim, 300)}”`, ...verdictBody(result, notes, locale)].join(
        '\n',
      ),
    };
    rendered.push({ field, sources: notes.count, citations: notes.citations.length });
    length += field.name.length + field.value.length;
  }
  const lines = notes.lines();
  const cardOf = (shown: number): Card => {
    const fields = rendered.slice(0, shown).map((r) => r.field);
    if (shown < results.length) {
      fields.push({
        name: t.verdicts.notShownTitle(shown + 1, results.length),
        value: t.verdicts.notShown(escapeUserText(results[shown]?.claim ?? '', 60)),
      });
    }
    const sources = lines.slice(0, rendered[shown - 1]?.sources ?? 0);
    if (sources.length > 0) fields.push({ name: t.sources, value: sources.join('\n') });
    return { title: tally(results, locale), fields };
  };
  const fits = (shown: number): boolean => fitsOneMessage(cardOf(shown));
  const textLength = (shown: number): number => {
    let length = 0;
    for (const r of rendered.slice(0, shown)) length += r.field.name.length + r.field.value.length;
    for (const line of lines.slice(0, rendered[shown - 1]?.sources ?? 0)) length += line.length;
    return length;
  };
  let shown = rendered.length;
  if (shown < results.length || !fits(shown)) {
    // The largest prefix that fits one message. Its fields and source lines are laid out no
    // shorter than their text, so no prefix whose text passes a message's can fit: the answer is
    // nearly always the largest prefix within that, or the one before (a layout or two); else it
    // is found by halving.
    let low = 0;
    let high = shown < results.length ? rendered.length : rendered.length - 1;
    while (high > 0 && textLength(high) > LIMITS.text) high -= 1;
    for (let tries = 0; tries < 2 && low < high; tries += 1) {
      if (fits(high)) low = high;
      else high -= 1;
    }
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    shown = low;
  }
  return {
    ok: true,
    ephemeral: false,
    card: cardOf(shown),
    citations: notes.citations.slice(0, rendered[shown - 1]?.citations ?? 0),
    data: claimsData(results),
    locale,
  };
}
