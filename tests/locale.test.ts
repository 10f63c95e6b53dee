import { describe, expect, it } from 'vitest';
import { localeOf } from '../src/render/locale.ts';
import { finalReply } from '../src/interactions/plan.ts';
import { realCorpus, realDispatcher } from './helpers/corpus.ts';
import { headingOf, visibleText } from './helpers/limits.ts';

/** /operation sky-ecc as a user with Discord set to `locale` sees it. */
function operationIn(locale: string): string {
  const plan = realDispatcher().plan({
    kind: 'command',
    name: 'operation',
    options: [{ name: 'name', value: 'sky-ecc' }],
    meta: { id: '1', locale },
  });
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`planned ${plan.kind}`);
  expect(headingOf(reply.message)).toContain('Sky ECC');
  return visibleText(reply.message);
}

const sky = realCorpus().operations.find((op) => op.id === 'sky-ecc-balkan-cartel-2023-05-11');
const serbia = sky?.facts.find((f) => f.id === 'arrests-serbia');

describe('replies in the user’s language', () => {
  it('picks Dutch and Croatian where Discord asks for them, English otherwise', () => {
    expect(localeOf('nl')).toBe('nl');
    expect(localeOf('hr')).toBe('hr');
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('de')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });

  it.each([
    ['en-GB', ['Countries', 'Arrests', 'Seizures', 'Sources', 'Lead country', '11 May 2023']],
    ['nl', ['Landen', 'Arrestaties', 'Inbeslagnames', 'Bronnen', 'Leidend land', '11 mei 2023']],
    ['hr', ['Države', 'Uhićenja', 'Zapljene', 'Izvori', 'Vodeća država', '11. svibnja 2023.']],
  ])('%s: labels, dates and numbers in the language, quotes as written', (locale, words) => {
    const text = operationIn(locale);
    for (const word of words) expect(text).toContain(word);
    // The figure's own words (label, scope) and its quote are the source's, in every language.
    expect(text).toContain(serbia?.label ?? 'missing');
  });

  it('writes numbers the way each language does', () => {
    expect(operationIn('en-US')).toContain('almost €3 million');
    expect(operationIn('nl')).toContain('bijna €3 miljoen');
    expect(operationIn('hr')).toContain('gotovo €3 milijuna');
  });

  it('keeps quotes verbatim in every language', () => {
    const plan = realDispatcher().plan({
      kind: 'button',
      customId: 'bo|operation|quotes|0|sky-ecc-balkan-cartel-2023-05-11',
      meta: { id: '2', locale: 'hr' },
    });
    const reply = finalReply(plan);
    expect(visibleText(reply?.message ?? {})).toContain(`> ${serbia?.citation.quote ?? 'missing'}`);
    expect(headingOf(reply?.message ?? {})).toContain('citati');
  });
});
