import type { ClaimResult, Verdict, WrongPart } from '../claims/types.ts';
import type { Documents } from '../engine/types.ts';
import type { Answer, Card, CardField } from './answer.ts';
import { claimsData } from './answerData.ts';
import { factLines, refsOf } from './factViews.ts';
import { Footnotes } from './footnotes.ts';
import { LIMITS } from './limits.ts';
import { escapeUserText } from './markdown.ts';
import { fitsOneMessage } from './reply.ts';

// Verdicts on claims for /cite, /check and "Check figures": the verdict first, then what the
// sources say. Only a supported claim's facts stand as support; a contradicted claim shows the
// right fact, labelled as such; a claim not in the sources gets related facts without quotes.

const WRONG_WORDS: Record<WrongPart, string> = {
  value: 'the number',
  unit: 'the unit',
  qualifier: 'the qualifier',
  place: 'the place',
  date: 'the date',
  operation: 'the operation',
  scope: 'the scope',
  role: 'the role',
  metric: 'what was counted',
};

const VERDICT_MARKS: Record<Verdict, string> = {
  supported: '✅',
  contradicted: '❌',
  'not-in-sources': '❔',
};

const RELATED_LABEL = '**Related (not support for the claim):**';

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "✅ Supported", "❌ Contradicted — the place and the scope", "❔ Not in the sources". */
export function verdictHeading(verdict: Verdict, wrong: readonly WrongPart[] = []): string {
  switch (verdict) {
    case 'supported':
      return `${VERDICT_MARKS.supported} Supported`;
    case 'contradicted': {
      const parts = wrong.map((w) => WRONG_WORDS[w]);
      return `${VERDICT_MARKS.contradicted} Contradicted${parts.length > 0 ? ` — ${joinWords(parts)}` : ''}`;
    }
    case 'not-in-sources':
      return `${VERDICT_MARKS['not-in-sources']} Not in the sources`;
  }
}

/** The label above quoted facts: support, or the right fact(s) for a contradicted claim. */
export function evidenceLabel(verdict: Verdict, count: number): string {
  switch (verdict) {
    case 'supported':
      return '**Supported by:**';
    case 'contradicted':
      return count > 1
        ? '**The right facts, as the sources state them:**'
        : '**The right fact, as the sources state it:**';
    case 'not-in-sources':
      return RELATED_LABEL;
  }
}

/** What the sources say about one claim, under the verdict: support, the right fact, or related. */
function verdictBody(result: ClaimResult, notes: Footnotes): string[] {
  const facts = refsOf(result.refs, result.facts);
  const related = refsOf(result.refs, result.related);
  const lines: string[] = [];
  switch (result.verdict) {
    case 'supported':
    case 'contradicted':
      lines.push(evidenceLabel(result.verdict, facts.length), ...factLines(facts, notes, true));
      break;
    case 'not-in-sources': {
      const unknown = result.parsed.unknownOperation;
      lines.push(
        unknown === undefined
          ? 'No fact in the sources states this.'
          : `The sources hold no operation called “${escapeUserText(unknown, 60)}”.`,
      );
      if (related.length > 0) {
        lines.push(RELATED_LABEL, ...factLines(related, notes, false));
      }
      break;
    }
  }
  return lines;
}

function sourcesField(notes: Footnotes): CardField[] {
  const lines = notes.lines();
  return lines.length === 0 ? [] : [{ name: 'Sources', value: lines.join('\n') }];
}

/** /cite: one claim, the verdict as the title, then what the sources say. */
export function citeVerdict(result: ClaimResult, documents: Documents): Answer {
  const notes = new Footnotes(documents);
  const description = [
    `**Claim:** “${escapeUserText(result.claim, 300)}”`,
    ...verdictBody(result, notes),
  ].join('\n');
  const card: Card = {
    title: verdictHeading(result.verdict, result.wrong),
    description,
    fields: sourcesField(notes),
  };
  return {
    ok: true,
    ephemeral: false,
    card,
    citations: notes.citations,
    data: claimsData([result]),
  };
}

function tally(results: readonly ClaimResult[]): string {
  const count = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  const parts = (['supported', 'contradicted', 'not-in-sources'] as const)
    .filter((v) => count(v) > 0)
    .map((v) => `${VERDICT_MARKS[v]} ${count(v)}`);
  return `${results.length} claim${results.length === 1 ? '' : 's'} checked: ${parts.join(' · ')}`;
}

/**
 * /check and "Check figures": one field per claim, in message order. A message with more than
 * one Discord message holds shows as many claims as fit, then says which were left out (a
 * button could not carry the text to page on, and `data` has every verdict).
 */
export function checkVerdicts(results: readonly ClaimResult[], documents: Documents): Answer {
  // Footnotes number documents in order of first use, so the first k claims rendered alone
  // number theirs exactly as here: each claim is rendered once, and a prefix of the fields,
  // of the source lines and of the citations is that prefix's card.
  const notes = new Footnotes(documents);
  const rendered: { field: CardField; sources: number; citations: number }[] = [];
  // Once the fields' text alone exceeds a message's text, no more of them can be shown (a
  // field is laid out as its name and value, never shorter), so the claims after are not
  // rendered: a long message costs what one Discord message shows.
  for (let i = 0, length = 0; i < results.length && length <= LIMITS.text; i += 1) {
    const result = results[i];
    if (result === undefined) break;
    const field: CardField = {
      name: `${i + 1}. ${verdictHeading(result.verdict, result.wrong)}`,
      value: [`“${escapeUserText(result.claim, 300)}”`, ...verdictBody(result, notes)].join('\n'),
    };
    rendered.push({ field, sources: notes.count, citations: notes.citations.length });
    length += field.name.length + field.value.length;
  }
  const lines = notes.lines();
  const cardOf = (shown: number): Card => {
    const fields = rendered.slice(0, shown).map((r) => r.field);
    if (shown < results.length) {
      fields.push({
        name: `Claims ${shown + 1}–${results.length} not shown`,
        value: `One Discord message holds about 6,000 characters. Check the rest with \`/check\` on the text from “${escapeUserText(results[shown]?.claim ?? '', 60)}” on.`,
      });
    }
    const sources = lines.slice(0, rendered[shown - 1]?.sources ?? 0);
    if (sources.length > 0) fields.push({ name: 'Sources', value: sources.join('\n') });
    return { title: tally(results), fields };
  };
  const fits = (shown: number): boolean => fitsOneMessage(cardOf(shown));
  let shown = rendered.length;
  if (shown < results.length || !fits(shown)) {
    // The largest prefix that fits one message, found by halving.
    let low = 0;
    let high = rendered.length;
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
  };
}
